package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outcome.internal.JobStartRecords;
import org.anchorage.outcome.internal.JobStartRecords.ChangeRow;
import org.anchorage.outcome.internal.JobStartRecords.StartRow;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Placements;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progression after a job start: each change is the pay, hours and band from a date on, recorded by the person's
 * navigator or a manager of their programme (404 for anyone else, as for the start). Every bad input is named at
 * once and nothing is saved; each change is audited and reaches the timeline through {@link JobChanged}.
 */
@Service
public class JobChanges {

    public static final Map<String, String> KINDS;

    static {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("pay-rise", "Pay rise");
        kinds.put("more-hours", "More hours");
        kinds.put("fewer-hours", "Fewer hours");
        kinds.put("promotion", "Promotion");
        kinds.put("new-role", "New role");
        kinds.put("other", "Other");
        KINDS = Collections.unmodifiableMap(kinds);
    }

    static final int NOTE_MAX = 500;

    private final JobStartRecords records;
    private final Participants participants;
    private final Placements placements;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final Outcomes outcomes;

    JobChanges(JobStartRecords records, Participants participants, Placements placements, AccessPolicy access,
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

    /** The start, when it is this person's and this user records their job outcomes; 404 otherwise (the same rule as a start). */
    private StartRow start(ParticipantId participant, UUID jobStart, SignedInUser user, boolean lock) {
        Participant person = participants.open(participant, user);
        if (!access.scopeOf(user).recordsJobOutcomes(person.programme().value(), person.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, participant);
        }
        var start = lock ? records.lockStart(participant, jobStart)
                : records.startsOf(participant).stream().filter(s -> s.id().equals(jobStart)).findFirst();
        return start.orElseThrow(() -> new RecordNotFound(JobStarts.RECORD_TYPE, jobStart));
    }

    /** Every problem with a change in this job, each naming its field, so a form or the API can show them all at once. */
    @Transactional
    public List<RuleViolation> problemsWith(ParticipantId participant, UUID jobStart, JobChange.New c, SignedInUser user) {
        StartRow start = start(participant, jobStart, user, false);
        return problemsWith(start, changesOf(participant, jobStart), c);
    }

    private List<ChangeRow> changesOf(ParticipantId participant, UUID jobStart) {
        return records.changesOf(participant).stream().filter(c -> c.jobStart().equals(jobStart)).toList();
    }

    private List<RuleViolation> problemsWith(StartRow start, List<ChangeRow> changes, JobChange.New c) {
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = participants.today();
        boolean dateOk = false;
        if (c.changesOn() == null) {
            problems.add(new RuleViolation("changesOn", "Enter the date the change took effect"));
        } else if (c.changesOn().isBefore(start.startsOn())) {
            problems.add(new RuleViolation("changesOn", "The date of the change must be on or after the job start, "
                    + Display.date(start.startsOn())));
        } else if (c.changesOn().isAfter(today)) {
            problems.add(new RuleViolation("changesOn", "The date of the change must be today or in the past"));
        } else if (start.leftOn() != null && c.changesOn().isAfter(start.leftOn())) {
            problems.add(new RuleViolation("changesOn", "The date of the change must be on or before the day the person left, "
                    + Display.date(start.leftOn())));
        } else if (changes.stream().anyMatch(k -> k.changesOn().equals(c.changesOn()))) {
            problems.add(new RuleViolation("changesOn", "A change on " + Display.date(c.changesOn())
                    + " is already recorded: each change needs its own date"));
        } else {
            dateOk = true;
        }
        if (c.kind() == null || !KINDS.containsKey(c.kind())) {
            problems.add(new RuleViolation("kind", "Choose what kind of change it is"));
        }
        boolean payOk = false;
        if (c.hourlyPayPence() == null) {
            problems.add(new RuleViolation("hourlyPay", "Enter the hourly pay from that date, like 13.10"));
        } else if (c.hourlyPayPence() <= 0 || c.hourlyPayPence() > 100000) {
            problems.add(new RuleViolation("hourlyPay", "Enter the hourly pay in pounds and pence, like 13.10"));
        } else if (c.changesOn() != null && dateOk) {
            RuleViolation wage = MinimumWageCheck.problem(participants, placements, start.participant(), c.hourlyPayPence(),
                    c.changesOn(), "hourlyPay", "changesOn", "the date of the change", "a change in a job");
            payOk = wage == null;
            if (wage != null) {
                problems.add(wage);
            }
        } else {
            payOk = true;
        }
        boolean hoursOk = false;
        if (c.hoursPerWeek() == null) {
            problems.add(new RuleViolation("hoursPerWeek", "Enter the contracted hours a week from that date, like 37.5"));
        } else if (c.hoursPerWeek().signum() <= 0) {
            problems.add(new RuleViolation("hoursPerWeek", "Contracted hours a week must be more than 0"));
        } else if (c.hoursPerWeek().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new RuleViolation("hoursPerWeek", "Contracted hours a week must be 100 or fewer"));
        } else if (c.hoursPerWeek().compareTo(JobStarts.LONG_HOURS) > 0 && !c.confirmLongHours()) {
            problems.add(new RuleViolation("hoursPerWeek",
                    "More than 48 hours a week is over the working time limit: tick the box to confirm the person has opted out"));
        } else {
            hoursOk = true;
        }
        String band = band(c);
        boolean bandOk = band == null || band.length() <= 20;
        if (!bandOk) {
            problems.add(new RuleViolation("afcBand", "Write the band in up to 20 characters, like Band 3"));
        }
        if (c.note() != null && c.note().strip().length() > NOTE_MAX) {
            problems.add(new RuleViolation("note", "Write the note in up to 500 characters"));
        }
        if (c.evidence() == null || !JobStarts.EVIDENCE.containsKey(c.evidence())) {
            problems.add(new RuleViolation("evidence", "Choose how you know about the change"));
        }
        // Only once the date, pay, hours and band are each sound is it worth asking whether anything moved.
        if (dateOk && payOk && hoursOk && bandOk) {
            Terms before = termsBefore(start, changes, c.changesOn());
            String bandAfter = band == null ? before.band() : band;
            if (before.pence() == c.hourlyPayPence() && before.hours().compareTo(c.hoursPerWeek()) == 0
                    && Objects.equals(before.band(), bandAfter)) {
                problems.add(new RuleViolation("hourlyPay", "Nothing has changed: on " + Display.date(c.changesOn()) + " the job was already "
                        + before.describe() + ". Change the pay, the hours or the band"));
            } else {
                RuleViolation contradiction = contradiction(c, before);
                if (contradiction != null) {
                    problems.add(contradiction);
                }
            }
        }
        return problems;
    }

    /**
     * A kind of change the numbers say did not happen (a pay rise to lower pay, more hours that are fewer): the
     * progression report counts kinds, so the kind must be true to the figures. Named on the figure that disagrees.
     */
    private static RuleViolation contradiction(JobChange.New c, Terms before) {
        String was = " than before: on " + Display.date(c.changesOn()) + " the job was " + before.describe()
                + ". Check the figures, or choose another kind of change";
        return switch (c.kind()) {
            case "pay-rise" -> c.hourlyPayPence() <= before.pence()
                    ? new RuleViolation("hourlyPay", "A pay rise needs higher hourly pay" + was) : null;
            case "more-hours" -> c.hoursPerWeek().compareTo(before.hours()) <= 0
                    ? new RuleViolation("hoursPerWeek", "More hours needs more contracted hours a week" + was) : null;
            case "fewer-hours" -> c.hoursPerWeek().compareTo(before.hours()) >= 0
                    ? new RuleViolation("hoursPerWeek", "Fewer hours needs fewer contracted hours a week" + was) : null;
            default -> null;
        };
    }

    /** The pay, hours and band in force in a job. */
    record Terms(int pence, BigDecimal hours, String band) {
        String describe() {
            return org.anchorage.placement.Money.pounds(pence) + " an hour, " + hours.stripTrailingZeros().toPlainString()
                    + " hours a week" + (band == null ? "" : ", " + band);
        }
    }

    /** The terms in force the day before {@code on}: the latest earlier change's, else the start's. */
    private static Terms termsBefore(StartRow start, List<ChangeRow> changes, LocalDate on) {
        Terms terms = new Terms(start.hourlyPayPence(), start.hoursPerWeek(), start.afcBand());
        for (ChangeRow c : changes) {
            if (c.changesOn().isBefore(on)) {
                terms = new Terms(c.hourlyPayPence(), c.hoursPerWeek(), c.afcBand());
            }
        }
        return terms;
    }

    private static String band(JobChange.New c) {
        return c.afcBand() == null || c.afcBand().isBlank() ? null : c.afcBand().strip();
    }

    /**
     * Records a change in a job (refused, naming the first field, when anything is wrong). A blank band keeps the
     * band in force on that date, so each row is the whole of the pay, hours and band from its date on.
     */
    @Transactional
    public UUID record(ParticipantId participant, UUID jobStart, JobChange.New c, SignedInUser by) {
        StartRow start = start(participant, jobStart, by, true);
        List<ChangeRow> changes = changesOf(participant, jobStart);
        List<RuleViolation> problems = problemsWith(start, changes, c);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        Terms before = termsBefore(start, changes, c.changesOn());
        String band = band(c) == null ? before.band() : band(c);
        UUID id = UUID.randomUUID();
        records.insertChange(id, jobStart, c.changesOn(), c.kind(), c.hourlyPayPence(), c.hoursPerWeek(), band,
                c.note() == null ? "" : c.note().strip(), c.evidence(), by.id().value(), clock.instant());
        audit.record(AuditAction.CHANGE, JobStarts.RECORD_TYPE, jobStart, "change in the job from " + c.changesOn());
        JobChange shown = new JobChange(id, c.changesOn(), c.kind(), c.hourlyPayPence(), c.hoursPerWeek(), band, c.note(), c.evidence(),
                by.displayName(), before.pence(), before.hours(), before.band());
        events.publishEvent(new JobChanged(jobStart, id, participant, start.roleTitle(), start.employer(), c.changesOn(), shown.summary(),
                by.email()));
        // More hours or pay can bring an outcome's date forward, and the change's evidence can be what achieves it.
        outcomes.reassess(jobStart, by);
        return id;
    }
}
