package org.anchorage.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.participant.Encounters;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.safeguarding.internal.SafeguardingRecords;
import org.anchorage.safeguarding.internal.SafeguardingRecords.ActionRow;
import org.anchorage.safeguarding.internal.SafeguardingRecords.ConcernRow;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.calendar.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding concerns: raised by anyone who meets the person ({@link Encounters}), read and acted on only
 * by the programme's designated lead and deputies (its managers while it has no lead), and seen by the person
 * who raised it only as their own report and whether it was received or acknowledged. Every read is audited.
 */
@Service
public class Concerns {

    public static final String RECORD_TYPE = "safeguarding-concern";
    /** Acknowledge within 1 working day of raising. */
    public static final int ACKNOWLEDGE_WITHIN_WORKING_DAYS = 1;
    static final int QUEUE_LIMIT = 200;

    private final SafeguardingRecords records;
    private final AccessPolicy access;
    private final Participants participants;
    private final Programmes programmes;
    private final Users users;
    private final AuditTrail audit;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ObjectProvider<Encounters> encounters;
    private final ApplicationEventPublisher events;

    Concerns(SafeguardingRecords records, AccessPolicy access, Participants participants, Programmes programmes, Users users,
             AuditTrail audit, WorkingDays workingDays, Clock clock, ObjectProvider<Encounters> encounters,
             ApplicationEventPublisher events) {
        this.records = records;
        this.access = access;
        this.participants = participants;
        this.programmes = programmes;
        this.users = users;
        this.audit = audit;
        this.workingDays = workingDays;
        this.clock = clock;
        this.encounters = encounters;
        this.events = events;
    }

    /** A short reference to quote ("SG-1A2B3C4D"), from the concern's id. */
    public static String reference(UUID id) {
        return "SG-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    // --- Raising ------------------------------------------------------------------------------------------

    /** Whether this user meets the person in their work (navigator, manager, trainer, host, mentor): one "yes" is enough. */
    @Transactional(readOnly = true)
    public boolean mayRaise(ParticipantId person, SignedInUser user) {
        return user != null && encounters.orderedStream().anyMatch(e -> e.meets(user, person));
    }

    /** Who a concern would be about, by name only (audited); 404 for anyone who does not meet the person. */
    @Transactional
    public Raising raising(ParticipantId person, SignedInUser user) {
        if (!mayRaise(person, user)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        UUID programme = programmeOf(person);
        // A mentor knows their mentee only by their preferred name, so that is all the raise page shows them.
        String name = user.has(org.anchorage.identity.Role.MENTOR)
                ? participants.supportFacts(person).map(org.anchorage.participant.SupportFacts::preferredName).orElse("")
                : participants.namesFor(List.of(person), "raising a safeguarding concern").getOrDefault(person, "");
        return new Raising(person, name, programmeName(programme), records.lead(programme).map(d -> name(d.user())).orElse(null));
    }

    /** The person a concern is about and who will receive it: the lead's name, or null while the programme has none. */
    public record Raising(ParticipantId person, String name, String programmeName, String leadName) {}

    /**
     * Raises a concern: it goes at once to the programme's lead and deputies (or its managers while it has no
     * lead), due to be acknowledged 1 working day later. Refused only for a missing or too long description.
     * {@link ConcernRaised} is published in this transaction, so the lead and deputies are told of it with it.
     */
    @Transactional
    public UUID raise(ParticipantId person, NewConcern concern, SignedInUser by) {
        if (!mayRaise(person, by)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        if (concern.description() == null || concern.description().isBlank()) {
            throw new RuleViolation("description", "Enter what you saw or heard");
        }
        if (concern.description().length() > NewConcern.MAX_DESCRIPTION) {
            throw new RuleViolation("description", "What you saw or heard must be " + NewConcern.MAX_DESCRIPTION + " characters or fewer");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        UUID programme = programmeOf(person);
        records.insert(new ConcernRow(id, person.value(), programme, by.id().value(), now,
                concern.categories().stream().map(ConcernCategory::code).toList(), concern.description().strip(),
                concern.immediateRisk().code(), concern.whenAndWhere(), concern.actionTaken(),
                concern.personKnows() == null ? null : concern.personKnows().code(),
                workingDays.add(today, ACKNOWLEDGE_WITHIN_WORKING_DAYS), null, null, false, null, null, null, "", 0));
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "raised a safeguarding concern about participant " + person.value());
        events.publishEvent(new ConcernRaised(id, person, new ProgrammeId(programme), concern.immediateRisk(), by.id()));
        return id;
    }

    // --- The raiser's own reports --------------------------------------------------------------------------

    /** The concerns this user raised, newest first, as their own reports (audited as shown). */
    @Transactional
    public List<OwnReport> mine(SignedInUser user) {
        List<ConcernRow> rows = records.raisedBy(user.id().value());
        Map<ParticipantId, String> names = namesKnownTo(user, rows, "the concerns they raised");
        audit.recordShown(RECORD_TYPE, rows.stream().map(ConcernRow::id).toList(), "viewed their own safeguarding reports");
        return rows.stream().map(r -> ownReport(r, names)).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasRaised(SignedInUser user) {
        return user != null && records.hasRaised(user.id().value());
    }

    /** One of this user's own reports (audited); 404 for a concern they did not raise. */
    @Transactional
    public OwnReport ownReport(UUID id, SignedInUser user) {
        ConcernRow row = records.concern(id).filter(r -> access.scopeOf(user).raised(new UserId(r.raisedBy())))
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(AuditAction.READ, RECORD_TYPE, id, "read their own safeguarding report");
        return ownReport(row, namesKnownTo(user, List.of(row), "their own safeguarding report"));
    }

    private static OwnReport ownReport(ConcernRow r, Map<ParticipantId, String> names) {
        return new OwnReport(r.id(), names.getOrDefault(new ParticipantId(r.participant()), ""), r.raisedAt(), categories(r),
                r.description(), answer(r.immediateRisk()), r.whenAndWhere(), r.actionTaken(), answer(r.personKnows()),
                r.acknowledgedAt() != null);
    }

    // --- The lead's and deputies' work ---------------------------------------------------------------------

    /** The programmes whose concerns this user handles: designated for, or managing one with no lead yet. */
    @Transactional(readOnly = true)
    public Set<UUID> handledProgrammes(SignedInUser user) {
        if (user == null) {
            return Set.of();
        }
        AccessScope scope = access.scopeOf(user);
        Set<UUID> designated = records.designatedProgrammes(user.id().value());
        Set<UUID> withLead = records.withLead(scope.programmeIds());
        return scope.programmeIds().stream().filter(p -> scope.handlesConcerns(p, designated.contains(p), withLead.contains(p)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the user reads this concern in full (the lead, a deputy, or a manager while there is no lead). */
    @Transactional(readOnly = true)
    public boolean handles(UUID id, SignedInUser user) {
        return records.concern(id).map(r -> handles(r, user)).orElse(false);
    }

    private boolean handles(ConcernRow r, SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        boolean designated = records.current(r.programme(), user.id().value()).isPresent();
        boolean hasLead = records.lead(r.programme()).isPresent();
        return scope.handlesConcerns(r.programme(), designated, hasLead);
    }

    /** How many concerns wait for this user to acknowledge them (for the header). */
    @Transactional(readOnly = true)
    public int waiting(SignedInUser user) {
        return records.waiting(handledProgrammes(user));
    }

    /** The queue: open concerns (urgent first), or the latest closed ones; people shown are audited. */
    @Transactional
    public List<QueuedConcern> queue(SignedInUser user, boolean open) {
        List<ConcernRow> rows = records.queue(handledProgrammes(user), open, QUEUE_LIMIT);
        Map<ParticipantId, String> names = names(rows, "the safeguarding queue");
        audit.recordShown(RECORD_TYPE, rows.stream().map(ConcernRow::id).toList(),
                open ? "viewed the open safeguarding concerns" : "viewed the closed safeguarding concerns");
        return rows.stream().map(r -> new QueuedConcern(r.id(), names.getOrDefault(new ParticipantId(r.participant()), ""),
                programmeName(r.programme()), r.raisedAt(), categories(r), answer(r.immediateRisk()), r.acknowledgeBy(),
                r.acknowledgedAt() != null, r.closedAt())).toList();
    }

    /** The concern in full for its lead and deputies (audited); 404 for anyone else, the raiser included. */
    @Transactional
    public Concern concern(UUID id, SignedInUser user) {
        ConcernRow r = handled(id, user);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "read the safeguarding concern");
        Map<ParticipantId, String> names = names(List.of(r), "a safeguarding concern");
        List<Concern.Action> actions = records.actions(id).stream().map(a -> new Concern.Action(a.kind(), a.on(),
                a.referredTo() == null ? null : ReferralAgency.fromCode(a.referredTo()).orElse(ReferralAgency.OTHER),
                a.reference(), a.contact(), a.text(), name(a.recordedBy()))).toList();
        return new Concern(r.id(), new ParticipantId(r.participant()), names.getOrDefault(new ParticipantId(r.participant()), ""),
                r.programme(), programmeName(r.programme()), name(r.raisedBy()), r.raisedAt(), categories(r), r.description(),
                answer(r.immediateRisk()), r.whenAndWhere(), r.actionTaken(), answer(r.personKnows()), r.acknowledgeBy(),
                r.acknowledgedAt(), r.acknowledgedBy() == null ? null : name(r.acknowledgedBy()), r.flagAllowed(), r.closedAt(),
                r.outcome() == null ? null : ConcernOutcome.fromCode(r.outcome()).orElse(ConcernOutcome.OTHER), r.outcomeNotes(),
                r.version(), actions);
    }

    @Transactional
    public void acknowledge(UUID id, int version, SignedInUser by) {
        ConcernRow r = handled(id, by);
        if (r.acknowledgedAt() != null) {
            throw new RuleViolation("acknowledge", "This concern was already acknowledged");
        }
        changed(records.acknowledge(id, version, clock.instant(), by.id().value()));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "acknowledged the safeguarding concern");
    }

    /** A decision, dated, in the lead's words. */
    @Transactional
    public void decide(UUID id, int version, LocalDate on, String decision, SignedInUser by) {
        ConcernRow r = open(handled(id, by));
        if (decision == null || decision.isBlank()) {
            throw new RuleViolation("decision", "Enter the decision");
        }
        changed(records.touch(id, version));
        records.insertAction(r.id(), new ActionRow("decision", on == null ? LocalDate.now(clock) : on, null, "", "",
                decision.strip(), by.id().value()), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "recorded a safeguarding decision");
    }

    /** A referral made: to which agency, when, their reference, to whom, and notes (all but the agency optional). */
    @Transactional
    public void refer(UUID id, int version, ReferralAgency to, LocalDate on, String reference, String contact, String notes,
                      SignedInUser by) {
        ConcernRow r = open(handled(id, by));
        if (to == null) {
            throw new RuleViolation("agency", "Choose who it was referred to");
        }
        changed(records.touch(id, version));
        records.insertAction(r.id(), new ActionRow("referral", on == null ? LocalDate.now(clock) : on, to.code(), strip(reference),
                strip(contact), strip(notes), by.id().value()), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "recorded a safeguarding referral to " + to.code());
    }

    /** Lets the person's navigator and the programme's managers see a flag with no detail, or stops it. */
    @Transactional
    public void allowFlag(UUID id, int version, boolean allowed, SignedInUser by) {
        handled(id, by);
        changed(records.allowFlag(id, version, allowed));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, allowed ? "let the navigator see a safeguarding flag" : "removed the safeguarding flag");
    }

    @Transactional
    public void close(UUID id, int version, ConcernOutcome outcome, String notes, SignedInUser by) {
        open(handled(id, by));
        if (outcome == null) {
            throw new RuleViolation("outcome", "Choose the outcome");
        }
        changed(records.close(id, version, outcome.code(), strip(notes), clock.instant(), by.id().value()));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "closed the safeguarding concern: " + outcome.code());
    }

    // --- For the worklist and the record header -----------------------------------------------------------

    /** Open, unacknowledged concerns this user handles (no names: the worklist line says only when and how urgent). */
    @Transactional(readOnly = true)
    public List<ConcernRow> unacknowledgedFor(SignedInUser user) {
        return records.queue(handledProgrammes(user), true, QUEUE_LIMIT).stream().filter(r -> r.acknowledgedAt() == null).toList();
    }

    /** Of these people, those with a concern whose lead allowed a flag, with the lead to speak to (or null). */
    @Transactional(readOnly = true)
    public Map<ParticipantId, String> flagged(Collection<ParticipantId> people) {
        Map<ParticipantId, String> flagged = new java.util.LinkedHashMap<>();
        for (UUID person : records.flagged(people.stream().map(ParticipantId::value).toList())) {
            String lead = records.flaggedProgrammes(person).stream().map(records::lead).flatMap(java.util.Optional::stream)
                    .map(d -> name(d.user())).findFirst().orElse(null);
            flagged.put(new ParticipantId(person), lead);
        }
        return flagged;
    }

    // --- Helpers ------------------------------------------------------------------------------------------

    private ConcernRow handled(UUID id, SignedInUser user) {
        return records.concern(id).filter(r -> handles(r, user)).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private static ConcernRow open(ConcernRow r) {
        if (r.closedAt() != null) {
            throw new RuleViolation("closed", "This concern is closed");
        }
        return r;
    }

    private static void changed(boolean done) {
        if (!done) {
            throw new RuleViolation("version", "Someone else changed this concern at the same moment. Check it and try again.");
        }
    }

    private UUID programmeOf(ParticipantId person) {
        return participants.programmeOf(person).map(ProgrammeId::value)
                .orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, person));
    }

    /** Names as the raiser knows the people: a mentor only by preferred name; other staff by full name. */
    private Map<ParticipantId, String> namesKnownTo(SignedInUser user, List<ConcernRow> rows, String purpose) {
        if (!user.has(org.anchorage.identity.Role.MENTOR)) {
            return names(rows, purpose);
        }
        Map<ParticipantId, String> names = new java.util.HashMap<>();
        rows.stream().map(r -> new ParticipantId(r.participant())).distinct().forEach(p ->
                participants.supportFacts(p).ifPresent(f -> names.put(p, f.preferredName())));
        return names;
    }

    private Map<ParticipantId, String> names(List<ConcernRow> rows, String purpose) {
        return rows.isEmpty() ? Map.of()
                : participants.namesFor(rows.stream().map(r -> new ParticipantId(r.participant())).distinct().toList(), purpose);
    }

    private String programmeName(UUID programme) {
        return programmes.find(new ProgrammeId(programme)).map(Programme::name).orElse("");
    }

    String name(UUID user) {
        return users.find(new UserId(user)).map(u -> u.displayName()).orElse("someone no longer with the programme");
    }

    private static List<ConcernCategory> categories(ConcernRow r) {
        List<ConcernCategory> list = new ArrayList<>();
        r.categories().forEach(c -> ConcernCategory.fromCode(c).ifPresent(list::add));
        return list;
    }

    private static Answer answer(String code) {
        return code == null ? null : Answer.fromCode(code).orElse(null);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
