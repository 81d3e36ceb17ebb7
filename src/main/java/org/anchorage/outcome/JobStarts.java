package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outcome.internal.JobStartRecords;
import org.anchorage.outcome.internal.JobStartRecords.ChangeRow;
import org.anchorage.outcome.internal.JobStartRecords.CheckRow;
import org.anchorage.outcome.internal.JobStartRecords.Point;
import org.anchorage.outcome.internal.JobStartRecords.StartRow;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Placements;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job starts and their sustainment checks, recorded by the person's navigator or a manager of their
 * programme (404 for anyone else). Every bad input is named at once and nothing is saved; every read and
 * change is audited; a start and a leaving are published as stage evidence for the participant module.
 */
@Service
public class JobStarts {

    public static final String RECORD_TYPE = "job-start";
    /** A start may be recorded up to this far ahead (an offer accepted with a start date fixed). */
    static final int MONTHS_AHEAD = 3;
    /** The Working Time Regulations' weekly limit; more needs the "confirm" box (a worker may opt out). */
    static final BigDecimal LONG_HOURS = BigDecimal.valueOf(48);

    /** The kind of employer, so a programme's rule for which jobs count (a health or care employer) can be data. */
    public static final Map<String, String> EMPLOYER_SECTORS = ordered(
            "nhs", "NHS", "social-care", "Social care", "other-health", "Other health", "other", "Other");
    public static final Map<String, String> CONTRACT_TYPES = ordered(
            "permanent", "Permanent", "fixed-term", "Fixed-term", "bank", "Bank", "apprenticeship", "Apprenticeship");
    public static final Map<String, String> EVIDENCE = ordered(
            "employer-confirmation", "Employer confirmation", "payslip-seen", "Payslip seen", "participant-said", "The participant's word");
    public static final Map<String, String> CHECK_STATUSES = ordered(
            "same-job", "Still in the same job", "another-job", "In another job", "promoted", "Promoted", "left", "Left the job");
    public static final Map<String, String> LEAVING_REASONS = ordered(
            "contract-ended", "The contract ended", "dismissed", "Dismissed", "resigned-health", "Resigned for health reasons",
            "resigned-caring", "Resigned because of caring responsibilities", "resigned-other", "Resigned for another reason",
            "travel", "The journey to work", "redundancy", "Made redundant", "other", "Another reason");

    private final JobStartRecords records;
    private final Participants participants;
    private final Placements placements;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final Outcomes outcomes;

    JobStarts(JobStartRecords records, Participants participants, Placements placements, AccessPolicy access,
              ApplicationEventPublisher events, AuditTrail audit, Clock clock, Outcomes outcomes) {
        this.outcomes = outcomes;
        this.records = records;
        this.participants = participants;
        this.placements = placements;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The person, when this user records their job outcomes; 404 otherwise (the record's read is audited). */
    private Participant person(ParticipantId id, SignedInUser user) {
        Participant person = participants.open(id, user);
        if (!access.scopeOf(user).recordsJobOutcomes(person.programme().value(), person.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, id);
        }
        return person;
    }

    /** Whether this user may see and record the person's job starts (the record section's link shows only then). */
    @Transactional(readOnly = true)
    public boolean mayRecord(ParticipantId id, SignedInUser user) {
        // Asked without throwing: a RecordNotFound from a nested transaction would mark this one rollback-only.
        if (!participants.mayActFor(id, user)) {
            return false;
        }
        Participant person = participants.open(id, user);
        return access.scopeOf(user).recordsJobOutcomes(person.programme().value(), person.navigator());
    }

    // --- job starts ---------------------------------------------------------------------------------

    /** Every problem with a job start, each naming its field, so a form can show them all at once. */
    @Transactional
    public List<RuleViolation> problemsWith(ParticipantId participant, JobStart.New n) {
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = participants.today();
        if (blank(n.employer())) {
            problems.add(new RuleViolation("employer", "Enter the employer"));
        } else if (n.employer().strip().length() > 200) {
            problems.add(new RuleViolation("employer", "Write the employer in up to 200 characters"));
        }
        if (n.employerSector() != null && !EMPLOYER_SECTORS.containsKey(n.employerSector())) {
            problems.add(new RuleViolation("employerSector", "Choose the kind of employer: NHS, social care, other health or other"));
        }
        if (blank(n.roleTitle())) {
            problems.add(new RuleViolation("roleTitle", "Enter the job title"));
        } else if (n.roleTitle().strip().length() > 200) {
            problems.add(new RuleViolation("roleTitle", "Write the job title in up to 200 characters"));
        }
        if (n.roleFamily() == null || !Plans.ROLE_FAMILIES.containsKey(n.roleFamily())) {
            problems.add(new RuleViolation("roleFamily", "Choose the NHS role family"));
        }
        if (n.afcBand() != null && n.afcBand().strip().length() > 20) {
            problems.add(new RuleViolation("afcBand", "Write the band in up to 20 characters, like Band 2"));
        }
        if (n.hoursPerWeek() == null) {
            problems.add(new RuleViolation("hoursPerWeek", "Enter the contracted hours a week, like 37.5"));
        } else if (n.hoursPerWeek().signum() <= 0) {
            problems.add(new RuleViolation("hoursPerWeek", "Contracted hours a week must be more than 0"));
        } else if (n.hoursPerWeek().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new RuleViolation("hoursPerWeek", "Contracted hours a week must be 100 or fewer"));
        } else if (n.hoursPerWeek().compareTo(LONG_HOURS) > 0 && !n.confirmLongHours()) {
            problems.add(new RuleViolation("hoursPerWeek",
                    "More than 48 hours a week is over the working time limit: tick the box to confirm the person has opted out"));
        }
        if (n.contractType() == null || !CONTRACT_TYPES.containsKey(n.contractType())) {
            problems.add(new RuleViolation("contractType", "Choose the type of contract"));
        }
        if (n.startsOn() == null) {
            problems.add(new RuleViolation("startsOn", "Enter the start date"));
        } else if (n.startsOn().isAfter(today.plusMonths(MONTHS_AHEAD))) {
            problems.add(new RuleViolation("startsOn", "The start date must be within 3 months from today, on or before "
                    + Display.date(today.plusMonths(MONTHS_AHEAD))));
        }
        if (n.evidence() == null || !EVIDENCE.containsKey(n.evidence())) {
            problems.add(new RuleViolation("evidence", "Choose how you know the person started"));
        }
        if (n.startsOn() != null && !blank(n.employer()) && !blank(n.roleTitle())) {
            records.startsOf(participant).stream().filter(s -> sameStart(s, n)).findFirst().ifPresent(s -> problems.add(
                    new RuleViolation("startsOn", "This job start is already recorded: " + s.roleTitle() + " at " + s.employer()
                            + " from " + Display.date(s.startsOn()) + ". Record a check or a change on it instead")));
        }
        if (n.hourlyPayPence() == null) {
            problems.add(new RuleViolation("hourlyPay", "Enter the hourly pay, like 12.71"));
        } else if (n.hourlyPayPence() <= 0 || n.hourlyPayPence() > 100000) {
            problems.add(new RuleViolation("hourlyPay", "Enter the hourly pay in pounds and pence, like 12.71"));
        } else if (n.startsOn() != null) {
            RuleViolation wage = MinimumWageCheck.problem(participants, placements, participant, n.hourlyPayPence(), n.startsOn(),
                    "hourlyPay", "startsOn", "the start date", "a job start");
            if (wage != null) {
                problems.add(wage);
            }
        }
        return problems;
    }

    private static boolean sameStart(StartRow s, JobStart.New n) {
        return s.startsOn().equals(n.startsOn()) && s.employer().equalsIgnoreCase(n.employer().strip())
                && s.roleTitle().equalsIgnoreCase(n.roleTitle().strip());
    }

    /** Records a job start (refused, naming the first field, when anything is wrong) and moves the person to in work. */
    @Transactional
    public UUID record(ParticipantId participant, JobStart.New n, SignedInUser by) {
        person(participant, by);
        List<RuleViolation> problems = problemsWith(participant, n);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        UUID id = UUID.randomUUID();
        String employer = n.employer().strip();
        String role = n.roleTitle().strip();
        try {
            records.insertStart(id, participant, employer, n.employerSector(), role, n.roleFamily(), blank(n.afcBand()) ? null : n.afcBand().strip(),
                    n.hourlyPayPence(), n.hoursPerWeek(), n.contractType(), n.startsOn(), n.evidence(), by.id().value(), clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Two people recording the same start at once: the index holds; the second hears it plainly.
            throw new RuleViolation("startsOn", "This job start is already recorded: " + role + " at " + employer + " from "
                    + Display.date(n.startsOn()));
        }
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "job start for participant " + participant.value());
        events.publishEvent(new JobStarted(id, participant, role, employer, n.startsOn(), by.email()));
        return id;
    }

    /** The person's job starts, latest first, each with its check points; audited. */
    @Transactional
    public List<JobStart> of(ParticipantId participant, SignedInUser user) {
        Participant person = person(participant, user);
        List<StartRow> starts = records.startsOf(participant);
        List<CheckRow> checks = records.checksOf(participant);
        List<Point> points = records.pointsFor(person.programme().value());
        List<ChangeRow> changes = records.changesOf(participant);
        LocalDate today = participants.today();
        audit.recordShown(RECORD_TYPE, starts.stream().map(StartRow::id).toList(), "job starts on the record");
        return starts.stream().map(s -> view(s, checks, points, changes, today)).toList();
    }

    /**
     * Whose this job start is, when this user records that person's job outcomes; 404 otherwise, the same as a
     * start that does not exist (for routes keyed by a job start, like the API's checks).
     */
    @Transactional
    public ParticipantId participantOf(UUID jobStart, SignedInUser user) {
        ParticipantId participant = records.participantOfStart(jobStart).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, jobStart));
        if (!mayRecord(participant, user)) {
            throw new RecordNotFound(RECORD_TYPE, jobStart);
        }
        return participant;
    }

    /** One job start with its check points and changes, for a user who records the person's job outcomes; audited. */
    @Transactional
    public JobStart one(UUID jobStart, SignedInUser user) {
        return of(participantOf(jobStart, user), user).stream().filter(j -> j.id().equals(jobStart)).findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, jobStart));
    }

    /** What the participant sees of their own current job: the role, where, since when, and when the next check falls. */
    public record MyJob(String roleTitle, String employer, LocalDate startsOn, LocalDate nextCheckOn, boolean started) {}

    /** The signed-in participant's current job, or empty (no record linked, or no job now); audited. */
    @Transactional
    public java.util.Optional<MyJob> mine(SignedInUser participant) {
        var own = participants.ownRecord(participant);
        if (own.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<StartRow> starts = records.startsOf(own.get());
        audit.record(AuditAction.READ, RECORD_TYPE, own.get(), "participant read their own job start");
        var current = starts.stream().filter(st -> st.leftOn() == null).findFirst();
        if (current.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Point> points = participants.programmeOf(own.get()).map(p -> records.pointsFor(p.value())).orElse(List.of());
        JobStart job = view(current.get(), records.checksOf(own.get()), points, records.changesOf(own.get()), participants.today());
        // The person is told of the next check still to come: one missed (overdue) is the navigator's to chase.
        CheckPoint next = job.points().stream().filter(p -> p.state().equals("due") || p.state().equals("upcoming")).findFirst()
                .orElse(null);
        return java.util.Optional.of(new MyJob(job.roleTitle(), job.employer(), job.startsOn(), next == null ? null : next.dueOn(),
                !job.startsOn().isAfter(participants.today())));
    }

    private static JobStart view(StartRow s, List<CheckRow> checks, List<Point> points, List<ChangeRow> changes, LocalDate today) {
        List<CheckPoint> shown = new ArrayList<>();
        for (Point p : points) {
            LocalDate due = s.startsOn().plusWeeks(p.weeks());
            LocalDate opens = due.minusWeeks(p.windowWeeks());
            LocalDate closes = due.plusWeeks(p.windowWeeks());
            SustainmentCheck done = checks.stream().filter(c -> c.jobStart().equals(s.id()) && c.weeks() == p.weeks()).findFirst()
                    .map(c -> new SustainmentCheck(c.id(), c.weeks(), c.checkedOn(), c.status(), c.hoursPerWeek(), c.evidence(),
                            c.supportGiven(), c.recordedBy())).orElse(null);
            String state = done != null ? "done"
                    : s.leftOn() != null ? "not-needed"
                    : today.isAfter(closes) ? "overdue"
                    : today.isBefore(opens) ? "upcoming" : "due";
            shown.add(new CheckPoint(p.weeks(), due, opens, closes, state, done));
        }
        // Each change carries the terms just before it, so the record can say what moved (rows come earliest first).
        List<JobChange> progression = new ArrayList<>();
        int pay = s.hourlyPayPence();
        BigDecimal hours = s.hoursPerWeek();
        String band = s.afcBand();
        for (ChangeRow c : changes) {
            if (c.jobStart().equals(s.id())) {
                progression.add(new JobChange(c.id(), c.changesOn(), c.kind(), c.hourlyPayPence(), c.hoursPerWeek(), c.afcBand(), c.note(),
                        c.evidence(), c.recordedBy(), pay, hours, band));
                pay = c.hourlyPayPence();
                hours = c.hoursPerWeek();
                band = c.afcBand();
            }
        }
        return new JobStart(s.id(), s.participant(), s.employer(), s.employerSector(), s.roleTitle(), s.roleFamily(), s.afcBand(),
                s.hourlyPayPence(), s.hoursPerWeek(), s.contractType(), s.startsOn(), s.evidence(), s.recordedBy(), s.leftOn(),
                s.leftReason(), List.copyOf(shown), List.copyOf(progression));
    }

    // --- sustainment checks ---------------------------------------------------------------------------

    /** Every problem with a check on this start, each naming its field (the start itself must be the person's). */
    @Transactional
    public List<RuleViolation> checkProblems(ParticipantId participant, UUID jobStart, SustainmentCheck.New c, SignedInUser user) {
        Participant person = person(participant, user);
        StartRow start = records.startsOf(participant).stream().filter(s -> s.id().equals(jobStart)).findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, jobStart));
        return checkProblems(start, records.pointsFor(person.programme().value()), records.checksOf(participant), c);
    }

    private List<RuleViolation> checkProblems(StartRow start, List<Point> points, List<CheckRow> checks, SustainmentCheck.New c) {
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = participants.today();
        if (start.leftOn() != null) {
            problems.add(new RuleViolation("status", "The person left this job on " + Display.date(start.leftOn())
                    + ": record a new job start if they started again"));
            return problems;
        }
        Point point = c.weeks() == null ? null : points.stream().filter(p -> p.weeks() == c.weeks()).findFirst().orElse(null);
        if (point == null) {
            problems.add(new RuleViolation("weeks", "Choose which check this is"));
        } else if (checks.stream().anyMatch(k -> k.jobStart().equals(start.id()) && k.weeks() == c.weeks())) {
            problems.add(new RuleViolation("weeks", "The " + c.weeks() + "-week check is already recorded"));
        }
        boolean left = "left".equals(c.status());
        if (c.status() == null || !CHECK_STATUSES.containsKey(c.status())) {
            problems.add(new RuleViolation("status", "Choose whether the person is still in work or left"));
        }
        if (c.checkedOn() == null) {
            problems.add(new RuleViolation("checkedOn", "Enter the date of the check"));
        } else if (c.checkedOn().isBefore(start.startsOn())) {
            problems.add(new RuleViolation("checkedOn", "The date of the check must be on or after the job start, "
                    + Display.date(start.startsOn())));
        } else if (c.checkedOn().isAfter(today)) {
            problems.add(new RuleViolation("checkedOn", "The date of the check must be today or in the past"));
        } else if (!left && point != null && c.checkedOn().isBefore(start.startsOn().plusWeeks(point.weeks() - point.windowWeeks()))) {
            problems.add(new RuleViolation("checkedOn", "The " + point.weeks() + "-week check can be made from "
                    + Display.date(start.startsOn().plusWeeks(point.weeks() - point.windowWeeks()))));
        }
        if (c.evidence() == null || !EVIDENCE.containsKey(c.evidence())) {
            problems.add(new RuleViolation("evidence", "Choose how you know"));
        }
        if (c.supportGiven() != null && c.supportGiven().strip().length() > 1000) {
            problems.add(new RuleViolation("supportGiven", "Write the in-work support in up to 1000 characters"));
        }
        if (left) {
            if (c.leftOn() == null) {
                problems.add(new RuleViolation("leftOn", "Enter the date the person left"));
            } else if (c.leftOn().isBefore(start.startsOn())) {
                problems.add(new RuleViolation("leftOn", "The date the person left must be on or after the job start, "
                        + Display.date(start.startsOn())));
            } else if (c.leftOn().isAfter(today)) {
                problems.add(new RuleViolation("leftOn", "The date the person left must be today or in the past"));
            }
            if (c.leftReason() == null || !LEAVING_REASONS.containsKey(c.leftReason())) {
                problems.add(new RuleViolation("leftReason", "Choose why the person left"));
            }
        } else if (c.status() != null && CHECK_STATUSES.containsKey(c.status())) {
            if (c.hoursPerWeek() == null) {
                problems.add(new RuleViolation("checkHours", "Enter the hours a week the person works now, like 37.5"));
            } else if (c.hoursPerWeek().signum() <= 0 || c.hoursPerWeek().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new RuleViolation("checkHours", "Hours a week must be more than 0 and 100 or fewer"));
            }
        }
        return problems;
    }

    /**
     * Records a check at one of the start's check points (refused, naming the first field, when anything is
     * wrong). A check that finds the person left ends the start, and with it the evidence for being in work.
     */
    @Transactional
    public UUID recordCheck(ParticipantId participant, UUID jobStart, SustainmentCheck.New c, SignedInUser by) {
        Participant person = person(participant, by);
        StartRow start = records.lockStart(participant, jobStart).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, jobStart));
        List<RuleViolation> problems = checkProblems(start, records.pointsFor(person.programme().value()), records.checksOf(participant), c);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        boolean left = "left".equals(c.status());
        UUID id = UUID.randomUUID();
        records.insertCheck(id, jobStart, c.weeks(), c.checkedOn(), c.status(), left ? null : c.hoursPerWeek(), c.evidence(),
                c.supportGiven() == null ? "" : c.supportGiven().strip(), by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, jobStart, c.weeks() + "-week sustainment check");
        if (left) {
            records.markLeft(jobStart, c.leftOn(), c.leftReason());
            audit.record(AuditAction.CHANGE, RECORD_TYPE, jobStart, "left the job");
        }
        events.publishEvent(new SustainmentChecked(jobStart, participant, c.weeks(), !left, c.checkedOn()));
        // Before the leaving is published: an outcome reached before they left still moves them on first.
        outcomes.reassess(jobStart, by);
        if (left) {
            events.publishEvent(new JobLeft(jobStart, participant, start.roleTitle(), start.employer(), c.leftOn(),
                    LEAVING_REASONS.get(c.leftReason()), by.email()));
        }
        return id;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
