package org.anchorage.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.internal.ParticipantRecords;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.Referral;
import org.anchorage.referral.ReferralAccepted;
import org.anchorage.referral.ReferralEvent;
import org.anchorage.referral.Referrals;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.calendar.WorkingDays;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant record. Only the allocated navigator and the programme's managers see a
 * participant; every read is audited; equality monitoring is special-category and read separately.
 */
@Service
public class Participants {

    public static final String RECORD_TYPE = "participant";
    public static final String EQUALITY_RECORD_TYPE = "participant-equality";
    static final int FIRST_CONTACT_WORKING_DAYS = 15;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ParticipantRecords records;
    private final Referrals referrals;
    private final Programmes programmes;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy access;
    private final Worklist worklist;
    private final org.anchorage.identity.Users users;

    Participants(AccessPolicy access, ParticipantRecords records, Referrals referrals, Programmes programmes, WorkingDays workingDays,
                 AuditTrail audit, Clock clock, Worklist worklist, org.anchorage.identity.Users users) {
        this.access = access;
        this.worklist = worklist;
        this.users = users;
        this.records = records;
        this.referrals = referrals;
        this.programmes = programmes;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accepting a referral enrols the person, in the same transaction, so neither happens alone. */
    @EventListener
    @Transactional
    public void on(ReferralAccepted accepted) {
        Referral r = referrals.get(accepted.referral());
        Participant participant = new Participant(new ParticipantId(UUID.randomUUID()), r.programme(), r.id(),
                r.givenName(), r.familyName(), r.dateOfBirth(), r.postcode(), r.email(), r.phone(),
                r.contactPreference().code(), accepted.navigator(), ParticipantStatus.REFERRED, null,
                LocalDate.ofInstant(r.receivedAt(), LONDON), null, clock.instant(), 0);
        records.insert(participant);
        records.timeline(participant.id(), clock.instant(), accepted.acceptedBy(), "enrolled",
                "Referral " + r.reference() + " accepted onto the programme");
        audit.recordAs(accepted.acceptedBy(), AuditAction.CREATE, RECORD_TYPE, participant.id(), "enrolled from " + r.reference());
    }

    /**
     * A placement (or another step elsewhere) moved the person on: forward along the pipeline, or back
     * to preparing when a placement ended early. Runs in the publisher's transaction, so the two never
     * disagree; a withdrawn participant keeps their status and the step still reaches the timeline.
     */
    @EventListener
    @Transactional
    public void on(PipelineMilestone milestone) {
        Participant p = records.find(milestone.participant()).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, milestone.participant()));
        ParticipantStatus next = milestone.reaches();
        boolean moves = next != null && p.status() != ParticipantStatus.WITHDRAWN && (p.status().canMoveTo(next)
                || (p.status() == ParticipantStatus.IN_PLACEMENT && next == ParticipantStatus.PREPARING));
        if (moves && !records.changeStatus(p.id(), p.version(), next, null)) {
            throw new RuleViolation("version", "Someone else changed this participant at the same moment. Try again.");
        }
        records.timeline(p.id(), clock.instant(), milestone.actor(), "placement",
                milestone.description() + (moves ? " (" + p.status().label() + " → " + next.label() + ")" : ""));
        audit.recordAs(milestone.actor(), AuditAction.CHANGE, RECORD_TYPE, p.id(),
                moves ? "status " + next.code() + " after a placement step" : "placement step on the timeline");
    }

    /** The person's age in whole years on a date, for the minimum wage check; the date of birth itself stays here. */
    @Transactional
    public int ageOn(ParticipantId id, LocalDate on, String purpose) {
        Participant p = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(AuditAction.READ, RECORD_TYPE, id, "age on " + on + " for " + purpose);
        return Period.between(p.dateOfBirth(), on).getYears();
    }

    @Transactional(readOnly = true)
    public Optional<ParticipantId> forReferral(org.anchorage.referral.ReferralId referral) {
        return records.findByReferral(referral).map(Participant::id);
    }

    /**
     * Names only, for a trainer's register or a certificate: the minimum another module needs, with
     * the read audited. Never contact details, status or anything special-category.
     */
    @Transactional
    public java.util.Map<ParticipantId, String> namesFor(java.util.Collection<ParticipantId> ids, String purpose) {
        java.util.Map<ParticipantId, String> names = new java.util.LinkedHashMap<>();
        for (ParticipantId id : ids) {
            records.find(id).ifPresent(p -> names.put(id, p.fullName()));
        }
        if (!names.isEmpty()) {
            audit.recordShown(RECORD_TYPE, names.keySet(), "names of participants for " + purpose);
        }
        return names;
    }

    /** The participant record of a signed-in participant, if their sign-in is linked to one. */
    @Transactional(readOnly = true)
    public Optional<ParticipantId> ownRecord(SignedInUser user) {
        if (!user.has(Role.PARTICIPANT)) {
            return Optional.empty();
        }
        return records.findByUser(user.id()).map(Participant::id);
    }

    /** Gives a participant their own sign-in (a participant-role account) to see their plan. */
    @Transactional
    public void linkSignIn(ParticipantId id, org.anchorage.identity.UserId user, SignedInUser by) {
        visible(id, by);
        records.linkUser(id, user);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "linked the participant's own sign-in");
    }

    /**
     * Of these people, the ones this user acts for (their own caseload, or their programmes for a
     * manager), decided in one SQL query by the access policy's rule.
     */
    @Transactional(readOnly = true)
    public Set<ParticipantId> actedForBy(java.util.Collection<ParticipantId> ids, SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (scope.is(Role.NAVIGATOR)) {
            return records.within(ids, scope.programmeIds(), user.id());
        }
        if (scope.is(Role.PROGRAMME_MANAGER)) {
            return records.within(ids, scope.programmeIds(), null);
        }
        return Set.of();
    }

    /** Whether this user may act for the participant (their navigator, or a manager of their programme). */
    @Transactional(readOnly = true)
    public boolean mayActFor(ParticipantId id, SignedInUser user) {
        try {
            visible(id, user);
            return true;
        } catch (RecordNotFound e) {
            return false;
        }
    }

    /** The record, as its navigator or a manager opens it (audited); 404 for anyone else. */
    @Transactional
    public Participant open(ParticipantId id, SignedInUser user) {
        Participant participant = visible(id, user);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed participant record");
        return participant;
    }

    /**
     * The header of a section of the record (see {@link RecordSummary}), for this module's pages and the
     * plan's, training's and placements' sections of it; the read is audited as a view of that section.
     * 404 (RecordNotFound) for anyone the access policy does not let act for the person.
     */
    @Transactional
    public RecordSummary summary(ParticipantId id, SignedInUser user, String section) {
        Participant p = visible(id, user);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed the " + section + " section of the record");
        LocalDate today = LocalDate.now(clock);
        List<DueItem> due = worklist.dueFor(List.of(id));
        List<String> flags = new java.util.ArrayList<>();
        long overdue = due.stream().filter(d -> d.overdueOn(today)).count();
        if (overdue > 0) {
            flags.add(overdue == 1 ? "1 thing overdue" : overdue + " things overdue");
        }
        if (p.status() == ParticipantStatus.WITHDRAWN) {
            flags.add("Withdrawn");
        }
        String navigator = users.find(p.navigator()).map(org.anchorage.identity.UserAccount::displayName).orElse("No navigator");
        String programme = programmes.find(p.programme()).map(Programme::name).orElse("");
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(p.enrolledAt(), LONDON), today);
        return new RecordSummary(id, p.fullName(), p.status(), navigator, programme, Math.max(0, days),
                due.isEmpty() ? null : due.getFirst(), List.copyOf(flags), p.version());
    }

    /** Timeline: the participant's own entries and the history of the referral(s) that brought them. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(ParticipantId id, SignedInUser user) {
        Participant participant = visible(id, user);
        List<TimelineEntry> own = records.timeline(id);
        List<TimelineEntry> referral = referrals.history(participant.referral()).stream()
                .map((ReferralEvent e) -> new TimelineEntry(e.occurredAt(), e.actor(), "referral", e.detail())).toList();
        return java.util.stream.Stream.concat(own.stream(), referral.stream())
                .sorted(Comparator.comparing(TimelineEntry::occurredAt).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public List<Appointment> appointments(ParticipantId id, SignedInUser user) {
        visible(id, user);
        return records.appointments(id);
    }

    /** The caseload: a navigator's own participants, or all in a manager's programmes; overdue first. */
    @Transactional
    public List<CaseloadEntry> caseload(SignedInUser user, String search, ParticipantStatus status) {
        List<Participant> people;
        AccessScope scope = access.scopeOf(user);
        if (scope.is(Role.NAVIGATOR)) {
            people = records.forNavigator(user.id(), scope.programmeIds());
        } else if (scope.is(Role.PROGRAMME_MANAGER)) {
            people = records.inProgrammes(myProgrammes(user));
        } else {
            return List.of();
        }
        Set<LocalDate> holidays = workingDays.holidays();
        LocalDate today = LocalDate.now(clock);
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<CaseloadEntry> entries = people.stream()
                .filter(p -> status == null || p.status() == status)
                .filter(p -> term.isEmpty() || p.fullName().toLowerCase(Locale.ROOT).contains(term))
                .map(p -> {
                    LocalDate due = WorkingDays.add(p.referredOn(), FIRST_CONTACT_WORKING_DAYS, holidays);
                    boolean overdue = p.firstContactAt() == null && p.status() != ParticipantStatus.WITHDRAWN && today.isAfter(due);
                    return new CaseloadEntry(p, Period.between(p.dateOfBirth(), today).getYears(), due, overdue);
                })
                .sorted(Comparator.comparing((CaseloadEntry e) -> !e.overdue()).thenComparing(e -> e.participant().familyName()))
                .toList();
        audit.recordShown(RECORD_TYPE, entries.stream().map(e -> e.participant().id()).toList(), "opened caseload");
        return entries;
    }

    @Transactional
    public void recordContact(ParticipantId id, String how, String note, SignedInUser by) {
        Participant p = visible(id, by);
        String text = required(note, "note", "Write what was discussed", 4000);
        String method = required(how, "how", "Choose how you were in touch", 50);
        records.timeline(id, clock.instant(), by.email(), "contact", method + ": " + text);
        if (p.firstContactAt() == null) {
            records.firstContact(id, clock.instant());
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "recorded a contact");
    }

    @Transactional
    public void addNote(ParticipantId id, String note, SignedInUser by) {
        visible(id, by);
        records.timeline(id, clock.instant(), by.email(), "note", required(note, "note", "Write the note", 4000));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "added a note");
    }

    @Transactional
    public void bookAppointment(ParticipantId id, Instant startsAt, String place, String purpose, SignedInUser by) {
        visible(id, by);
        if (startsAt.isBefore(clock.instant())) {
            throw new RuleViolation("startsAt", "The appointment must be in the future");
        }
        Appointment appointment = new Appointment(UUID.randomUUID(), startsAt,
                required(place, "place", "Say where the appointment is, or give the online link", 200),
                required(purpose, "purpose", "Say what the appointment is for", 200), by.email());
        records.appointment(id, appointment, clock.instant());
        records.timeline(id, clock.instant(), by.email(), "appointment",
                "Appointment booked for " + startsAt.atZone(LONDON).toLocalDateTime() + " at " + appointment.place() + ": " + appointment.purpose());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "booked an appointment");
    }

    /** Moves along the pipeline; refuses a stale page (someone else moved it) and backward moves. */
    @Transactional
    public void moveTo(ParticipantId id, int version, ParticipantStatus next, String reason, SignedInUser by) {
        Participant p = visible(id, by);
        String why = null;
        if (next == ParticipantStatus.WITHDRAWN) {
            if (p.status() == ParticipantStatus.WITHDRAWN) {
                throw new RuleViolation("status", "This participant has already withdrawn");
            }
            why = required(reason, "reason", "Give the reason the participant withdrew", 500);
        } else if (!p.status().canMoveTo(next)) {
            throw new RuleViolation("status", "A participant who is " + p.status().label().toLowerCase()
                    + " cannot move to " + next.label().toLowerCase());
        }
        if (!records.changeStatus(id, version, next, why)) {
            throw new RuleViolation("version", "Someone else changed this record while you were looking at it. Reload the page.");
        }
        records.timeline(id, clock.instant(), by.email(), "status",
                p.status().label() + " → " + next.label() + (why == null ? "" : ": " + why));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "status " + next.code());
    }

    /** Special-category: only the allocated navigator and the programme's managers; audited. */
    @Transactional
    public Optional<EqualityMonitoring> equality(ParticipantId id, SignedInUser user) {
        visible(id, user);
        audit.record(AuditAction.READ, EQUALITY_RECORD_TYPE, id, "viewed equality monitoring");
        return records.equality(id);
    }

    @Transactional
    public void recordEquality(ParticipantId id, EqualityMonitoring answers, SignedInUser by) {
        visible(id, by);
        if (answers.ethnicCategory() != null && !EqualityMonitoring.ETHNIC_CATEGORIES.containsKey(answers.ethnicCategory())) {
            throw new RuleViolation("ethnicCategory", "Choose an ethnic group from the list");
        }
        check("sex", answers.sex());
        check("genderSameAsBirth", answers.genderSameAsBirth());
        check("sexualOrientation", answers.sexualOrientation());
        check("disability", answers.disability());
        check("religion", answers.religion());
        check("marriageCivilPartnership", answers.marriageCivilPartnership());
        check("pregnancyMaternity", answers.pregnancyMaternity());
        records.saveEquality(id, new EqualityMonitoring(answers.ethnicCategory(), answers.sex(), answers.genderSameAsBirth(),
                answers.sexualOrientation(), answers.disability(), answers.religion(), answers.marriageCivilPartnership(),
                answers.pregnancyMaternity(), clock.instant(), by.email()));
        audit.record(AuditAction.CHANGE, EQUALITY_RECORD_TYPE, id, "recorded equality monitoring");
    }

    private static void check(String field, String value) {
        if (value != null && !EqualityMonitoring.CHOICES.get(field).containsKey(value)) {
            throw new RuleViolation(field, "Choose an answer from the list");
        }
    }

    private Participant visible(ParticipantId id, SignedInUser user) {
        Participant p = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (!access.scopeOf(user).actsFor(p.programme().value(), p.navigator())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return p;
    }

    private List<ProgrammeId> myProgrammes(SignedInUser user) {
        return access.scopeOf(user).programmeIds().stream().map(ProgrammeId::new).toList();
    }

    private static String required(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, message);
        }
        if (value.length() > max) {
            throw new RuleViolation(field, "Keep it to " + max + " characters or fewer");
        }
        return value.strip();
    }
}
