package org.anchorage.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.Organisations;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.SupportFacts;
import org.anchorage.placement.Placements;
import org.anchorage.plan.MatchingProfile;
import org.anchorage.plan.Plans;
import org.anchorage.programme.Programme;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.support.internal.MentoringRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring: a navigator or programme manager assigns a mentor (an enabled {@code mentor} user of any
 * organisation in the person's programme) from a start date to an end date; the mentor logs sessions and
 * plans the next; the assigner can end it early with a reason. One mentor at a time. A mentor sees only
 * their current mentees, and only what mentoring needs ({@link MenteeView}); every read is audited.
 */
@Service
public class Mentoring {

    public static final String RECORD_TYPE = "mentoring";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Suggestions look this far for a mentor; further than this is not suggested on distance. */
    static final double NEAR_KM = 15;
    public static final int MAX_MINUTES = 480;

    /** How a session was held, in the programme's words. */
    public static final Map<String, String> MODES = new LinkedHashMap<>();
    /** What a session was about: a short list so sessions can be counted by topic. */
    public static final Map<String, String> TOPICS = new LinkedHashMap<>();

    static {
        MODES.put("in-person", "In person");
        MODES.put("phone", "Phone");
        MODES.put("video", "Video");
        TOPICS.put("confidence", "Confidence and motivation");
        TOPICS.put("work-readiness", "Getting ready for work");
        TOPICS.put("applications", "Applications and interviews");
        TOPICS.put("placement", "Starting or settling into a placement");
        TOPICS.put("travel", "Travel and getting to work");
        TOPICS.put("money", "Money and benefits");
        TOPICS.put("wellbeing", "Wellbeing");
        TOPICS.put("nhs-careers", "Careers in the NHS");
        TOPICS.put("other", "Something else");
    }

    private final MentoringRecords records;
    private final Participants participants;
    private final Plans plans;
    private final Placements placements;
    private final Users users;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Areas areas;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Mentoring(MentoringRecords records, Participants participants, Plans plans, Placements placements, Users users,
              Programmes programmes, Organisations organisations, Areas areas, AccessPolicy access, AuditTrail audit, Clock clock,
              org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.records = records;
        this.participants = participants;
        this.plans = plans;
        this.placements = placements;
        this.users = users;
        this.programmes = programmes;
        this.organisations = organisations;
        this.areas = areas;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    // --- Staff: the record's Mentoring section --------------------------------------------------------

    /** What the staff section shows: every assignment (newest first) and the sessions, with unshared notes left out. */
    public record OnRecord(List<MentoringAssignment> assignments, List<MentoringSession> sessions) {

        public Optional<MentoringAssignment> current(LocalDate today) {
            return assignments.stream().filter(a -> a.activeOrPlanned(today)).findFirst();
        }
    }

    @Transactional
    public OnRecord onRecord(ParticipantId person, SignedInUser by) {
        assigner(person, by);
        List<MentoringAssignment> assignments = named(records.ofPerson(person));
        List<MentoringSession> sessions = records.sessions(person).stream().map(MentoringSession::withoutNotes).toList();
        audit.record(AuditAction.READ, RECORD_TYPE, person, "viewed the mentoring section (unshared notes withheld)");
        return new OnRecord(assignments, sessions);
    }

    /**
     * Assigns a mentor. Refused, naming each field: a mentor who is not an enabled mentor of an organisation
     * taking part in the person's programme; a person who already has a current or planned mentor; a start
     * more than 30 days ago or more than a year ahead; an end on or before the start, or more than two years on.
     */
    @Transactional
    public UUID assign(ParticipantId person, UserId mentor, LocalDate startsOn, LocalDate endsOn, SignedInUser by) {
        SupportFacts facts = assigner(person, by);
        records.lockPerson(person);
        LocalDate today = today();
        List<RuleViolation> problems = new ArrayList<>();
        Optional<UserAccount> account = mentor == null ? Optional.empty() : users.find(mentor);
        if (account.isEmpty() || !access.mayMentor(account.get().role(), account.get().enabled(), account.get().organisationId(),
                facts.programme().value())) {
            problems.add(new RuleViolation("mentor", "Choose a mentor from an organisation taking part in the programme"));
        }
        records.ofPerson(person).stream().filter(a -> a.activeOrPlanned(today)).findFirst().ifPresent(a -> problems.add(
                new RuleViolation("mentor", "They already have a mentor, " + nameOf(a.mentor()) + ": end that mentoring first")));
        if (startsOn == null) {
            problems.add(new RuleViolation("startsOn", "Enter the date the mentoring starts"));
        } else if (startsOn.isBefore(today.minusDays(30))) {
            problems.add(new RuleViolation("startsOn", "The start date must be within the last 30 days or later"));
        } else if (startsOn.isAfter(today.plusYears(1))) {
            problems.add(new RuleViolation("startsOn", "The start date must be within the next year"));
        }
        if (endsOn != null && startsOn != null && !endsOn.isAfter(startsOn)) {
            problems.add(new RuleViolation("endsOn", "The end date must be after the start date"));
        } else if (endsOn != null && startsOn != null && endsOn.isAfter(startsOn.plusYears(2))) {
            problems.add(new RuleViolation("endsOn", "The end date must be within two years of the start"));
        } else if (endsOn != null && !endsOn.isAfter(today)) {
            problems.add(new RuleViolation("endsOn", "The end date must be in the future"));
        }
        MentoringProblems.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        records.insert(id, person, facts.programme(), mentor, startsOn, endsOn, by.id(), clock.instant());
        audit.record(AuditAction.CREATE, RECORD_TYPE, person, "assigned mentor " + mentor.value() + " from " + startsOn);
        return id;
    }

    /** Ends the current mentoring early, with a reason; from that moment the mentor no longer sees the person. */
    @Transactional
    public void endEarly(ParticipantId person, UUID mentoring, int version, String reason, SignedInUser by) {
        assigner(person, by);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("reason", "Say why the mentoring is ending");
        }
        if (why.length() > 500) {
            throw new RuleViolation("reason", "Keep the reason to 500 characters or fewer");
        }
        MentoringAssignment a = records.ofPerson(person).stream().filter(m -> m.id().equals(mentoring)).findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, mentoring));
        if (!a.activeOrPlanned(today())) {
            throw new RuleViolation("reason", "This mentoring has already ended");
        }
        if (!records.endEarly(mentoring, version, why, today())) {
            throw new RuleViolation("version", "Someone else changed this mentoring at the same moment. Reload the page and try again.");
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, person, "ended mentoring early");
    }

    /**
     * Free mentors who could take this person on (fewer current or planned mentees than they can take),
     * from organisations taking part in the person's programme: those sharing a role family with the
     * person's work interests first, then the nearest to the person's postcode, then the least busy.
     */
    @Transactional
    public List<MentorSuggestion> suggestions(ParticipantId person, SignedInUser by) {
        SupportFacts facts = assigner(person, by);
        Programme programme = programmes.get(facts.programme());
        List<UserAccount> mentors = new ArrayList<>();
        for (var organisation : programme.organisations()) {
            users.inOrganisationWithRole(organisation, Role.MENTOR).stream()
                    .filter(u -> access.mayMentor(u.role(), u.enabled(), u.organisationId(), facts.programme().value()))
                    .forEach(mentors::add);
        }
        LocalDate today = today();
        Map<UserId, Integer> loads = records.loads(mentors.stream().map(UserAccount::id).toList(), today);
        MatchingProfile profile = plans.matchingProfiles(List.of(person), by).get(person);
        List<String> interests = profile == null ? List.of() : profile.interests();
        Optional<AreaProfile> home = place(facts.postcode());
        List<MentorSuggestion> suggestions = new ArrayList<>();
        for (UserAccount m : mentors) {
            MentorProfile p = records.profile(m.id()).orElse(MentorProfile.NONE);
            int load = loads.getOrDefault(m.id(), 0);
            if (load >= p.capacity()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            boolean shares = !p.roleFamily().isBlank() && interests.contains(p.roleFamily());
            String family = Plans.ROLE_FAMILIES.getOrDefault(p.roleFamily(), p.roleFamily());
            if (shares) {
                reasons.add("Works in " + family.toLowerCase() + ", which they are interested in");
            } else if (!p.roleFamily().isBlank()) {
                reasons.add("Works in " + family.toLowerCase());
            } else {
                reasons.add("Has not said which role family they work in");
            }
            Double km = null;
            Optional<AreaProfile> base = place(p.basePostcode());
            if (home.isPresent() && base.isPresent()) {
                km = home.get().kilometresTo(base.get());
                reasons.add(String.format("Based %.1f km from their home postcode", km));
            } else {
                reasons.add(home.isEmpty() ? "Their postcode is not on the map, so distance is unknown"
                        : "Has not given a base postcode, so distance is unknown");
            }
            reasons.add(load == 0 ? "Mentoring nobody at the moment" : "Mentoring " + load + " of up to " + p.capacity());
            String organisationName = organisations.find(m.organisationId()).map(Organisation::name).orElse("");
            suggestions.add(new MentorSuggestion(m.id(), m.displayName(), organisationName, shares, km, load, p.capacity(),
                    List.copyOf(reasons)));
        }
        suggestions.sort(Comparator.comparing((MentorSuggestion s) -> !s.sharesRoleFamily())
                .thenComparing(s -> s.kilometres() == null ? Double.MAX_VALUE : s.kilometres())
                .thenComparingInt(MentorSuggestion::mentees).thenComparing(MentorSuggestion::name));
        audit.record(AuditAction.READ, RECORD_TYPE, person, "suggested mentors from interests and postcode");
        return suggestions;
    }

    // --- The mentor's own pages -------------------------------------------------------------------------

    /** The signed-in mentor's current mentees, filtered in SQL by the access rule; audited as shown. */
    @Transactional
    public List<Mentee> mentees(SignedInUser mentor) {
        AccessScope scope = access.scopeOf(mentor);
        if (!scope.is(Role.MENTOR)) {
            return List.of();
        }
        List<Mentee> mentees = new ArrayList<>();
        for (MentoringAssignment a : records.currentFor(mentor.id(), scope.programmeIds(), today())) {
            participants.supportFacts(a.participant()).ifPresent(f ->
                    mentees.add(new Mentee(a.participant(), f.preferredName(), a.startsOn(), a.endsOn(), a.nextSessionOn())));
        }
        audit.recordShown(Participants.RECORD_TYPE, mentees.stream().map(Mentee::id).toList(), "a mentor's list of mentees");
        return mentees;
    }

    /** One mentee, as their mentor sees them: only what mentoring needs; 404 for anyone not mentoring them now. */
    @Transactional
    public MenteeView mentee(ParticipantId person, SignedInUser mentor) {
        MentoringAssignment a = mentorOf(person, mentor);
        SupportFacts facts = participants.supportFacts(person).orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, person));
        audit.record(AuditAction.READ, Participants.RECORD_TYPE, person, "mentor viewed their mentee (preferred name, contact preference)");
        List<String> goals = plans.goalsSharedWithMentor(person, "their mentor");
        List<Placements.PlacementDates> dates = placements.datesFor(person, "their mentor");
        // A mentor reads the notes of the sessions they logged themselves; an earlier mentor's notes (shared with the
        // navigator or not) stay theirs, so the new mentor sees only when and how those sessions were held.
        java.util.Set<UUID> own = java.util.Set.copyOf(records.sessionsRecordedBy(person, mentor.id()));
        List<MentoringSession> sessions = records.sessions(person).stream()
                .map(s -> own.contains(s.id()) ? s : s.withoutAnyNotes()).toList();
        audit.record(AuditAction.READ, RECORD_TYPE, person, "mentor viewed their sessions");
        String contact = org.anchorage.referral.ContactPreference.fromCode(facts.contactPreference())
                .map(org.anchorage.referral.ContactPreference::label).orElse(facts.contactPreference());
        return new MenteeView(person, facts.preferredName(), contact, named(List.of(a)).getFirst(), goals, dates,
                sessions);
    }

    /** A session as the mentor logs it. */
    public record NewSession(LocalDate heldOn, Integer minutes, String mode, Boolean attended, List<String> topics, String notes,
                             boolean shareWithNavigator) {}

    /** What is wrong with a session, all at once, each naming its field; nothing saved. */
    public List<RuleViolation> problemsWith(NewSession s, LocalDate mentoringStarted) {
        LocalDate today = today();
        List<RuleViolation> problems = new ArrayList<>();
        if (s.heldOn() == null) {
            problems.add(new RuleViolation("heldOn", "Enter the date of the session"));
        } else if (s.heldOn().isAfter(today)) {
            problems.add(new RuleViolation("heldOn", "The date of the session must be today or in the past"));
        } else if (mentoringStarted != null && s.heldOn().isBefore(mentoringStarted)) {
            problems.add(new RuleViolation("heldOn", "The date of the session must be on or after the mentoring started, "
                    + org.anchorage.shared.web.Display.date(mentoringStarted)));
        }
        if (s.attended() == null) {
            problems.add(new RuleViolation("attended", "Say whether they came to the session"));
        }
        if (!Boolean.FALSE.equals(s.attended()) && (s.minutes() == null || s.minutes() < 1 || s.minutes() > MAX_MINUTES)) {
            problems.add(new RuleViolation("minutes", "Enter how long the session lasted, in minutes, from 1 to " + MAX_MINUTES));
        } else if (Boolean.FALSE.equals(s.attended()) && s.minutes() != null && (s.minutes() < 0 || s.minutes() > MAX_MINUTES)) {
            problems.add(new RuleViolation("minutes", "Enter minutes from 0 to " + MAX_MINUTES + ", or leave it empty"));
        }
        if (s.mode() == null || !MODES.containsKey(s.mode())) {
            problems.add(new RuleViolation("mode", "Choose how the session was held"));
        }
        if (s.topics() != null && s.topics().stream().anyMatch(t -> !TOPICS.containsKey(t))) {
            problems.add(new RuleViolation("topics", "Choose topics from the list"));
        }
        if (s.notes() != null && s.notes().length() > 4000) {
            problems.add(new RuleViolation("notes", "Keep the notes to 4000 characters or fewer"));
        }
        return problems;
    }

    /** Logs a session: only the person's current mentor; dated today or before and not before the mentoring started. */
    @Transactional
    public UUID logSession(ParticipantId person, NewSession s, SignedInUser mentor) {
        MentoringAssignment a = mentorOf(person, mentor);
        MentoringProblems.throwIfAny(problemsWith(s, a.startsOn()));
        UUID id = UUID.randomUUID();
        boolean attended = s.attended();
        records.insertSession(id, a.id(), person, s.heldOn(), attended ? s.minutes() : s.minutes() == null ? 0 : s.minutes(), s.mode(),
                attended, s.topics() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(s.topics())),
                s.notes() == null ? "" : s.notes().strip(), s.shareWithNavigator(), mentor.id(), clock.instant());
        if (a.nextSessionOn() != null && !a.nextSessionOn().isAfter(s.heldOn())) {
            records.planNext(a.id(), null);
        }
        audit.record(AuditAction.CREATE, RECORD_TYPE, person, "mentor logged a session on " + s.heldOn());
        // A session held (or missed) changes "no mentoring for 21 days" and "missed in a row" for this person.
        events.publishEvent(new org.anchorage.participant.EngagementChanged(person, "mentoring session"));
        events.publishEvent(new MentoringSessionLogged(id, person, mentor.id(), s.heldOn(), attended));
        return id;
    }

    /** Plans the next session: the mentor, for a day from today to a year ahead. */
    @Transactional
    public void planNextSession(ParticipantId person, LocalDate on, SignedInUser mentor) {
        MentoringAssignment a = mentorOf(person, mentor);
        LocalDate today = today();
        if (on == null) {
            throw new RuleViolation("nextOn", "Enter the date of the next session");
        }
        if (on.isBefore(today) || on.isAfter(today.plusYears(1))) {
            throw new RuleViolation("nextOn", "The next session must be between today and a year from now");
        }
        if (a.endsOn() != null && on.isAfter(a.endsOn())) {
            throw new RuleViolation("nextOn", "The next session must be before the mentoring ends, "
                    + org.anchorage.shared.web.Display.date(a.endsOn()));
        }
        records.planNext(a.id(), on);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, person, "mentor planned the next session for " + on);
    }

    /** The mentor's profile, for the form on their start page. */
    @Transactional(readOnly = true)
    public MentorProfile profile(SignedInUser mentor) {
        return records.profile(mentor.id()).orElse(MentorProfile.NONE);
    }

    /** The mentor says what they offer; each problem named by its field. */
    @Transactional
    public void changeProfile(MentorProfile p, SignedInUser mentor) {
        if (!mentor.has(Role.MENTOR)) {
            throw new RecordNotFound("mentor-profile", mentor.id());
        }
        List<RuleViolation> problems = new ArrayList<>();
        if (p.roleFamily() != null && !p.roleFamily().isBlank() && !Plans.ROLE_FAMILIES.containsKey(p.roleFamily())) {
            problems.add(new RuleViolation("roleFamily", "Choose a role family from the list"));
        }
        String postcode = p.basePostcode() == null ? "" : p.basePostcode().strip().toUpperCase(java.util.Locale.ROOT);
        if (!postcode.isEmpty()) {
            try {
                areas.lookUp(postcode);
            } catch (RuntimeException e) {
                problems.add(new RuleViolation("basePostcode", "Enter a postcode in England, like RM17 6PU"));
            }
        }
        if (p.capacity() < 0 || p.capacity() > 10) {
            problems.add(new RuleViolation("capacity", "Enter how many people you can mentor at once, from 0 to 10"));
        }
        MentoringProblems.throwIfAny(problems);
        records.saveProfile(mentor.id(), new MentorProfile(p.roleFamily() == null ? "" : p.roleFamily(), postcode, p.capacity()),
                clock.instant());
        audit.record(AuditAction.CHANGE, "mentor-profile", mentor.id(), "mentor changed what they offer");
    }

    // --- The participant's own page, and other modules -----------------------------------------------

    /**
     * The signed-in participant's current mentor, for their own page (the mentor's first name and the next
     * session); empty for anyone without a record of their own. Audited as the person reading their own.
     */
    @Transactional
    public Optional<MentoringAssignment> currentMentoring(SignedInUser participant) {
        Optional<ParticipantId> own = participants.ownRecord(participant);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today();
        audit.record(AuditAction.READ, RECORD_TYPE, own.get(), "participant read their own mentoring");
        return named(records.ofPerson(own.get())).stream().filter(a -> a.currentOn(today)).findFirst();
    }

    /** Whether this user mentors the person today (the access rule), without throwing. */
    @Transactional(readOnly = true)
    public boolean mentorsNow(ParticipantId person, SignedInUser user) {
        try {
            mentorOf(person, user);
            return true;
        } catch (RecordNotFound e) {
            return false;
        }
    }

    /** The assignment through which this mentor sees the person today; 404 (not found) for anyone else. */
    MentoringAssignment mentorOf(ParticipantId person, SignedInUser mentor) {
        AccessScope scope = access.scopeOf(mentor);
        LocalDate today = today();
        if (!scope.is(Role.MENTOR)) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        return records.ofPerson(person).stream()
                .filter(a -> !a.endedEarly() && scope.mentors(a.programme().value(), a.mentor(), a.startsOn(), a.endsOn(), today))
                .findFirst().orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, person));
    }

    /** The person as their navigator or a programme manager acts for them; 404 for anyone else. */
    private SupportFacts assigner(ParticipantId person, SignedInUser by) {
        SupportFacts facts = participants.supportFacts(person).orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, person));
        if (!access.scopeOf(by).assignsMentorFor(facts.programme().value(), facts.navigator())) {
            throw new RecordNotFound(Participants.RECORD_TYPE, person);
        }
        return facts;
    }

    private List<MentoringAssignment> named(List<MentoringAssignment> assignments) {
        return assignments.stream().map(a -> new MentoringAssignment(a.id(), a.participant(), a.programme(), a.mentor(),
                nameOf(a.mentor()), a.startsOn(), a.endsOn(), a.endedReason(), a.nextSessionOn(), a.version())).toList();
    }

    private String nameOf(UserId user) {
        return users.find(user).map(UserAccount::displayName).orElse("a former mentor");
    }

    private Optional<AreaProfile> place(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return Optional.empty();
        }
        try {
            AreaProfile p = areas.lookUp(postcode);
            return p.latitude() == null ? Optional.empty() : Optional.of(p);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
