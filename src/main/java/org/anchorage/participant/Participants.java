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
import org.anchorage.identity.UserId;
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
    /** Who the audit trail names for what the service does by itself (a scheduled job), as the outbox does. */
    static final String SERVICE = "Anchorage";
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
    private final org.springframework.beans.factory.ObjectProvider<RecordFlags> recordFlags;
    private final org.springframework.beans.factory.ObjectProvider<WorklistNotices> worklistNotices;
    private final org.springframework.beans.factory.ObjectProvider<TimelineSource> timelineSources;
    private final org.springframework.context.ApplicationEventPublisher events;

    Participants(AccessPolicy access, ParticipantRecords records, Referrals referrals, Programmes programmes, WorkingDays workingDays,
                 AuditTrail audit, Clock clock, Worklist worklist, org.anchorage.identity.Users users,
                 org.springframework.beans.factory.ObjectProvider<RecordFlags> recordFlags,
                 org.springframework.beans.factory.ObjectProvider<WorklistNotices> worklistNotices,
                 org.springframework.beans.factory.ObjectProvider<TimelineSource> timelineSources,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.access = access;
        this.timelineSources = timelineSources;
        this.events = events;
        this.recordFlags = recordFlags;
        this.worklistNotices = worklistNotices;
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
        Participant participant = new Participant(new ParticipantId(accepted.participant()), r.programme(), r.id(),
                r.givenName(), r.familyName(), r.dateOfBirth(), r.postcode(), r.email(), r.phone(),
                r.contactPreference().code(), accepted.navigator(), ParticipantStatus.REFERRED, null,
                LocalDate.ofInstant(r.receivedAt(), LONDON), null, clock.instant(), 0);
        records.insert(participant, WorkingDays.add(participant.referredOn(), FIRST_CONTACT_WORKING_DAYS, workingDays.holidays()),
                r.address());
        records.evidence(participant.id(), ParticipantStatus.REFERRED, "Referral " + r.reference() + " accepted onto the programme",
                clock.instant(), accepted.acceptedBy());
        records.timeline(participant.id(), clock.instant(), accepted.acceptedBy(), "enrolled",
                "Referral " + r.reference() + " accepted onto the programme");
        audit.recordAs(accepted.acceptedBy(), AuditAction.CREATE, RECORD_TYPE, participant.id(), "enrolled from " + r.reference());
    }

    /**
     * Another module recorded evidence for a stage (an assessment, an agreed plan, completed training, a
     * placement started or ended): the evidence is kept, the person moves forward to the stage it shows,
     * or back when the evidence for their current stage ended. Runs in the publisher's transaction, so the
     * two never disagree; a withdrawn participant keeps their stage and the step still reaches the timeline.
     */
    @EventListener
    @Transactional
    public void on(PipelineMilestone milestone) {
        Participant p = records.find(milestone.participant()).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, milestone.participant()));
        Instant now = clock.instant();
        if (milestone.reaches() != null && milestone.reaches() != ParticipantStatus.WITHDRAWN) {
            records.evidence(p.id(), milestone.reaches(), milestone.description(), now, milestone.actor());
        }
        if (milestone.endsEvidenceFor() != null) {
            records.endEvidence(p.id(), milestone.endsEvidenceFor(), now);
        }
        ParticipantStatus next = stageAfter(p, milestone);
        boolean moves = next != null && next != p.status();
        if (moves && !records.changeStatus(p.id(), p.version(), next, null)) {
            throw new RuleViolation("version", "Someone else changed this participant at the same moment. Try again.");
        }
        records.timeline(p.id(), now, milestone.actor(), milestone.timelineKind(),
                milestone.description() + (moves ? " (" + p.status().label() + " → " + next.label() + ")" : ""));
        audit.recordAs(milestone.actor(), AuditAction.CHANGE, RECORD_TYPE, p.id(),
                moves ? "stage " + next.code() + " from " + milestone.timelineKind() + " evidence" : milestone.timelineKind() + " step on the timeline");
    }

    /** Forward to the stage the evidence shows; back to the highest stage still evidenced when the current one's ended. */
    private ParticipantStatus stageAfter(Participant p, PipelineMilestone milestone) {
        if (p.status() == ParticipantStatus.WITHDRAWN) {
            return null;
        }
        if (milestone.endsEvidenceFor() == p.status()) {
            return milestone.reaches() != null && milestone.reaches().ordinal() < p.status().ordinal() ? milestone.reaches()
                    : highestEvidenced(p.id(), p.status());
        }
        ParticipantStatus next = milestone.reaches();
        return next != null && p.status().canMoveTo(next) ? next : null;
    }

    private ParticipantStatus highestEvidenced(ParticipantId id, ParticipantStatus below) {
        return records.evidence(id).stream().filter(StageEvidence::holds).map(StageEvidence::stage)
                .filter(s -> s.ordinal() < below.ordinal()).max(Comparator.naturalOrder()).orElse(ParticipantStatus.REFERRED);
    }

    /** The person's age in whole years on a date, for the minimum wage check; the date of birth itself stays here. */
    @Transactional
    public int ageOn(ParticipantId id, LocalDate on, String purpose) {
        Participant p = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(AuditAction.READ, RECORD_TYPE, id, "age on " + on + " for " + purpose);
        return Period.between(p.dateOfBirth(), on).getYears();
    }

    /**
     * What changes how the service treats the person on a day (under 18, easy read and a longer induction,
     * care leaver), for another module to act on without seeing the date of birth or the disability; audited.
     */
    @Transactional
    public ServiceNeeds serviceNeeds(ParticipantId id, LocalDate on, String purpose) {
        Participant p = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        PersonalDetails details = records.details(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(AuditAction.READ, RECORD_TYPE, id, "service needs on " + on + " for " + purpose);
        return new ServiceNeeds(ServiceNeeds.under18(p.dateOfBirth(), on), ServiceNeeds.eighteenthBirthday(p.dateOfBirth()),
                details.hasLearningDisability(), details.isCareLeaver());
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

    /**
     * Everyone not withdrawn in a programme, or in every programme when it is null, for work the service
     * does on everyone's behalf (recomputing early warnings); ids only, so nothing personal is read.
     */
    @Transactional(readOnly = true)
    public List<ParticipantId> notWithdrawn(ProgrammeId programme) {
        return records.notWithdrawn(programme);
    }

    /**
     * The programme a person is on, for work done on their behalf (early warnings) or routed to that programme's
     * staff (a safeguarding concern to its lead) without reading the record. Ids only; not personal on its own.
     */
    @Transactional(readOnly = true)
    public Optional<ProgrammeId> programmeOf(ParticipantId id) {
        return records.find(id).map(Participant::programme);
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
        PersonalDetails details = records.details(id).orElseThrow();
        if ("post".equals(details.contactPreference()) && details.addressLines().isEmpty()) {
            flags.add("No postal address for letters");
        }
        String navigator = users.find(p.navigator()).map(org.anchorage.identity.UserAccount::displayName).orElse("No navigator");
        String programme = programmes.find(p.programme()).map(Programme::name).orElse("");
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(p.enrolledAt(), LONDON), today);
        List<RecordFlag> raised = new java.util.ArrayList<>();
        recordFlags.orderedStream().forEach(source -> raised.addAll(source.flagsFor(List.of(id), user, today)));
        raised.sort(Comparator.comparing(RecordFlag::urgent).reversed().thenComparing(RecordFlag::kind));
        return new RecordSummary(id, p.fullName(), p.status(), navigator, programme, Math.max(0, days),
                List.copyOf(due), List.copyOf(flags), p.version(), details.communicationNeeds(), List.copyOf(raised));
    }

    /** Now, by the service's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** Today in England, by the service's clock (forms check dates against it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Timeline: the participant's own entries and the history of the referral(s) that brought them. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(ParticipantId id, SignedInUser user) {
        Participant participant = visible(id, user);
        List<TimelineEntry> own = records.timeline(id);
        List<TimelineEntry> referral = new java.util.ArrayList<>(referrals.history(participant.referral()).stream()
                .map((ReferralEvent e) -> new TimelineEntry(e.occurredAt(), e.actor(), "referral", e.detail())).toList());
        timelineSources.orderedStream().forEach(source -> referral.addAll(source.entriesFor(id, participant.referral())));
        // Staff are shown by name, as people know each other; anything else (a resident, the system) as recorded.
        java.util.Map<String, String> names = new java.util.HashMap<>();
        return java.util.stream.Stream.concat(own.stream(), referral.stream())
                .sorted(Comparator.comparing(TimelineEntry::occurredAt).reversed())
                .map(e -> new TimelineEntry(e.occurredAt(), names.computeIfAbsent(String.valueOf(e.actor()), actor ->
                        users.findByEmail(actor).map(org.anchorage.identity.UserAccount::displayName).orElse(actor)), e.kind(), e.detail()))
                .toList();
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
        LocalDate today = LocalDate.now(clock);
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<CaseloadEntry> entries = people.stream()
                .filter(p -> status == null || p.status() == status)
                .filter(p -> term.isEmpty() || p.fullName().toLowerCase(Locale.ROOT).contains(term))
                .map(p -> {
                    LocalDate due = p.firstContactDue();
                    boolean overdue = p.firstContactAt() == null && p.status() != ParticipantStatus.WITHDRAWN && today.isAfter(due);
                    return new CaseloadEntry(p, Period.between(p.dateOfBirth(), today).getYears(), due, overdue);
                })
                .sorted(Comparator.comparing((CaseloadEntry e) -> !e.overdue()).thenComparing(e -> e.participant().familyName()))
                .toList();
        audit.recordShown(RECORD_TYPE, entries.stream().map(e -> e.participant().id()).toList(), "opened caseload");
        return entries;
    }

    /**
     * The worklist: everything due or overdue for the people a navigator looks after (a manager may open
     * any navigator's in their programmes), plus referrals waiting to be acknowledged. Filtered by the
     * access policy in SQL; the people whose lines are shown are audited as shown.
     */
    @Transactional
    public Worklist.View worklist(SignedInUser user, UserId ofNavigator, String kind, int page) {
        AccessScope scope = access.scopeOf(user);
        UserId navigator;
        if (scope.is(Role.NAVIGATOR)) {
            navigator = user.id();
        } else if (scope.is(Role.PROGRAMME_MANAGER) && ofNavigator != null) {
            navigator = ofNavigator;
        } else {
            return worklist.view(java.util.Map.of(), List.of(), null, 1);
        }
        java.util.Map<ParticipantId, String> people = records.namesOnCaseload(scope.programmeIds(), navigator);
        List<DueItem> items = new java.util.ArrayList<>(worklist.dueFor(people.keySet()));
        if (navigator.equals(user.id())) {
            items.addAll(acknowledgementsDue(user));
            items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        }
        String chosen = kind == null || kind.isBlank() || items.stream().noneMatch(i -> i.kind().equals(kind)) ? null : kind;
        Worklist.View view = worklist.view(people, items, chosen, page);
        audit.recordShown(RECORD_TYPE, view.lines().stream().map(l -> l.item().participant()).filter(java.util.Objects::nonNull)
                .distinct().toList(), "opened the worklist");
        return view;
    }

    /** What must come first on this user's worklist from other modules (a safeguarding concern for its lead), urgent first. */
    @Transactional(readOnly = true)
    public List<WorklistNotices.WorklistNotice> worklistNotices(SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        List<WorklistNotices.WorklistNotice> notices = new java.util.ArrayList<>();
        worklistNotices.orderedStream().forEach(source -> notices.addAll(source.noticesFor(user, today)));
        notices.sort(Comparator.comparing(WorklistNotices.WorklistNotice::urgent).reversed()
                .thenComparing(n -> n.dueOn() == null ? LocalDate.MAX : n.dueOn()));
        return notices;
    }

    /** How many things are overdue on a navigator's own worklist: a number only, so no names are read or shown. */
    @Transactional(readOnly = true)
    public int overdueOnWorklist(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (!scope.is(Role.NAVIGATOR)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        return (int) worklist.dueFor(records.peopleAndNavigators(scope.programmeIds(), user.id()).keySet()).stream()
                .filter(i -> i.overdueOn(today)).count();
    }

    /**
     * Per navigator, how many things are overdue on their own worklist on a day, and how many of each kind: for the
     * morning digest that tells them so. Counts only (no names, nothing of any one person), each navigator's people
     * filtered by the same rule as their worklist (their caseload in the programmes their organisation takes part in);
     * enabled navigators only, and only those with something overdue. Audited as one read by the service.
     */
    @Transactional(readOnly = true)
    public List<Worklist.Overdue> overdueByNavigator(LocalDate today) {
        java.util.Map<ParticipantId, UserId> people = new java.util.HashMap<>();
        for (UserId navigator : records.navigatorsWithCaseload()) {
            users.find(navigator).filter(u -> u.enabled() && u.role() == Role.NAVIGATOR).ifPresent(u -> {
                AccessScope scope = access.scopeOf(new SignedInUser(u.id(), u.email(), u.displayName(), u.role(),
                        u.organisationId(), true, null));
                people.putAll(records.peopleAndNavigators(scope.programmeIds(), u.id()));
            });
        }
        java.util.Map<UserId, java.util.Map<String, Integer>> counts = new java.util.HashMap<>();
        for (DueItem item : worklist.dueFor(people.keySet(), today)) {
            UserId navigator = people.get(item.participant());
            if (navigator != null && item.overdueOn(today)) {
                counts.computeIfAbsent(navigator, n -> new java.util.TreeMap<>()).merge(item.kind(), 1, Integer::sum);
            }
        }
        audit.recordAs(SERVICE, AuditAction.READ, RECORD_TYPE, null, "counted what is overdue on " + counts.size()
                + " navigators' worklists on " + today + " for the morning digest (counts only, no names)");
        return counts.entrySet().stream()
                .map(e -> new Worklist.Overdue(e.getKey(), e.getValue().values().stream().mapToInt(Integer::intValue).sum(),
                        java.util.Collections.unmodifiableMap(e.getValue())))
                .sorted(Comparator.comparing(o -> o.navigator().value()))
                .toList();
    }

    /** An appointment to remind its person of: which, whose, when, where and what for. */
    public record AppointmentToRemind(UUID appointment, ParticipantId participant, ProgrammeId programme, Instant startsAt,
                                      String place, String purpose) {}

    /**
     * The appointments starting on a day in England that are still to happen (no outcome recorded) for people not
     * withdrawn, soonest first: for the reminder each person gets the day before. No name or contact details (the
     * sender asks {@link #contactRoute} for those, audited per person); this read is audited as one by the service.
     */
    @Transactional(readOnly = true)
    public List<AppointmentToRemind> appointmentsOn(LocalDate day) {
        List<AppointmentToRemind> due = records.appointmentsStarting(day.atStartOfDay(LONDON).toInstant(),
                day.plusDays(1).atStartOfDay(LONDON).toInstant());
        audit.recordAs(SERVICE, AuditAction.READ, RECORD_TYPE, null, due.size() + " appointments on " + day + " for their reminders");
        return due;
    }

    /** Referrals in the triage queue still to be acknowledged, due 2 working days after they arrived. */
    private List<DueItem> acknowledgementsDue(SignedInUser user) {
        Set<LocalDate> holidays = workingDays.holidays();
        return referrals.waiting(user).stream().filter(r -> r.acknowledgedAt() == null)
                .map(r -> new DueItem(null, "Acknowledge referral", "Acknowledge the referral of " + r.fullName() + " (" + r.reference() + ")",
                        WorkingDays.add(LocalDate.ofInstant(r.receivedAt(), LONDON), 2, holidays), "/triage/" + r.id().value()))
                .toList();
    }

    /** A manager's view of the team: per navigator in their programmes, caseload size and what is due and overdue. */
    @Transactional
    public List<Worklist.TeamRow> team(SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (!scope.is(Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        java.util.Map<ParticipantId, UserId> people = records.peopleAndNavigators(scope.programmeIds(), null);
        LocalDate today = LocalDate.now(clock);
        java.util.Map<UserId, int[]> counts = new java.util.HashMap<>();
        people.values().forEach(n -> counts.computeIfAbsent(n, k -> new int[3])[0]++);
        for (DueItem item : worklist.dueFor(people.keySet())) {
            int[] c = counts.get(people.get(item.participant()));
            if (c != null) {
                c[1]++;
                if (item.overdueOn(today)) {
                    c[2]++;
                }
            }
        }
        audit.record(AuditAction.READ, RECORD_TYPE, null, "opened the team's worklist counts (no names)");
        return counts.entrySet().stream()
                .map(e -> new Worklist.TeamRow(e.getKey(), users.find(e.getKey()).map(org.anchorage.identity.UserAccount::displayName)
                        .orElse("Unknown navigator"), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt((Worklist.TeamRow r) -> -r.overdue()).thenComparing(Worklist.TeamRow::name))
                .toList();
    }

    /** The navigator's display name, when a manager opens their worklist and may see them (same programmes). */
    @Transactional(readOnly = true)
    public Optional<String> navigatorName(UserId navigator, SignedInUser user) {
        AccessScope scope = access.scopeOf(user);
        if (!scope.is(Role.PROGRAMME_MANAGER) || records.peopleAndNavigators(scope.programmeIds(), navigator).isEmpty()) {
            return Optional.empty();
        }
        return users.find(navigator).map(org.anchorage.identity.UserAccount::displayName);
    }

    /** One page of the caseload, as its page shows it. */
    public record CaseloadPage(List<CaseloadEntry> entries, int total, int page, int pages) {}

    public static final int CASELOAD_PAGE_SIZE = 25;

    /**
     * A page of the caseload, filtered and paged in SQL by the access policy: a navigator's own people,
     * or everyone in a manager's programmes; first contacts overdue first, then by family name.
     */
    @Transactional
    public CaseloadPage caseloadPage(SignedInUser user, String search, ParticipantStatus status, int page) {
        AccessScope scope = access.scopeOf(user);
        UserId navigator;
        if (scope.is(Role.NAVIGATOR)) {
            navigator = user.id();
        } else if (scope.is(Role.PROGRAMME_MANAGER)) {
            navigator = null;
        } else {
            return new CaseloadPage(List.of(), 0, 1, 1);
        }
        LocalDate today = LocalDate.now(clock);
        int total = records.caseloadSize(scope.programmeIds(), navigator, status, search, today);
        int pages = Math.max(1, (total + CASELOAD_PAGE_SIZE - 1) / CASELOAD_PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<CaseloadEntry> entries = records.caseloadPage(scope.programmeIds(), navigator, status, search, today,
                        (current - 1) * CASELOAD_PAGE_SIZE, CASELOAD_PAGE_SIZE).stream()
                .map(p -> new CaseloadEntry(p, Period.between(p.dateOfBirth(), today).getYears(), p.firstContactDue(),
                        p.firstContactAt() == null && p.status() != ParticipantStatus.WITHDRAWN && today.isAfter(p.firstContactDue())))
                .toList();
        audit.recordShown(RECORD_TYPE, entries.stream().map(e -> e.participant().id()).toList(), "opened caseload");
        return new CaseloadPage(entries, total, current, pages);
    }

    @Transactional
    public void recordContact(ParticipantId id, String how, String note, SignedInUser by) {
        Participant p = visible(id, by);
        String text = required(note, "note", "Write what was discussed", 4000);
        String method = required(how, "how", "Choose how you were in touch", 50);
        records.timeline(id, clock.instant(), by.email(), "contact", method + ": " + text);
        if (p.firstContactAt() == null) {
            records.firstContact(id, clock.instant());
            records.evidence(id, ParticipantStatus.ENGAGED, "First contact recorded (" + method.toLowerCase(Locale.ROOT) + ")",
                    clock.instant(), by.email());
            if (p.status() == ParticipantStatus.REFERRED) {
                records.changeStatus(id, p.version(), ParticipantStatus.ENGAGED, null);
                records.timeline(id, clock.instant(), by.email(), "stage", "Referred → Engaged: first contact recorded");
            }
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "recorded a contact");
        events.publishEvent(new EngagementChanged(id, "contact"));
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
                "Appointment booked for " + org.anchorage.shared.web.Display.dateTime(startsAt) + " at " + appointment.place() + ": " + appointment.purpose());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "booked an appointment");
    }

    /** Appointment outcomes a navigator records afterwards; two missed in a row is an early warning. */
    public static final java.util.Map<String, String> APPOINTMENT_OUTCOMES = java.util.Collections.unmodifiableSortedMap(
            new java.util.TreeMap<>(java.util.Map.of("attended", "Attended", "did-not-attend", "Did not attend")));

    /** Records whether the person came to an appointment that has started; on the timeline and audited. */
    @Transactional
    public void recordAppointmentOutcome(ParticipantId id, UUID appointment, String outcome, SignedInUser by) {
        visible(id, by);
        if (outcome == null || !APPOINTMENT_OUTCOMES.containsKey(outcome)) {
            throw new RuleViolation("outcome", "Choose whether the person attended");
        }
        if (!records.appointmentOutcome(id, appointment, outcome, by.email(), clock.instant())) {
            throw new RuleViolation("outcome", "You can record whether the person attended once the appointment has started");
        }
        records.timeline(id, clock.instant(), by.email(), "appointment", "Appointment outcome: " + APPOINTMENT_OUTCOMES.get(outcome).toLowerCase(Locale.ROOT));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "recorded an appointment outcome");
        events.publishEvent(new EngagementChanged(id, "appointment outcome"));
    }

    /** The stage evidence on the record, one line per stage reached (held or ended). */
    @Transactional(readOnly = true)
    public List<StageEvidence> stageEvidence(ParticipantId id, SignedInUser user) {
        visible(id, user);
        return records.evidence(id).stream().sorted(Comparator.comparing(StageEvidence::stage)).toList();
    }

    /**
     * The stages a navigator may correct the record to: any other stage whose evidence still holds, and
     * withdrawn. Never a stage without evidence, so "Sustained in work" cannot be picked on day one.
     */
    @Transactional(readOnly = true)
    public List<ParticipantStatus> correctableStages(ParticipantId id, SignedInUser user) {
        Participant p = visible(id, user);
        List<ParticipantStatus> stages = new java.util.ArrayList<>(records.evidence(id).stream().filter(StageEvidence::holds)
                .map(StageEvidence::stage).filter(s -> s != p.status()).sorted().toList());
        if (p.status() != ParticipantStatus.WITHDRAWN) {
            stages.add(ParticipantStatus.WITHDRAWN);
        }
        return stages;
    }

    /**
     * Corrects a wrong stage (or withdraws the person), always with a reason, audited and on the timeline.
     * Refuses a stage whose evidence is missing, naming what it needs, and a stale page.
     */
    @Transactional
    public void correctStage(ParticipantId id, int version, ParticipantStatus next, String reason, SignedInUser by) {
        Participant p = visible(id, by);
        String why = required(reason, "reason", next == ParticipantStatus.WITHDRAWN ? "Give the reason the participant withdrew"
                : "Give the reason for correcting the stage", 500);
        if (p.version() != version) {
            throw new RuleViolation("version", "Someone else changed this record while you were looking at it. Reload the page.");
        }
        if (next == p.status()) {
            throw new RuleViolation("status", "The participant is already " + next.label().toLowerCase(Locale.ROOT));
        }
        if (next != ParticipantStatus.WITHDRAWN && !correctableStages(id, by).contains(next)) {
            throw new RuleViolation("status", next.label() + " needs evidence first: " + next.evidenceNeeded().toLowerCase(Locale.ROOT));
        }
        if (!records.changeStatus(id, version, next, next == ParticipantStatus.WITHDRAWN ? why : null)) {
            throw new RuleViolation("version", "Someone else changed this record while you were looking at it. Reload the page.");
        }
        records.timeline(id, clock.instant(), by.email(), "stage", p.status().label() + " → " + next.label() + ": " + why);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "stage corrected to " + next.code());
    }

    /**
     * How to reach the person, for sending them a message: no caller's scope, as the messages follow the record's own
     * changes; the read is audited with its purpose.
     */
    @Transactional
    public ContactRoute contactRoute(ParticipantId id, String purpose) {
        Participant p = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        PersonalDetails d = records.details(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(AuditAction.READ, RECORD_TYPE, id, "contact details to send " + purpose);
        List<String> address = java.util.stream.Stream.of(p.givenName() + " " + p.familyName(), d.addressLine1(), d.addressLine2(),
                d.town(), d.postcode()).filter(line -> line != null && !line.isBlank()).toList();
        String name = d.preferredName() == null || d.preferredName().isBlank() ? p.givenName() : d.preferredName();
        return new ContactRoute(name, d.email(), d.phone(), d.contactPreference(), address, d.largePrint(), d.easyRead() || d.hasLearningDisability());
    }

    /** The person's contact details, address, employment, right to work and communication needs (audited). */
    @Transactional
    public PersonalDetails details(ParticipantId id, SignedInUser user) {
        visible(id, user);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed personal details");
        return records.details(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /**
     * Saves changed details, refusing a stale page; what changed goes on the timeline in plain words (the
     * values themselves stay in the record). The form checks every field first; these are the rules that
     * hold whatever the form: a letter needs an address, a call or text a phone number, an email an address.
     */
    @Transactional
    public void changeDetails(ParticipantId id, int version, PersonalDetails changed, SignedInUser by) {
        Participant p = visible(id, by);
        for (var problem : problemsWith(changed, LocalDate.now(clock))) {
            throw new RuleViolation(problem.getKey(), problem.getValue());
        }
        PersonalDetails before = records.details(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (p.version() != version || !records.saveDetails(id, version, changed, clock.instant())) {
            throw new RuleViolation("version", "Someone else changed these details while you were editing them. Reload the page to see their changes.");
        }
        List<String> changes = changed.changesFrom(before);
        if (!changes.isEmpty()) {
            records.timeline(id, clock.instant(), by.email(), "details", String.join("; ", changes));
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, "changed personal details");
    }

    /**
     * The rules details must keep, field by field, so a form can show them all at once; a time-limited
     * right to work must not have ended already.
     */
    public static List<java.util.Map.Entry<String, String>> problemsWith(PersonalDetails d, LocalDate today) {
        List<java.util.Map.Entry<String, String>> problems = new java.util.ArrayList<>();
        if (d.contactPreference() == null || !PersonalDetails.CONTACT_PREFERENCES.containsKey(d.contactPreference())) {
            problems.add(java.util.Map.entry("contactPreference", "Choose how the person would like to be contacted"));
        } else if (d.contactPreference().equals("email") && d.email() == null) {
            problems.add(java.util.Map.entry("email", "Enter an email address, as the person would like to be contacted by email"));
        } else if ((d.contactPreference().equals("phone") || d.contactPreference().equals("text")) && d.phone() == null) {
            problems.add(java.util.Map.entry("phone", "Enter a phone number, as the person would like calls or texts"));
        } else if (d.contactPreference().equals("post") && (d.addressLine1() == null || d.town() == null)) {
            if (d.addressLine1() == null) {
                problems.add(java.util.Map.entry("addressLine1", "Enter the first line of the address, as the person would like letters"));
            }
            if (d.town() == null) {
                problems.add(java.util.Map.entry("town", "Enter the town or city, as the person would like letters"));
            }
        }
        if (d.employmentStatus() != null && !PersonalDetails.EMPLOYMENT_STATUSES.containsKey(d.employmentStatus())) {
            problems.add(java.util.Map.entry("employmentStatus", "Choose an employment status from the list"));
        }
        if (d.rightToWork() != null && !PersonalDetails.RIGHT_TO_WORK.containsKey(d.rightToWork())) {
            problems.add(java.util.Map.entry("rightToWork", "Choose a right to work answer from the list"));
        } else if ("time-limited".equals(d.rightToWork()) && d.rightToWorkUntil() == null) {
            problems.add(java.util.Map.entry("rightToWorkUntil", "Enter the date the right to work ends"));
        }
        if (d.rightToWorkUntil() != null && d.rightToWorkUntil().isBefore(today)) {
            problems.add(java.util.Map.entry("rightToWorkUntil",
                    "The date the right to work ends must be today or later; if it has ended, choose \"Still to be checked\""));
        }
        return problems;
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

    /**
     * How many of these people gave each answer to one equality question ({@code field}: "ethnicCategory",
     * "sex", "disability" or another of {@link EqualityMonitoring#CHOICES}), counted in SQL so no one's answer
     * leaves this module: "not-known" for no answer recorded. For reporting, which suppresses small counts
     * before a funder sees them; the count is audited (what was counted, not whose).
     */
    @Transactional
    public java.util.Map<String, Long> equalityCounts(java.util.Collection<ParticipantId> people, String field, String purpose) {
        if (!field.equals("ethnicCategory") && !EqualityMonitoring.CHOICES.containsKey(field)) {
            throw new IllegalArgumentException("Not an equality question: " + field);
        }
        audit.record(AuditAction.READ, EQUALITY_RECORD_TYPE, null, "counted " + field + " answers of " + people.size()
                + " participants for " + purpose);
        return records.equalityCounts(people.stream().map(ParticipantId::value).toList(), field);
    }

    /** Age bands on the day each person was referred, in order, for {@link #ageCounts}. */
    public static final List<String> AGE_BANDS = List.of("Under 16", "16 to 24", "25 to 34", "35 to 49", "50 to 64", "65 and over");

    /**
     * How many of these people were in each age band on the day they were referred, counted in SQL so no date of
     * birth leaves this module; audited as a count.
     */
    @Transactional
    public java.util.Map<String, Long> ageCounts(java.util.Collection<ParticipantId> people, String purpose) {
        audit.record(AuditAction.READ, RECORD_TYPE, null, "counted the age bands of " + people.size() + " participants for " + purpose);
        return records.ageCounts(people.stream().map(ParticipantId::value).toList());
    }

    // --- For wraparound support (step 8) ---

    /**
     * The minimum the support module needs about a person ({@link SupportFacts}), for its own access rule
     * (a mentor's assignment) to decide on; the caller audits what it shows. The preferred name falls back
     * to the given name, never the full name.
     */
    @Transactional(readOnly = true)
    public Optional<SupportFacts> supportFacts(ParticipantId id) {
        return records.find(id).map(p -> {
            String preferred = records.details(id).map(PersonalDetails::preferredName).filter(n -> n != null && !n.isBlank())
                    .orElse(p.givenName());
            return new SupportFacts(p.id(), p.programme(), p.navigator(), preferred, p.contactPreference(), p.postcode(), p.status());
        });
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
