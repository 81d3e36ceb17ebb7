package org.anchorage.jobsearch;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.jobsearch.internal.ApplicationRecords;
import org.anchorage.jobsearch.internal.ApplicationRecords.ApplicationRow;
import org.anchorage.jobsearch.internal.ApplicationRecords.PreparationRow;
import org.anchorage.jobsearch.internal.ApplicationRecords.StatusRow;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
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
 * A participant's job search: applications moving forward from applied to an offer, ending unsuccessful or
 * withdrawn with a reason, each change kept as history; interview preparation against an application; and the
 * job start that turns an offer into "started" (recorded through outcome's {@link JobStarts}, in the same
 * transaction). Recorded by the person's navigator or a manager of their programme (404 for anyone else); a
 * placement's host may put one at "offer" after the placement. Every bad input is named at once and nothing is
 * saved; every read and change is audited; each change is a line on the timeline, never stage evidence.
 */
@Service
public class Applications {

    public static final String RECORD_TYPE = "job-application";
    /** The reference of an application a host made by offering a job after the placement. */
    public static final String PLACEMENT_OFFER = "Placement offer";
    /** The Working Time Regulations' weekly limit: a host offers no more (the person may opt out later, with the navigator). */
    static final BigDecimal LONG_HOURS = BigDecimal.valueOf(48);

    public static final Map<String, String> STATUSES = ordered("applied", "Applied", "shortlisted", "Shortlisted", "interview", "Interview",
            "offer", "Offer", "pre-employment-checks", "Pre-employment checks", "started", "Started", "unsuccessful", "Unsuccessful",
            "withdrawn", "Withdrawn");
    /** The way forward, in order; an application moves only to a later one. */
    static final List<String> FORWARD = List.of("applied", "shortlisted", "interview", "offer", "pre-employment-checks", "started");
    static final Set<String> OPEN = Set.of("applied", "shortlisted", "interview", "offer", "pre-employment-checks");
    static final Set<String> ENDINGS = Set.of("unsuccessful", "withdrawn");
    public static final Map<String, String> ENDING_REASONS = ordered(
            "not-shortlisted", "Not shortlisted", "not-selected", "Not selected after the interview",
            "offer-withdrawn", "The employer withdrew the offer", "checks-not-cleared", "Pre-employment checks not cleared",
            "took-another-job", "Took another job", "not-suitable", "The role was not right for them",
            "hours-or-pay", "The hours or pay did not suit", "travel", "The journey to work", "health", "Health reasons",
            "caring", "Caring responsibilities", "other", "Another reason");
    public static final Map<String, String> PREPARATION_KINDS = ordered("mock-interview", "Mock interview",
            "interview-skills", "Interview skills session", "application-help", "Help with the application", "other", "Other");

    private final ApplicationRecords records;
    private final Participants participants;
    private final Placements placements;
    private final JobStarts jobStarts;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Applications(ApplicationRecords records, Participants participants, Placements placements, JobStarts jobStarts, AccessPolicy access,
                 ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.records = records;
        this.participants = participants;
        this.placements = placements;
        this.jobStarts = jobStarts;
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

    /** What an application at this status may move to by hand: a later status (never "started") or an ending. */
    public static Map<String, String> nextStatuses(String current) {
        Map<String, String> next = new LinkedHashMap<>();
        if (!OPEN.contains(current)) {
            return next;
        }
        for (String s : FORWARD.subList(FORWARD.indexOf(current) + 1, FORWARD.size())) {
            if (!s.equals("started")) {
                next.put(s, STATUSES.get(s));
            }
        }
        next.put("unsuccessful", STATUSES.get("unsuccessful"));
        next.put("withdrawn", STATUSES.get("withdrawn"));
        return next;
    }

    /** The person, when this user records their job search; 404 otherwise (the record's read is audited). */
    private Participant person(ParticipantId id, SignedInUser user) {
        Participant person = participants.open(id, user);
        if (!access.scopeOf(user).recordsJobSearch(person.programme().value(), person.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, id);
        }
        return person;
    }

    /** Whether this user may see and record the person's job search (asked without throwing, so no transaction is spoiled). */
    @Transactional(readOnly = true)
    public boolean mayRecord(ParticipantId id, SignedInUser user) {
        if (!participants.mayActFor(id, user)) {
            return false;
        }
        Participant person = participants.open(id, user);
        return access.scopeOf(user).recordsJobSearch(person.programme().value(), person.navigator());
    }

    // --- applications -------------------------------------------------------------------------------

    static final int APPLIED_YEARS_BACK = 2;

    /** Every problem with a new application, each naming its field. */
    public List<RuleViolation> problemsWith(Application.New n) {
        List<RuleViolation> problems = new ArrayList<>();
        text(problems, n.employer(), "employer", "Enter the employer", "the employer", 200);
        text(problems, n.roleTitle(), "roleTitle", "Enter the job title", "the job title", 200);
        if (n.roleFamily() == null || !Plans.ROLE_FAMILIES.containsKey(n.roleFamily())) {
            problems.add(new RuleViolation("roleFamily", "Choose the NHS role family"));
        }
        if (n.afcBand() != null && n.afcBand().strip().length() > 20) {
            problems.add(new RuleViolation("afcBand", "Write the band in up to 20 characters, like Band 2"));
        }
        if (n.reference() != null && n.reference().strip().length() > 100) {
            problems.add(new RuleViolation("reference", "Write the reference in up to 100 characters"));
        }
        if (n.appliedOn() == null) {
            problems.add(new RuleViolation("appliedOn", "Enter the date applied"));
        } else if (n.appliedOn().isAfter(participants.today())) {
            problems.add(new RuleViolation("appliedOn", "The date applied must be today or in the past"));
        } else if (n.appliedOn().isBefore(participants.today().minusYears(APPLIED_YEARS_BACK))) {
            // Older than any programme's job search: almost always a mistyped year.
            problems.add(new RuleViolation("appliedOn", "The date applied must be within the last " + APPLIED_YEARS_BACK
                    + " years, on or after " + Display.date(participants.today().minusYears(APPLIED_YEARS_BACK))));
        }
        return problems;
    }

    /** Adds an application at "applied" (refused, naming the first field, when anything is wrong). */
    @Transactional
    public UUID add(ParticipantId participant, Application.New n, SignedInUser by) {
        person(participant, by);
        throwFirst(problemsWith(n));
        UUID id = UUID.randomUUID();
        String employer = n.employer().strip();
        String role = n.roleTitle().strip();
        records.insert(new ApplicationRecords.NewApplication(id, participant, employer, role, n.roleFamily(), optional(n.afcBand()),
                optional(n.reference()), n.appliedOn(), "applied", null, null, null, null, by.id().value(), clock.instant()));
        records.insertStatus(id, "applied", n.appliedOn(), null, null, null, "", by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "job application for participant " + participant.value());
        events.publishEvent(new ApplicationMoved(participant, "Applied for " + role + " at " + employer + " on "
                + Display.date(n.appliedOn()), by.email()));
        return id;
    }

    /** The person's applications, latest first, each with its history and preparation; audited. */
    @Transactional
    public List<Application> of(ParticipantId participant, SignedInUser user) {
        person(participant, user);
        List<ApplicationRow> rows = records.of(participant);
        List<StatusRow> history = records.historyOf(participant);
        List<PreparationRow> preparation = records.preparationOf(participant);
        audit.recordShown(RECORD_TYPE, rows.stream().map(ApplicationRow::id).toList(), "job applications on the record");
        return rows.stream().map(r -> new Application(r.id(), r.employer(), r.roleTitle(), r.roleFamily(), r.afcBand(), r.reference(),
                r.appliedOn(), r.status(), r.interviewOn(), r.interviewTime(), r.endReason(), r.hoursPerWeek(), r.hourlyPayPence(),
                r.proposedStartOn(), r.placementCandidate() != null, r.jobStart(),
                history.stream().filter(h -> h.application().equals(r.id())).map(h -> new Application.StatusLine(h.status(),
                        h.happenedOn(), h.interviewOn(), h.interviewTime(), h.reason(), h.note(), h.recordedBy(), h.recordedAt())).toList(),
                preparation.stream().filter(p -> p.application().equals(r.id())).map(p -> new Application.Preparation(p.id(), p.kind(),
                        p.heldOn(), p.ledBy(), p.feedback(), p.recordedBy())).toList())).toList();
    }

    private ApplicationRow application(ParticipantId participant, UUID id) {
        return records.of(participant).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    // --- status changes ---------------------------------------------------------------------------------

    /** Every problem with moving this application (which must be the person's: 404 otherwise), each naming its field. */
    @Transactional
    public List<RuleViolation> statusProblems(ParticipantId participant, UUID application, Application.StatusChange c, SignedInUser user) {
        person(participant, user);
        return statusProblems(application(participant, application), c);
    }

    private List<RuleViolation> statusProblems(ApplicationRow a, Application.StatusChange c) {
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = participants.today();
        String to = c.status();
        if (!OPEN.contains(a.status())) {
            problems.add(new RuleViolation("status", "This application is " + STATUSES.get(a.status()).toLowerCase(java.util.Locale.UK)
                    + " already: it cannot move again. Add a new application instead"));
            return problems;
        }
        if (to == null || !STATUSES.containsKey(to)) {
            problems.add(new RuleViolation("status", "Choose the new status"));
        } else if (to.equals("started")) {
            problems.add(new RuleViolation("status", "An application is started only by recording the job start: use \"Record the job start\""));
        } else if (!ENDINGS.contains(to) && FORWARD.indexOf(to) <= FORWARD.indexOf(a.status())) {
            problems.add(new RuleViolation("status", "The status can only move forward: this application is at "
                    + STATUSES.get(a.status()).toLowerCase(java.util.Locale.UK) + " already, so it cannot go "
                    + (to.equals(a.status()) ? "there again" : "back to " + STATUSES.get(to).toLowerCase(java.util.Locale.UK))));
        }
        if (c.happenedOn() == null) {
            problems.add(new RuleViolation("happenedOn", "Enter the date it happened"));
        } else if (c.happenedOn().isAfter(today)) {
            problems.add(new RuleViolation("happenedOn", "The date it happened must be today or in the past"));
        } else if (c.happenedOn().isBefore(a.appliedOn())) {
            problems.add(new RuleViolation("happenedOn", "The date it happened must be on or after the date applied, "
                    + Display.date(a.appliedOn())));
        }
        if ("interview".equals(to)) {
            if (c.interviewOn() == null) {
                problems.add(new RuleViolation("interviewOn", "Enter the interview date"));
            } else if (c.interviewOn().isBefore(a.appliedOn())) {
                problems.add(new RuleViolation("interviewOn", "The interview date must be on or after the date applied, "
                        + Display.date(a.appliedOn())));
            } else if (c.interviewOn().isAfter(today.plusYears(1))) {
                problems.add(new RuleViolation("interviewOn", "The interview date must be within a year from today"));
            }
        }
        if (to != null && ENDINGS.contains(to) && (c.reason() == null || !ENDING_REASONS.containsKey(c.reason()))) {
            problems.add(new RuleViolation("reason", "Choose why the application " + (to.equals("withdrawn") ? "was withdrawn" : "was unsuccessful")));
        }
        if (c.note() != null && c.note().strip().length() > 1000) {
            problems.add(new RuleViolation("note", "Write the note in up to 1000 characters"));
        }
        return problems;
    }

    /** Moves an application forward, or ends it, keeping the change as history (refused, naming the first field, when wrong). */
    @Transactional
    public void move(ParticipantId participant, UUID application, Application.StatusChange c, SignedInUser by) {
        person(participant, by);
        ApplicationRow a = records.lock(participant, application).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, application));
        throwFirst(statusProblems(a, c));
        boolean interview = c.status().equals("interview");
        boolean ending = ENDINGS.contains(c.status());
        records.move(a.id(), c.status(), interview ? c.interviewOn() : null, interview ? c.interviewTime() : null,
                ending ? c.reason() : null, null);
        records.insertStatus(a.id(), c.status(), c.happenedOn(), interview ? c.interviewOn() : null, interview ? c.interviewTime() : null,
                ending ? c.reason() : null, c.note() == null ? "" : c.note().strip(), by.id().value(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, a.id(), "status " + c.status());
        String what = switch (c.status()) {
            case "interview" -> "interview on " + Display.date(c.interviewOn()) + (c.interviewTime() == null ? "" : " at " + Display.time(c.interviewTime()));
            case "unsuccessful", "withdrawn" -> STATUSES.get(c.status()).toLowerCase(java.util.Locale.UK) + ": " + ENDING_REASONS.get(c.reason());
            default -> STATUSES.get(c.status()).toLowerCase(java.util.Locale.UK);
        };
        events.publishEvent(new ApplicationMoved(participant, "Application for " + a.roleTitle() + " at " + a.employer() + ": " + what,
                by.email()));
        if (interview) {
            events.publishEvent(new InterviewArranged(a.id(), participant, a.roleTitle(), a.employer(), c.interviewOn(), c.interviewTime()));
        }
        // Pre-employment checks follow an offer, so a move straight there from before "offer" is an offer too.
        if (c.status().equals("offer")
                || (c.status().equals("pre-employment-checks") && FORWARD.indexOf(a.status()) < FORWARD.indexOf("offer"))) {
            events.publishEvent(new JobOffered(a.id(), participant, a.roleTitle(), a.employer(), c.happenedOn()));
        }
    }

    // --- interview preparation ----------------------------------------------------------------------------

    @Transactional
    public List<RuleViolation> preparationProblems(ParticipantId participant, UUID application, Application.NewPreparation p,
                                                   SignedInUser user) {
        person(participant, user);
        return preparationProblems(application(participant, application), p);
    }

    private List<RuleViolation> preparationProblems(ApplicationRow a, Application.NewPreparation p) {
        List<RuleViolation> problems = new ArrayList<>();
        if (!OPEN.contains(a.status())) {
            problems.add(new RuleViolation("kind", "This application is " + STATUSES.get(a.status()).toLowerCase(java.util.Locale.UK)
                    + ": preparation is logged against an application still open"));
            return problems;
        }
        if (p.kind() == null || !PREPARATION_KINDS.containsKey(p.kind())) {
            problems.add(new RuleViolation("kind", "Choose what kind of preparation it was"));
        }
        if (p.heldOn() == null) {
            problems.add(new RuleViolation("heldOn", "Enter the date it was held"));
        } else if (p.heldOn().isAfter(participants.today())) {
            problems.add(new RuleViolation("heldOn", "The date it was held must be today or in the past"));
        }
        text(problems, p.ledBy(), "ledBy", "Enter who led it", "who led it", 200);
        if (p.feedback() != null && p.feedback().strip().length() > 2000) {
            problems.add(new RuleViolation("feedback", "Write the feedback in up to 2000 characters"));
        }
        return problems;
    }

    @Transactional
    public UUID logPreparation(ParticipantId participant, UUID application, Application.NewPreparation p, SignedInUser by) {
        person(participant, by);
        ApplicationRow a = records.lock(participant, application).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, application));
        throwFirst(preparationProblems(a, p));
        UUID id = UUID.randomUUID();
        records.insertPreparation(id, a.id(), p.kind(), p.heldOn(), p.ledBy().strip(), p.feedback() == null ? "" : p.feedback().strip(),
                by.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, a.id(), "interview preparation: " + p.kind());
        events.publishEvent(new ApplicationMoved(participant, PREPARATION_KINDS.get(p.kind()) + " for " + a.roleTitle() + " at "
                + a.employer() + " on " + Display.date(p.heldOn()), by.email()));
        return id;
    }

    // --- the job start ---------------------------------------------------------------------------------------

    private static JobStart.New start(ApplicationRow a, Application.StartTerms t) {
        return new JobStart.New(a.employer(), t.employerSector(), a.roleTitle(), a.roleFamily(), a.afcBand(), t.hourlyPayPence(), t.hoursPerWeek(),
                t.confirmLongHours(), t.contractType(), t.startsOn(), t.evidence());
    }

    /** Every problem with recording the job start from this application: its status, and each of the start's own fields. */
    @Transactional
    public List<RuleViolation> startProblems(ParticipantId participant, UUID application, Application.StartTerms t, SignedInUser user) {
        person(participant, user);
        return startProblems(participant, application(participant, application), t);
    }

    private List<RuleViolation> startProblems(ParticipantId participant, ApplicationRow a, Application.StartTerms t) {
        if (!a.status().equals("offer") && !a.status().equals("pre-employment-checks")) {
            return List.of(new RuleViolation("startsOn", "The job start is recorded from an application at offer or pre-employment checks;"
                    + " this one is " + STATUSES.get(a.status()).toLowerCase(java.util.Locale.UK)));
        }
        return jobStarts.problemsWith(participant, start(a, t));
    }

    /**
     * Records the job start through outcome (which moves the person to in work) and marks the application started,
     * in one transaction: neither happens alone. Refused, naming the first field, when anything is wrong.
     */
    @Transactional
    public UUID recordStart(ParticipantId participant, UUID application, Application.StartTerms t, SignedInUser by) {
        person(participant, by);
        ApplicationRow a = records.lock(participant, application).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, application));
        throwFirst(startProblems(participant, a, t));
        UUID jobStart = jobStarts.record(participant, start(a, t), by);
        records.move(a.id(), "started", null, null, null, jobStart);
        records.insertStatus(a.id(), "started", t.startsOn(), null, null, null, "Job start recorded", by.id().value(), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, a.id(), "started: job start " + jobStart);
        events.publishEvent(new ApplicationMoved(participant, "Application for " + a.roleTitle() + " at " + a.employer()
                + ": started on " + Display.date(t.startsOn()), by.email()));
        return jobStart;
    }

    // --- a host's offer after a placement ------------------------------------------------------------------

    /** What the host's offer form starts from (404 for anyone but the placement's host). */
    @Transactional
    public Placements.JobOfferBasis offerBasis(UUID candidate, SignedInUser host) {
        return placements.jobOfferBasis(candidate, host);
    }

    /** Every problem with a host's offer, each naming its field (404 for anyone but the placement's host). */
    @Transactional
    public List<RuleViolation> offerProblems(UUID candidate, Application.Offer o, SignedInUser host) {
        return offerProblems(placements.jobOfferBasis(candidate, host), o);
    }

    private List<RuleViolation> offerProblems(Placements.JobOfferBasis basis, Application.Offer o) {
        List<RuleViolation> problems = new ArrayList<>();
        if (!basis.startedOrEnded()) {
            problems.add(new RuleViolation("offer", "A job can be offered once the placement has started"));
            return problems;
        }
        var already = records.forCandidate(basis.candidateId());
        if (already.isPresent()) {
            problems.add(new RuleViolation("offer", "You offered " + basis.personName() + " a job after this placement on "
                    + Display.date(already.get().appliedOn()) + " already: their navigator has it"));
            return problems;
        }
        LocalDate today = participants.today();
        text(problems, o.roleTitle(), "roleTitle", "Enter the job title", "the job title", 200);
        if (o.afcBand() != null && o.afcBand().strip().length() > 20) {
            problems.add(new RuleViolation("afcBand", "Write the band in up to 20 characters, like Band 2"));
        }
        if (o.hoursPerWeek() == null) {
            problems.add(new RuleViolation("hoursPerWeek", "Enter the hours a week, like 37.5"));
        } else if (o.hoursPerWeek().signum() <= 0 || o.hoursPerWeek().compareTo(LONG_HOURS) > 0) {
            problems.add(new RuleViolation("hoursPerWeek", "Hours a week must be more than 0 and no more than 48"));
        }
        if (o.proposedStartOn() != null && o.proposedStartOn().isBefore(today)) {
            problems.add(new RuleViolation("proposedStartOn", "The proposed start date must be today or later"));
        }
        if (o.hourlyPayPence() == null) {
            problems.add(new RuleViolation("hourlyPay", "Enter the hourly pay offered, like 12.71"));
        } else if (o.hourlyPayPence() <= 0 || o.hourlyPayPence() > 100000) {
            problems.add(new RuleViolation("hourlyPay", "Enter the hourly pay in pounds and pence, like 12.71"));
        } else {
            LocalDate on = o.proposedStartOn() != null && !o.proposedStartOn().isBefore(today) ? o.proposedStartOn() : today;
            int age = participants.ageOn(basis.participant(), on, "the minimum wage check for a job offer after a placement");
            // Asked only from 16: below that placement's facade refuses, and its refusal would roll this transaction back.
            if (age >= 16) {
                var minimum = placements.minimumWage(age, on);
                if (o.hourlyPayPence() < minimum.hourlyPence()) {
                    problems.add(new RuleViolation("hourlyPay", "The hourly pay is below the " + minimum.label() + " of "
                            + minimum.hourly() + " for someone aged " + age + " on " + Display.date(on)));
                }
            }
        }
        if (o.message() != null && o.message().strip().length() > 1000) {
            problems.add(new RuleViolation("message", "Write the message in up to 1000 characters"));
        }
        return problems;
    }

    /**
     * The host offers the person a job after the placement: an application at "offer" on their record, with the
     * host organisation as employer and the placement's role family, for their navigator to take on in Job search.
     */
    @Transactional
    public UUID offer(UUID candidate, Application.Offer o, SignedInUser host) {
        Placements.JobOfferBasis basis = placements.jobOfferBasis(candidate, host);
        throwFirst(offerProblems(basis, o));
        UUID id = UUID.randomUUID();
        LocalDate today = participants.today();
        String role = o.roleTitle().strip();
        records.insert(new ApplicationRecords.NewApplication(id, basis.participant(), basis.hostName(), role, basis.roleFamily(),
                optional(o.afcBand()), PLACEMENT_OFFER, today, "offer", o.hoursPerWeek(), o.hourlyPayPence(), o.proposedStartOn(),
                basis.candidateId(), host.id().value(), clock.instant()));
        String line = "Offered by " + basis.hostName() + " after the placement";
        String message = optional(o.message());
        records.insertStatus(id, "offer", today, null, null, null, message == null ? line : line + ". " + message,
                host.id().value(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "job offer by the placement host for candidate " + candidate);
        events.publishEvent(new ApplicationMoved(basis.participant(), "Job offer: " + role + " at " + basis.hostName()
                + ", offered by the host after the placement", host.email()));
        events.publishEvent(new JobOffered(id, basis.participant(), role, basis.hostName(), today));
        return id;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void text(List<RuleViolation> problems, String value, String field, String whenEmpty, String name, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new RuleViolation(field, whenEmpty));
        } else if (value.strip().length() > max) {
            problems.add(new RuleViolation(field, "Write " + name + " in up to " + max + " characters"));
        }
    }

    private static void throwFirst(List<RuleViolation> problems) {
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
