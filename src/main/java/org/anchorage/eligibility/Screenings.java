package org.anchorage.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.internal.ScreeningFile;
import org.anchorage.eligibility.internal.ScreeningRecords;
import org.anchorage.eligibility.internal.ScreeningRunner;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EligibilityRulesVersion;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.RecordNotFound;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Bulk screening of a partner's list against a programme's rules. The upload is checked and stored,
 * then screened in the background; the caller follows its progress and downloads one result row
 * per input row. Partners see only their own organisation's screenings.
 */
@Service
public class Screenings {

    public static final String RECORD_TYPE = "screening";

    private final Programmes programmes;
    private final ScreeningRecords records;
    private final ScreeningRunner runner;
    private final TaskExecutor executor;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path folder;
    private final AccessPolicy access;

    Screenings(AccessPolicy access, Programmes programmes, ScreeningRecords records, ScreeningRunner runner, TaskExecutor applicationTaskExecutor,
               AuditTrail audit, Clock clock, AnchorageProperties properties) {
        this.access = access;
        this.programmes = programmes;
        this.records = records;
        this.runner = runner;
        this.executor = applicationTaskExecutor;
        this.audit = audit;
        this.clock = clock;
        this.folder = properties.home().toAbsolutePath().normalize().resolve("screenings");
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        records.failInterrupted(clock.instant());
    }

    /** Stores and starts screening a CSV. Nothing is saved when the file is refused. */
    public Screening start(ProgrammeId programmeId, SignedInUser by, InputStream csv, String fileName) {
        Programme programme = programmes.get(programmeId);
        if (!access.scopeOf(by).checksEligibilityFor(programme.id().value())) {
            throw new RecordNotFound(Programmes.RECORD_TYPE, programmeId);
        }
        ScreeningId id = new ScreeningId(UUID.randomUUID());
        Path input = input(id);
        ScreeningFile.Stored stored;
        try {
            stored = ScreeningFile.store(csv, input);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the uploaded file", e);
        }
        EligibilityRulesVersion current = programmes.currentEligibility(programme.id()).orElse(null);
        EligibilityRules rules = current == null ? EligibilityRules.none() : current.rules();
        int rulesVersion = current == null ? 0 : current.version();
        Screening screening = new Screening(id, programme.id(), by.id(), by.organisationId(), clock.instant(),
                fileName == null ? "" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName,
                ScreeningStatus.QUEUED, stored.dataRows(), 0, 0, 0, null, null);
        records.insert(screening, rulesVersion, rules.editionOrDefault().code());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, stored.dataRows() + " rows for " + programme.name());
        executor.execute(() -> runner.run(id, input, result(id), rules, rulesVersion));
        return screening;
    }

    public Screening get(ScreeningId id, SignedInUser by) {
        Screening screening = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (!mayView(screening, by)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return screening;
    }

    public List<Screening> forProgramme(ProgrammeId programmeId, SignedInUser by) {
        Programme programme = programmes.get(programmeId);
        if (!access.scopeOf(by).checksEligibilityFor(programme.id().value())) {
            throw new RecordNotFound(Programmes.RECORD_TYPE, programmeId);
        }
        return records.forProgramme(programme.id(), by.organisationId());
    }

    /** The result file of a finished screening; its download is audited as a read of personal data. */
    public Path result(ScreeningId id, SignedInUser by) {
        Screening screening = get(id, by);
        Path result = result(id);
        if (screening.status() == ScreeningStatus.QUEUED || screening.status() == ScreeningStatus.RUNNING
                || !Files.exists(result)) {
            throw new ScreeningNotReady(screening);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id, "downloaded the result");
        return result;
    }

    private boolean mayView(Screening screening, SignedInUser by) {
        return access.scopeOf(by).seesScreening(screening.programme().value(), screening.organisation());
    }

    private Path input(ScreeningId id) {
        return folder.resolve(id.toString()).resolve("input.csv");
    }

    private Path result(ScreeningId id) {
        return folder.resolve(id.toString()).resolve("result.csv");
    }

    /** The result was asked for before the screening finished. */
    public static class ScreeningNotReady extends RuntimeException {
        public ScreeningNotReady(Screening screening) {
            super("Screening " + screening.id() + " is " + screening.status().code() + ": the result is not ready yet");
        }
    }
}
