package org.anchorage.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.internal.ScreeningFile;
import org.anchorage.eligibility.internal.ScreeningFiles;
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
import org.anchorage.shared.scheduling.NodeIdentity;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final ScreeningFiles files;
    private final NodeIdentity node;
    private final TransactionTemplate transactions;

    Screenings(AccessPolicy access, Programmes programmes, ScreeningRecords records, ScreeningRunner runner, TaskExecutor applicationTaskExecutor,
               AuditTrail audit, Clock clock, AnchorageProperties properties, ScreeningFiles files, NodeIdentity node,
               PlatformTransactionManager transactionManager) {
        this.files = files;
        this.node = node;
        this.transactions = new TransactionTemplate(transactionManager);
        this.access = access;
        this.programmes = programmes;
        this.records = records;
        this.runner = runner;
        this.executor = applicationTaskExecutor;
        this.audit = audit;
        this.clock = clock;
        this.folder = properties.home().toAbsolutePath().normalize().resolve("screenings");
    }

    /** How long a node may go without a heartbeat before its jobs count as abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    /** At start, only jobs whose node has stopped beating are failed: other nodes' running jobs carry on. */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        records.failAbandoned(clock.instant().minus(ABANDONED_AFTER), clock.instant());
    }

    /** This node is still running its screenings. */
    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    void heartbeat() {
        records.heartbeat(node.name(), clock.instant());
    }

    /** Running screenings of a node that stopped beating cannot resume: once across nodes, they are failed. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    @SchedulerLock(name = "eligibility-screening-sweep", lockAtMostFor = "PT1M")
    void sweep() {
        failAbandoned();
    }

    /** A queued screening whose node stopped before starting it is taken over by whichever node claims it first. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void takeOverQueued() {
        records.claimQueued(node.name(), clock.instant().minus(ABANDONED_AFTER), clock.instant())
                .ifPresent(id -> executor.execute(() -> run(id)));
    }

    /**
     * Stores and starts screening a CSV. Nothing is saved when the file is refused. The list is kept in
     * the database with the screening, so another node can take it over or serve its result.
     */
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
        transactions.executeWithoutResult(status -> {
            records.insert(screening, rulesVersion, rules.editionOrDefault().code(), node.name(), clock.instant());
            try {
                files.save(id, ScreeningFiles.INPUT, input);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not keep the uploaded file", e);
            }
            audit.record(AuditAction.CREATE, RECORD_TYPE, id, stored.dataRows() + " rows for " + programme.name());
        });
        executor.execute(() -> run(id));
        return screening;
    }

    /** Runs a screening this node owns, from the local copy of its list or, after a takeover, the stored one. */
    private void run(ScreeningId id) {
        Screening screening = records.find(id).orElseThrow();
        int rulesVersion = records.rulesVersion(id);
        EligibilityRules rules = programmes.eligibilityHistory(screening.programme()).stream()
                .filter(v -> v.version() == rulesVersion).findFirst().map(EligibilityRulesVersion::rules)
                .orElse(EligibilityRules.none());
        Path input = input(id);
        Path result = result(id);
        try {
            if (!Files.exists(input)) {
                files.copyTo(id, ScreeningFiles.INPUT, input);
            }
            runner.run(id, input, result, rules, rulesVersion, done -> {
                try {
                    files.save(id, ScreeningFiles.RESULT, done);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            records.finish(id, ScreeningStatus.FAILED, screening.totalRows(), 0, 0, 0,
                    "The stored list could not be read. Upload it again.", clock.instant());
        } finally {
            deleteQuietly(result);
            deleteQuietly(input);
            deleteQuietly(input.getParent());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a local working copy only: the database holds the real one
        }
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

    /**
     * The result file of a finished screening, read from the database (so from any node); its download is
     * audited as a read of personal data.
     */
    public InputStream result(ScreeningId id, SignedInUser by) {
        Screening screening = get(id, by);
        if (screening.status() == ScreeningStatus.QUEUED || screening.status() == ScreeningStatus.RUNNING
                || !files.exists(id, ScreeningFiles.RESULT)) {
            throw new ScreeningNotReady(screening);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id, "downloaded the result");
        return files.open(id, ScreeningFiles.RESULT);
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
