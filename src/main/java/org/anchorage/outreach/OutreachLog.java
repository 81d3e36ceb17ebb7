package org.anchorage.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outreach.internal.OutreachRecords;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's outreach log, kept by its navigators and managers (404 for anyone else). Every bad value is named at
 * once and nothing is saved; each entry is audited.
 */
@Service
public class OutreachLog {

    public static final String RECORD_TYPE = "outreach";
    static final int YEARS_BACK = 2;

    private final OutreachRecords records;
    private final Programmes programmes;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    OutreachLog(OutreachRecords records, Programmes programmes, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.records = records;
        this.programmes = programmes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programmes whose outreach this user records. */
    @Transactional(readOnly = true)
    public List<Programme> programmesFor(SignedInUser user) {
        var scope = access.scopeOf(user);
        return programmes.visibleTo(user).stream().filter(p -> scope.recordsOutreach(p.id().value())).toList();
    }

    /** The programme, when this user records its outreach; 404 otherwise. */
    @Transactional(readOnly = true)
    public Programme programme(ProgrammeId id, SignedInUser user) {
        if (!access.scopeOf(user).recordsOutreach(id.value())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return programmes.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /** The names of the programme's target places, for the form's choice. */
    @Transactional(readOnly = true)
    public List<String> targetPlaces(ProgrammeId id) {
        return programmes.eligibilityRules(id).targetPlaces().stream().map(EligibilityRules.TargetPlace::name).toList();
    }

    /** Every problem with an entry, each naming its field ("heldOn", "place", "targetPlace", "partner", "peopleSpokenTo", "note"). */
    public List<RuleViolation> problemsWith(ProgrammeId id, OutreachActivity.New n) {
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (n.heldOn() == null) {
            problems.add(new RuleViolation("heldOn", "Enter the date of the outreach"));
        } else if (n.heldOn().isAfter(today)) {
            problems.add(new RuleViolation("heldOn", "The date of the outreach must be today or in the past"));
        } else if (n.heldOn().isBefore(today.minusYears(YEARS_BACK))) {
            problems.add(new RuleViolation("heldOn", "The date of the outreach must be within the last " + YEARS_BACK + " years, on or after "
                    + Display.date(today.minusYears(YEARS_BACK))));
        }
        if (n.place() == null || n.place().isBlank()) {
            problems.add(new RuleViolation("place", "Enter where the outreach was, like Tilbury library"));
        } else if (n.place().strip().length() > 200) {
            problems.add(new RuleViolation("place", "Write where the outreach was in up to 200 characters"));
        }
        if (n.targetPlace() != null && !n.targetPlace().isEmpty() && !targetPlaces(id).contains(n.targetPlace())) {
            problems.add(new RuleViolation("targetPlace", "Choose one of the programme's target places, or none of them"));
        }
        if (n.partner() != null && n.partner().strip().length() > 200) {
            problems.add(new RuleViolation("partner", "Write the partner's name in up to 200 characters"));
        }
        if (n.peopleSpokenTo() == null) {
            problems.add(new RuleViolation("peopleSpokenTo", "Enter how many people you spoke to, as a whole number like 12"));
        } else if (n.peopleSpokenTo() < 0 || n.peopleSpokenTo() > 10_000) {
            problems.add(new RuleViolation("peopleSpokenTo", "The number of people spoken to must be from 0 to 10,000"));
        }
        if (n.note() != null && n.note().strip().length() > 1000) {
            problems.add(new RuleViolation("note", "Write the note in up to 1000 characters"));
        }
        return problems;
    }

    /** Records an entry (refused, naming the first field, when anything is wrong). */
    @Transactional
    public UUID record(ProgrammeId id, OutreachActivity.New n, SignedInUser by) {
        programme(id, by);
        List<RuleViolation> problems = problemsWith(id, n);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        UUID entry = UUID.randomUUID();
        records.insert(entry, id.value(), n, by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, entry, "outreach at " + n.place().strip() + " on " + n.heldOn());
        return entry;
    }

    /** The programme's outreach, latest first. */
    @Transactional(readOnly = true)
    public List<OutreachActivity> of(ProgrammeId id, SignedInUser user) {
        programme(id, user);
        return records.of(id.value());
    }

    /** Outreach by target place in a period, for the reach report (figures only: no one is named). */
    @Transactional(readOnly = true)
    public List<OutreachByPlace> byPlace(ProgrammeId id, LocalDate from, LocalDate to) {
        return records.byPlace(id.value(), from, to);
    }
}
