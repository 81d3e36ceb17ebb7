package org.anchorage.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.access.AccessPolicy;
import org.anchorage.access.AccessScope;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.Organisations;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.internal.PlacementRecords;
import org.anchorage.placement.internal.PlacementRecords.CandidateRow;
import org.anchorage.plan.Plans;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement offers and the people on them, from suggested to completed. Hosts see only their own
 * organisation's placements and the candidates put forward to them, with minimum data; navigators see
 * the candidates they act for. Every change is audited, and each step that matters to the participant's
 * journey is published as an event the participant module reacts to.
 */
@Service
public class Placements {

    public static final String RECORD_TYPE = "placement-candidate";
    public static final Map<String, String> DBS_LEVELS = new java.util.LinkedHashMap<>();
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** NHS Employers: checks typically take about four weeks; later than that is flagged. */
    static final int CHECK_DAYS = 28;

    static {
        DBS_LEVELS.put("none", "No DBS check needed");
        DBS_LEVELS.put("basic", "Basic");
        DBS_LEVELS.put("standard", "Standard");
        DBS_LEVELS.put("enhanced", "Enhanced");
        DBS_LEVELS.put("enhanced-barred", "Enhanced with barred list(s)");
    }

    private final PlacementRecords records;
    private final Participants participants;
    private final Programmes programmes;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy access;

    Placements(AccessPolicy access, PlacementRecords records, Participants participants, Programmes programmes, Organisations organisations,
               ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.access = access;
        this.records = records;
        this.participants = participants;
        this.programmes = programmes;
        this.organisations = organisations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // --- pay ------------------------------------------------------------------------------------

    /** The legal minimum hourly rate, in pence, for someone of this age on this date (from the rates table). */
    @Transactional(readOnly = true)
    public MinimumWage minimumWage(int age, LocalDate on) {
        return records.wageRatesOn(on).stream().filter(r -> r.minAge() <= age).reduce((a, b) -> b)
                .map(r -> new MinimumWage(r.hourlyPence(), r.label(), r.effectiveFrom()))
                .orElseThrow(() -> new RuleViolation("minimumAge", "Placements are for people aged 16 and over"));
    }

    public record MinimumWage(int hourlyPence, String label, LocalDate effectiveFrom) {
        public String hourly() {
            return Money.pounds(hourlyPence);
        }
    }

    /** The oldest age this pay is legal for on the start date, or null when it is legal for every age. */
    @Transactional(readOnly = true)
    public Integer oldestLegalAge(int hourlyPayPence, LocalDate on) {
        var rates = records.wageRatesOn(on);
        for (var rate : rates) {
            if (hourlyPayPence < rate.hourlyPence()) {
                return rate.minAge() - 1;
            }
        }
        return null;
    }

    @Transactional(readOnly = true)
    public List<PlacementRecords.AfcBand> afcBands() {
        return records.afcBands();
    }

    /** The Agenda for Change bands the pay table has, like "2", lowest first. */
    @Transactional(readOnly = true)
    public List<String> afcBandCodes() {
        return records.afcBands().stream().map(PlacementRecords.AfcBand::band).toList();
    }

    /**
     * The yearly pay at the start of an Agenda for Change band on a day, in pence, from the shipped pay table (the
     * pay year in force that day); empty for a band or a day the table does not cover. For the careers pages.
     */
    @Transactional(readOnly = true)
    public java.util.OptionalLong bandEntryPay(String band, LocalDate on) {
        return band == null || on == null ? java.util.OptionalLong.empty() : records.bandEntryPence(band, on);
    }

    // --- placement offers ----------------------------------------------------------------------

    /** What an employer posts. Pay in pence; hours a week may have a half hour. */
    public record NewPlacement(ProgrammeId programme, UUID site, UUID supervisor, String title, String roleFamily, String afcBand,
                               String description, BigDecimal hoursPerWeek, String shiftPattern, Integer hourlyPayPence,
                               LocalDate startsOn, LocalDate endsOn, Integer places, String dbsLevel, Integer minimumAge,
                               List<String> checksBeforeStart) {}

    /**
     * Posts a placement for the employer's own organisation. Refused whole, naming the field, when the
     * pay is below the legal minimum for the youngest person it is open to on its start date, the end is
     * not after the start, there are no places, or the site is not the employer's.
     */
    @Transactional
    public PlacementOffer post(NewPlacement p, SignedInUser by) {
        OrganisationId org = Employers.employerOf(by);
        Programme programme = p.programme() == null ? null : programmes.find(p.programme())
                .filter(x -> x.organisations().contains(org)).orElse(null);
        if (programme == null) {
            throw new RuleViolation("programmeId", "Choose a programme your organisation takes part in");
        }
        Site site = p.site() == null ? null : records.site(p.site()).filter(s -> s.organisation().equals(org)).orElse(null);
        if (site == null) {
            throw new RuleViolation("siteId", "Choose one of your sites, or add the site first");
        }
        if (p.supervisor() != null && records.supervisor(p.supervisor()).filter(s -> s.organisation().equals(org)).isEmpty()) {
            throw new RuleViolation("supervisorId", "Choose one of your host supervisors");
        }
        String title = Text.required(p.title(), "title", "Enter the placement's job title", 200);
        if (p.roleFamily() == null || !Plans.ROLE_FAMILIES.containsKey(p.roleFamily())) {
            throw new RuleViolation("roleFamily", "Choose the NHS role family");
        }
        if (p.afcBand() != null && !p.afcBand().isBlank() && records.afcBands().stream().noneMatch(b -> b.band().equals(p.afcBand()))) {
            throw new RuleViolation("afcBand", "Choose the nearest Agenda for Change band, or none");
        }
        if (p.hoursPerWeek() == null || p.hoursPerWeek().signum() <= 0 || p.hoursPerWeek().compareTo(BigDecimal.valueOf(48)) > 0) {
            throw new RuleViolation("hoursPerWeek", "Hours a week must be more than 0 and no more than 48");
        }
        ShiftPattern shift = ShiftPattern.fromCode(String.valueOf(p.shiftPattern()))
                .orElseThrow(() -> new RuleViolation("shiftPattern", "Choose the shift pattern"));
        if (p.hourlyPayPence() == null || p.hourlyPayPence() <= 0) {
            throw new RuleViolation("hourlyPay", "Enter the hourly pay in pounds and pence, like 12.71");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (p.startsOn() == null || p.startsOn().isBefore(today)) {
            throw new RuleViolation("startsOn", "The start date must be today or later");
        }
        if (p.endsOn() == null || !p.endsOn().isAfter(p.startsOn())) {
            throw new RuleViolation("endsOn", "The end date must be after the start date");
        }
        if (p.places() == null || p.places() < 1 || p.places() > 100) {
            throw new RuleViolation("places", "The number of places must be between 1 and 100");
        }
        if (p.dbsLevel() == null || !DBS_LEVELS.containsKey(p.dbsLevel())) {
            throw new RuleViolation("dbsLevel", "Choose the DBS level the role needs");
        }
        if (p.minimumAge() == null || p.minimumAge() < 16 || p.minimumAge() > 99) {
            throw new RuleViolation("minimumAge", "The minimum age must be 16 or over");
        }
        MinimumWage floor = minimumWage(p.minimumAge(), p.startsOn());
        if (p.hourlyPayPence() < floor.hourlyPence()) {
            throw new RuleViolation("hourlyPay", "The pay of " + Money.pounds(p.hourlyPayPence()) + " an hour is below the legal "
                    + "minimum of " + floor.hourly() + " for someone aged " + p.minimumAge() + " on " + Display.date(p.startsOn())
                    + " (" + floor.label() + ")");
        }
        List<CheckStandard> before = (p.checksBeforeStart() == null ? List.<String>of() : p.checksBeforeStart()).stream()
                .map(c -> CheckStandard.fromCode(c).orElseThrow(() -> new RuleViolation("checksBeforeStart", "Choose checks from the list")))
                .distinct().sorted().toList();
        UUID id = UUID.randomUUID();
        records.insertOffer(new PlacementRecords.NewOffer(id, programme.id(), org, site.id(), p.supervisor(), title, p.roleFamily(),
                p.afcBand() == null || p.afcBand().isBlank() ? null : p.afcBand(), Text.optional(p.description(), "description", 4000),
                p.hoursPerWeek(), shift, p.hourlyPayPence(), p.startsOn(), p.endsOn(), p.places(), p.dbsLevel(), p.minimumAge(), before),
                clock.instant(), by.email());
        audit.record(AuditAction.CREATE, "placement", id, "posted placement " + title);
        return offer(id, by);
    }

    /** The host closes a placement: nobody new is suggested for it; people already on it carry on. */
    @Transactional
    public void close(UUID offerId, SignedInUser by) {
        PlacementOffer offer = offer(offerId, by);
        if (!isHost(offer, by)) {
            throw new RecordNotFound("placement", offerId);
        }
        records.closeOffer(offerId);
        audit.record(AuditAction.CHANGE, "placement", offerId, "closed to new candidates");
    }

    /** A placement, for its host, or for the staff of its programme. */
    @Transactional(readOnly = true)
    public PlacementOffer offer(UUID id, SignedInUser user) {
        PlacementOffer offer = records.offer(id).orElseThrow(() -> new RecordNotFound("placement", id));
        if (!isHost(offer, user) && !isStaff(offer, user)) {
            throw new RecordNotFound("placement", id);
        }
        return named(offer);
    }

    /** The employer's own placements, or the placements in a navigator's or manager's programmes. */
    @Transactional(readOnly = true)
    public List<PlacementOffer> offers(SignedInUser user) {
        if (user.has(Role.EMPLOYER)) {
            return records.offersOf(user.organisationId()).stream().map(this::named).toList();
        }
        AccessScope scope = access.scopeOf(user);
        if (scope.is(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)) {
            return records.offersIn(scope.programmeIds().stream().map(ProgrammeId::new).toList(), false).stream()
                    .map(this::named).toList();
        }
        return List.of();
    }

    /** Open placements with places left that start today or later, in the given programmes: what matching works on. */
    @Transactional(readOnly = true)
    public List<PlacementOffer> openPlacements(ProgrammeId programme, SignedInUser user) {
        if (!access.scopeOf(user).staffsPlacements(programme.value())) {
            throw new RecordNotFound("programme", programme);
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        return records.offersIn(List.of(programme), true).stream()
                .filter(o -> o.placesLeft() > 0 && !o.startsOn().isBefore(today)).map(this::named).toList();
    }

    // --- candidates --------------------------------------------------------------------------

    /**
     * A navigator confirms a suggestion (from matching, or their own choice): the person is now
     * suggested for the placement, not yet shown to the host. Nothing is suggested without a person deciding.
     */
    @Transactional
    public UUID suggest(UUID offerId, ParticipantId participant, Integer suitability, String reasons, SignedInUser by) {
        PlacementOffer offer = offer(offerId, by);
        if (!isStaff(offer, by) || !participants.mayActFor(participant, by)) {
            throw new RuleViolation("participantId", "Choose someone on your caseload");
        }
        if (!offer.open()) {
            throw new RuleViolation("participantId", "This placement is closed");
        }
        var existing = records.candidate(offerId, participant);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        UUID id = UUID.randomUUID();
        records.insertCandidate(id, offerId, participant, suitability, Text.optional(reasons, "reasons", 4000), clock.instant(), by.email());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, "suggested for " + offer.title());
        return records.candidate(offerId, participant).orElseThrow().id();
    }

    /**
     * Puts a suggested person forward to the host, with what the host may know: availability, a readiness
     * summary and the adjustments the participant agreed to share. Refused when the pay would be below
     * the minimum wage for the person's age on the start date, or the person is under the minimum age.
     */
    @Transactional
    public void putForward(UUID candidateId, String availability, String readiness, String adjustments, SignedInUser by) {
        CandidateRow c = staffCandidate(candidateId, by);
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        requireStage(c, "put forward", Stage.SUGGESTED);
        checkAgeAndPay(offer, c.participant());
        records.putForward(c.id(), Text.required(availability, "availability", "Say when the person can work", 500),
                Text.required(readiness, "readinessSummary", "Write a short readiness summary for the host", 1000),
                Text.optional(adjustments, "adjustments", 1000), clock.instant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "put forward to the host");
        events.publishEvent(new CandidatePutForward(c.id(), c.participant(), offer.title(), by.email()));
    }

    /**
     * The host books an interview, or records one that already happened: any day from the day the person
     * was put forward (an interview cannot come before that, so "2020" is refused) until the placement ends.
     * A time still to come books it; one gone by records it. Missing parts come as null and are refused.
     */
    @Transactional
    public void scheduleInterview(UUID candidateId, LocalDate day, java.time.LocalTime time, SignedInUser by) {
        CandidateRow c = hostCandidate(candidateId, by);
        requireStage(c, "invited to interview", Stage.PUT_FORWARD, Stage.INTERVIEW);
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        var refusals = new Refusals.Collector();
        if (day == null) {
            refusals.refuse("interviewDate", "Enter the interview date");
        } else if (day.isBefore(putForwardOn(c, today))) {
            refusals.refuse("interviewDate", "The interview date cannot be before they were put forward on "
                    + Display.date(putForwardOn(c, today)));

        } else if (!day.isBefore(offer.endsOn())) {
            refusals.refuse("interviewDate", "The interview must be before the placement ends on "
                    + Display.date(offer.endsOn()));
        }
        if (time == null) {
            refusals.refuse("interviewTime", "Enter the interview time, like 14:30");
        }
        refusals.throwIfAny();
        records.interview(c.id(), day.atTime(time).atZone(LONDON).toInstant());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "interview booked");
        events.publishEvent(new PlacementInterviewBooked(c.id(), c.participant(), offer.title(), day.atTime(time).atZone(LONDON).toInstant()));
    }

    private static LocalDate putForwardOn(CandidateRow c, LocalDate today) {
        return c.putForwardAt() == null ? today : LocalDate.ofInstant(c.putForwardAt(), LONDON);
    }

    /**
     * The host records the interview's outcome. An offer takes one of the placement's places: the
     * placement row is locked first, so when two screens offer the last place at once exactly one wins
     * and the other is told every place is taken. The six employment checks begin with the offer.
     */
    @Transactional
    public void recordOutcome(UUID candidateId, boolean offered, String notes, LocalDate plannedStart, SignedInUser by) {
        CandidateRow c = hostCandidate(candidateId, by);
        requireStage(c, "given an interview outcome", Stage.INTERVIEW);
        String text = Text.optional(notes, "notes", 2000);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        var refusals = new Refusals.Collector();
        if (c.interviewAt() != null && c.interviewAt().isAfter(clock.instant())) {
            refusals.refuse("outcome", "The interview is on " + Display.dateTime(c.interviewAt())
                    + ". Record the outcome once it has happened");
        }
        if (!offered) {
            refusals.throwIfAny();
            records.outcome(c.id(), Stage.NOT_SELECTED, "not-selected", text, null, null);
            audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "not selected at interview");
            return;
        }
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        if (plannedStart == null) {
            refusals.refuse("plannedStart", "Enter the planned start date");
        } else if (plannedStart.isBefore(today)) {
            refusals.refuse("plannedStart", "The planned start must be today or later: the offer is made today");
        } else if (plannedStart.isBefore(offer.startsOn())) {
            refusals.refuse("plannedStart", "The planned start cannot be before the placement starts on "
                    + Display.date(offer.startsOn()));
        } else if (!plannedStart.isBefore(offer.endsOn())) {
            refusals.refuse("plannedStart", "The planned start must be before the placement ends on "
                    + Display.date(offer.endsOn()));
        }
        refusals.throwIfAny();
        checkAgeAndPay(offer, c.participant());
        if (records.lockAndCountPlacesTaken(offer.id()) >= offer.places()) {
            throw new PlacementsFull();
        }
        records.outcome(c.id(), Stage.CONDITIONAL_OFFER, "offer", text, today, plannedStart);
        for (CheckStandard standard : CheckStandard.values()) {
            records.insertCheck(c.id(), standard, offer.checksBeforeStart().contains(standard), firstToAct(standard), today,
                    today.plusDays(CHECK_DAYS), clock.instant(), by.email());
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "conditional offer made");
        events.publishEvent(new ConditionalOfferMade(c.id(), c.participant(), offer.title(), today, by.email()));
    }

    /** Who usually moves a check first: the candidate brings documents, referees and DBS are third parties. */
    private static String firstToAct(CheckStandard standard) {
        return switch (standard) {
            case IDENTITY, RIGHT_TO_WORK, CRIMINAL_RECORD, WORK_HEALTH -> "candidate";
            case EMPLOYMENT_HISTORY_REFERENCES -> "third-party";
            case REGISTRATION_QUALIFICATIONS -> "employer";
        };
    }

    public record CheckUpdate(String status, String whoActsNext, LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn,
                              String evidenceSeen) {}

    /**
     * Records progress on one check, by the host or the person's navigator. A passed check names the
     * evidence seen (a description, never the document) and when; evidence that has already expired
     * does not pass.
     */
    @Transactional
    public void updateCheck(UUID candidateId, CheckStandard standard, CheckUpdate u, SignedInUser by) {
        CandidateRow c = hostOrStaffCandidate(candidateId, by);
        requireStage(c, "checked", Stage.CONDITIONAL_OFFER, Stage.CHECKS, Stage.STARTED);
        if (u.status() == null || !EmploymentCheck.STATUSES.containsKey(u.status())) {
            throw new RuleViolation("status", "Choose the check's status");
        }
        String who = u.whoActsNext() == null || u.whoActsNext().isBlank() ? null : u.whoActsNext();
        if (who != null && !EmploymentCheck.WHO_ACTS.containsKey(who)) {
            throw new RuleViolation("whoActsNext", "Choose who acts next");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String evidence = Text.optional(u.evidenceSeen(), "evidenceSeen", 500);
        LocalDate completed = u.completedOn();
        if (u.status().equals("passed") || u.status().equals("failed")) {
            if (u.status().equals("passed") && evidence.isEmpty()) {
                throw new RuleViolation("evidenceSeen", "Describe the evidence seen, for example 'UK passport, original seen'");
            }
            completed = completed == null ? today : completed;
            if (completed.isAfter(today)) {
                throw new RuleViolation("completedOn", "The date the check was completed cannot be in the future");
            }
            who = null;
        } else if (!u.status().equals("not-needed") && who == null) {
            throw new RuleViolation("whoActsNext", "Say who must act next: the candidate, the employer, a third party or the programme");
        }
        if (u.expiresOn() != null && u.status().equals("passed") && !u.expiresOn().isAfter(today)) {
            throw new RuleViolation("expiresOn", "The evidence has expired, so the check cannot pass with it");
        }
        EmploymentCheck current = records.checks(c.id(), today).stream().filter(x -> x.standard() == standard).findFirst()
                .orElseThrow(() -> new RecordNotFound("check", standard.code()));
        LocalDate due = u.dueOn() == null ? current.dueOn() : u.dueOn();
        records.updateCheck(c.id(), standard, u.status(), who, due, u.status().equals("passed") || u.status().equals("failed")
                ? completed : null, u.expiresOn(), evidence, clock.instant(), by.email());
        if (c.stage() == Stage.CONDITIONAL_OFFER) {
            records.stage(c.id(), Stage.CHECKS);
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "check " + standard.code() + ": " + u.status());
        events.publishEvent(new org.anchorage.participant.EngagementChanged(c.participant(), "employment check"));
    }

    /** The first day. Refused, naming them, while any check required before the start has not passed. */
    @Transactional
    public void start(UUID candidateId, LocalDate on, SignedInUser by) {
        CandidateRow c = hostCandidate(candidateId, by);
        requireStage(c, "started", Stage.CONDITIONAL_OFFER, Stage.CHECKS);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        var refusals = new Refusals.Collector();
        if (on == null) {
            refusals.refuse("startedOn", "Enter the first day");
        } else if (on.isAfter(today)) {
            refusals.refuse("startedOn", "The first day cannot be in the future");
        } else if (on.isBefore(c.offeredOn())) {
            refusals.refuse("startedOn", "The first day cannot be before the conditional offer on "
                    + Display.date(c.offeredOn()));
        } else if (on.isBefore(offer.startsOn())) {
            refusals.refuse("startedOn", "The first day cannot be before the placement starts on "
                    + Display.date(offer.startsOn()));
        }
        List<EmploymentCheck> outstanding = records.checks(c.id(), today).stream()
                .filter(x -> x.requiredBeforeStart() && !x.cleared()).toList();
        if (!outstanding.isEmpty()) {
            refusals.refuse("checks", "These checks must pass before the start: "
                    + outstanding.stream().map(x -> x.standard().label()).collect(Collectors.joining(", ")));
        }
        refusals.throwIfAny();
        refuseNightsUnder18(offer, c.participant(), on);
        records.start(c.id(), on);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "placement started");
        events.publishEvent(new PlacementStarted(c.id(), c.participant(), offerTitle(c), on, by.email()));
    }

    /** The host confirms a week's attendance (a Monday, from the start week to this week); a correction replaces it. */
    @Transactional
    public void confirmWeek(UUID candidateId, LocalDate weekStarting, BigDecimal hours, Integer daysAbsent, String note, SignedInUser by) {
        CandidateRow c = hostCandidate(candidateId, by);
        requireStage(c, "given attendance", Stage.STARTED, Stage.COMPLETED, Stage.ENDED_EARLY);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (weekStarting == null || weekStarting.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolation("weekStarting", "Choose the week by its Monday");
        }
        if (weekStarting.isAfter(today) || weekStarting.plusDays(6).isBefore(c.startedOn())) {
            throw new RuleViolation("weekStarting", "Choose a week between the start of the placement and this week");
        }
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0) {
            throw new RuleViolation("hoursAttended", "Enter the hours attended, from 0 to 60");
        }
        int absent = daysAbsent == null ? 0 : daysAbsent;
        if (absent < 0 || absent > 7) {
            throw new RuleViolation("daysAbsent", "Days absent must be from 0 to 7");
        }
        records.confirmWeek(c.id(), weekStarting, hours, absent, Text.optional(note, "note", 500), clock.instant(), by.email());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "attendance for the week of " + weekStarting);
        events.publishEvent(new org.anchorage.participant.EngagementChanged(c.participant(), "placement attendance"));
    }

    /** Host feedback at the midpoint and at the end, once each. */
    @Transactional
    public void feedback(UUID candidateId, String point, Integer reliability, Integer teamwork, Integer communication,
                         Integer careValues, String comments, String jobReady, SignedInUser by) {
        CandidateRow c = hostCandidate(candidateId, by);
        requireStage(c, "given feedback", Stage.STARTED, Stage.COMPLETED, Stage.ENDED_EARLY);
        var refusals = new Refusals.Collector();
        if (!Set.of("midpoint", "end").contains(String.valueOf(point))) {
            refusals.refuse("point", "Say whether this is the midpoint or the end");
        }
        // No rating is assumed: each one the host leaves out is named.
        rating(refusals, "reliability", "reliability", reliability);
        rating(refusals, "teamwork", "teamwork", teamwork);
        rating(refusals, "communication", "communication", communication);
        rating(refusals, "careValues", "care and NHS values", careValues);
        if (!Set.of("yes", "not-yet", "no").contains(String.valueOf(jobReady))) {
            refusals.refuse("jobReady", "Say whether the person is ready for a job");
        }
        refusals.throwIfAny();
        if (!records.insertFeedback(c.id(), new HostFeedback(point, reliability, teamwork, communication, careValues,
                Text.optional(comments, "comments", 2000), jobReady, by.email(), clock.instant()))) {
            throw new RuleViolation("point", "Feedback for the " + point + " has already been given");
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), point + " feedback");
    }

    private static void rating(Refusals.Collector refusals, String field, String name, Integer value) {
        if (value == null || value < 1 || value > 5) {
            refusals.refuse(field, "Choose a rating from 1 to 5 for " + name);
        }
    }

    /** The placement finished as planned, or ended early with a reason (host or navigator). */
    @Transactional
    public void end(UUID candidateId, LocalDate on, boolean completed, String reason, SignedInUser by) {
        CandidateRow c = hostOrStaffCandidate(candidateId, by);
        requireStage(c, completed ? "completed" : "ended", Stage.STARTED);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (on == null || on.isAfter(today) || on.isBefore(c.startedOn())) {
            throw new RuleViolation("endedOn", "Enter the last day: between the start on "
                    + Display.date(c.startedOn()) + " and today");
        }
        String why = completed ? null : Text.required(reason, "reason", "Give the reason the placement ended early", 500);
        records.end(c.id(), completed ? Stage.COMPLETED : Stage.ENDED_EARLY, on, why);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), completed ? "placement completed" : "placement ended early");
        events.publishEvent(new PlacementEnded(c.id(), c.participant(), offerTitle(c), on, completed, why, by.email()));
    }

    /** A navigator withdraws someone who is not going ahead (before the start). */
    @Transactional
    public void withdraw(UUID candidateId, String reason, SignedInUser by) {
        CandidateRow c = staffCandidate(candidateId, by);
        requireStage(c, "withdrawn", Stage.SUGGESTED, Stage.PUT_FORWARD, Stage.INTERVIEW, Stage.CONDITIONAL_OFFER, Stage.CHECKS);
        String why = Text.required(reason, "reason", "Give the reason", 500);
        records.end(c.id(), Stage.WITHDRAWN, null, why);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, c.id(), "withdrawn from the placement");
    }

    // --- reading candidates ------------------------------------------------------------------

    /** One candidate in full, for the staff who act for the person (audited). */
    @Transactional
    public Candidate candidate(UUID id, SignedInUser by) {
        CandidateRow c = staffCandidate(id, by);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed placement candidate");
        return withNames(List.of(c), "a placement candidate").getFirst();
    }

    /** One candidate as the host sees them (audited); 404 for any other employer. */
    @Transactional
    public HostCandidate hostView(UUID id, SignedInUser by) {
        CandidateRow c = hostCandidate(id, by);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "host viewed candidate");
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        LocalDate from = c.startedOn() != null ? c.startedOn() : c.plannedStartOn() != null ? c.plannedStartOn() : offer.startsOn();
        return HostCandidate.of(withNames(List.of(c), "the placement host").getFirst())
                .with(participants.serviceNeeds(c.participant(), from, "what the host must know to welcome them"));
    }

    /** A person's candidacy or placement with the placement it is on, for the placements section of their record. */
    public record OnRecord(Candidate candidate, PlacementOffer placement) {

        public BigDecimal hoursAttended() {
            return candidate.attendance().stream().map(AttendanceWeek::hoursAttended).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public int daysAbsent() {
            return candidate.attendance().stream().mapToInt(AttendanceWeek::daysAbsent).sum();
        }

        public long checksCleared() {
            return candidate.checks().stream().filter(EmploymentCheck::cleared).count();
        }
    }

    /**
     * Everything a person has been suggested for or placed on, newest first, for the staff who act for
     * them (audited as shown); 404 for anyone else, as the rest of the record.
     */
    @Transactional
    public List<OnRecord> ofParticipant(ParticipantId participant, SignedInUser by) {
        if (!participants.mayActFor(participant, by)) {
            throw new RecordNotFound("participant", participant);
        }
        Map<UUID, PlacementOffer> offers = new java.util.HashMap<>();
        List<CandidateRow> rows = new java.util.ArrayList<>(records.candidatesFor(List.of(participant)).stream().filter(c -> {
            PlacementOffer offer = offers.computeIfAbsent(c.offer(), id -> records.offer(id).map(this::named).orElseThrow());
            return isStaff(offer, by);
        }).toList());
        java.util.Collections.reverse(rows);
        audit.recordShown(RECORD_TYPE, rows.stream().map(CandidateRow::id).toList(), "viewed the person's placements");
        return withNames(rows, "the placements section of the record").stream()
                .map(c -> new OnRecord(c, offers.get(c.offer())))
                .sorted(Comparator.comparing((OnRecord r) -> !r.candidate().stage().active()))
                .toList();
    }

    /**
     * Host feedback falling due: on which placement (its title), for which candidate, at the midpoint or the end, the
     * day it is due and the host organisation that gives it. Nothing of the person.
     */
    public record FeedbackDue(UUID candidate, UUID placement, String placementTitle, OrganisationId host, String point, LocalDate dueOn) {}

    /**
     * The host feedback that falls due on a day and has not been given, by the same dates as the worklist (the midpoint
     * between the start and the end, and the end: the actual end once recorded, else the planned one), for the morning
     * message to the host's people. Audited as one read by the service.
     */
    @Transactional(readOnly = true)
    public List<FeedbackDue> hostFeedbackDueOn(LocalDate day) {
        List<FeedbackDue> due = records.feedbackDueOn(day).stream()
                .map(r -> new FeedbackDue(r.candidate(), r.placement(), r.title(), new OrganisationId(r.host()), r.point(), r.dueOn()))
                .toList();
        audit.recordAs("Anchorage", AuditAction.READ, RECORD_TYPE, null, due.size() + " host feedback due on " + day
                + " for the morning messages");
        return due;
    }

    /** A placement as a mentor may know it: the role and its dates, nothing of the host's view or the checks. */
    public record PlacementDates(String roleTitle, LocalDate startsOn, LocalDate endsOn, String stage) {}

    /**
     * The placements a person has been offered or is on, as only their title and dates (the planned or
     * actual start, and the end), for their mentor. The support module decides by the mentor's assignment
     * that the reader may see them; the read is audited here.
     */
    @Transactional
    public List<PlacementDates> datesFor(ParticipantId participant, String purpose) {
        List<PlacementDates> dates = new java.util.ArrayList<>();
        for (CandidateRow c : records.candidatesFor(List.of(participant))) {
            if (c.offeredOn() == null && c.startedOn() == null) {
                continue;
            }
            records.offer(c.offer()).ifPresent(o -> dates.add(new PlacementDates(o.title(),
                    c.startedOn() != null ? c.startedOn() : c.plannedStartOn() != null ? c.plannedStartOn() : o.startsOn(),
                    c.endedOn() != null ? c.endedOn() : o.endsOn(), c.stage().label())));
        }
        audit.record(AuditAction.READ, "participant", participant, "placement dates for " + purpose);
        return dates;
    }

    /**
     * What a host may offer a job on after a placement: the person, the host organisation's name and the
     * placement's title, role family, band, hours and pay (to prefill the offer), and whether the placement has
     * started or ended (only then may a job be offered). For the host of that placement only (404 for anyone
     * else, as the candidate page); audited, as it names the person.
     */
    public record JobOfferBasis(UUID candidateId, ParticipantId participant, String personName, String hostName, String title,
                                String roleFamily, String afcBand, BigDecimal hoursPerWeek, int hourlyPayPence, boolean startedOrEnded) {}

    @Transactional
    public JobOfferBasis jobOfferBasis(UUID candidateId, SignedInUser host) {
        // Locked, so two offers sent at once for one candidate are made one after the other (the second is refused).
        CandidateRow c = records.lockCandidate(candidateId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, candidateId));
        PlacementOffer offer = records.offer(c.offer()).map(this::named).orElseThrow();
        if (!access.scopeOf(host).offersJobAfterPlacement(offer.organisation()) || !c.stage().visibleToHost()) {
            throw new RecordNotFound(RECORD_TYPE, candidateId);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, candidateId, "host read the placement to offer a job");
        String name = participants.namesFor(List.of(c.participant()), "a job offer after the placement").getOrDefault(c.participant(), "?");
        return new JobOfferBasis(c.id(), c.participant(), name, offer.employerName(), offer.title(), offer.roleFamily(), offer.afcBand(),
                offer.hoursPerWeek(), offer.hourlyPayPence(), c.startedOn() != null);
    }

    /** The placement a candidate is on, as the messages about it need it: its host organisation, its name and title. */
    public record PlacementOfCandidate(UUID candidate, UUID placement, ProgrammeId programme, OrganisationId host, String hostName,
                                       String title) {}

    /**
     * The placement a candidate is on and who hosts it, with no signed-in caller (a message follows the candidate's own
     * change, e.g. telling the host's people someone was put forward). Names no one: the organisation and the title
     * are what every host and navigator of the programme sees on the placements list, so the read is not audited.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<PlacementOfCandidate> placementOf(UUID candidateId) {
        return records.candidate(candidateId).flatMap(c -> records.offer(c.offer())).map(this::named)
                .map(o -> new PlacementOfCandidate(candidateId, o.id(), o.programme(), o.organisation(), o.employerName(), o.title()));
    }

    /** The person a candidate is, for the host's "Raise a safeguarding concern" link; empty for anyone not hosting them. */
    @Transactional(readOnly = true)
    public java.util.Optional<ParticipantId> personForHost(UUID candidateId, SignedInUser user) {
        return hosts(candidateId, user) ? records.participantOfCandidate(candidateId).map(ParticipantId::new) : java.util.Optional.empty();
    }

    /** Whether the user hosts the placement this candidate is on. */
    @Transactional(readOnly = true)
    public boolean hosts(UUID candidateId, SignedInUser user) {
        return records.candidate(candidateId).flatMap(c -> records.offer(c.offer()))
                .map(o -> isHost(o, user)).orElse(false);
    }

    /** The candidates on a placement: the host's view, or the staff's for the people they act for. */
    @Transactional
    public List<Candidate> candidatesOn(UUID offerId, SignedInUser by) {
        PlacementOffer offer = offer(offerId, by);
        boolean host = isHost(offer, by);
        List<CandidateRow> all = records.candidatesOf(offerId);
        var actedFor = host ? java.util.Set.<ParticipantId>of()
                : participants.actedForBy(all.stream().map(CandidateRow::participant).toList(), by);
        List<CandidateRow> rows = all.stream()
                .filter(c -> host ? c.stage().visibleToHost() : actedFor.contains(c.participant())).toList();
        return withNames(rows, host ? "the placement host" : "a placement's candidates");
    }

    @Transactional
    public List<HostCandidate> hostCandidatesOn(UUID offerId, SignedInUser by) {
        PlacementOffer offer = offer(offerId, by);
        if (!isHost(offer, by)) {
            throw new RecordNotFound("placement", offerId);
        }
        return candidatesOn(offerId, by).stream().map(c -> HostCandidate.of(c).with(participants.serviceNeeds(c.participant(),
                c.startedOn() != null ? c.startedOn() : c.plannedStartOn() != null ? c.plannedStartOn() : offer.startsOn(),
                "what the host must know to welcome them"))).toList();
    }

    /**
     * The list a host or navigator works from: their active candidates, people with overdue checks first.
     * A host sees everyone put forward to their organisation; a navigator everyone they act for.
     */
    @Transactional
    public List<Candidate> worklist(SignedInUser user) {
        List<CandidateRow> rows;
        if (user.has(Role.EMPLOYER)) {
            rows = records.candidatesAt(user.organisationId());
        } else if (user.has(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)) {
            var people = participants.caseload(user, "", null).stream().map(e -> e.participant().id()).toList();
            rows = records.candidatesFor(people);
        } else {
            return List.of();
        }
        return withNames(rows.stream().filter(r -> r.stage().active()).toList(), "a placement worklist").stream()
                .sorted(Comparator.comparing((Candidate c) -> c.overdueChecks() == 0).thenComparing(Candidate::name))
                .toList();
    }

    /** Days from conditional offer to first day, over the starts a user can see: where NHS placements lose people. */
    public record OfferToStart(int starts, Double averageDays, Long longestDays) {}

    @Transactional(readOnly = true)
    public OfferToStart offerToStart(SignedInUser user) {
        List<CandidateRow> rows;
        if (user.has(Role.EMPLOYER)) {
            rows = records.candidatesAt(user.organisationId());
        } else if (user.has(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)) {
            rows = records.candidatesFor(participants.caseload(user, "", null).stream().map(e -> e.participant().id()).toList());
        } else {
            return new OfferToStart(0, null, null);
        }
        var days = rows.stream().filter(r -> r.offeredOn() != null && r.startedOn() != null)
                .mapToLong(r -> java.time.temporal.ChronoUnit.DAYS.between(r.offeredOn(), r.startedOn())).summaryStatistics();
        return days.getCount() == 0 ? new OfferToStart(0, null, null)
                : new OfferToStart((int) days.getCount(), days.getAverage(), days.getMax());
    }

    /** Stages of a participant's placements, for matching to leave out people already on their way. */
    @Transactional(readOnly = true)
    public Map<ParticipantId, List<Stage>> stagesOf(List<ParticipantId> people) {
        return records.candidatesFor(people).stream().collect(Collectors.groupingBy(CandidateRow::participant,
                Collectors.mapping(CandidateRow::stage, Collectors.toList())));
    }

    /** How many of the six checks a person has already passed on any placement (they carry over for matching). */
    @Transactional(readOnly = true)
    public Map<ParticipantId, Integer> checksPassed(List<ParticipantId> people) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<CandidateRow> rows = records.candidatesFor(people);
        var checks = records.checks(rows.stream().map(CandidateRow::id).toList(), today);
        return rows.stream().collect(Collectors.groupingBy(CandidateRow::participant,
                Collectors.collectingAndThen(Collectors.toList(), mine -> {
                    EnumSet<CheckStandard> passed = EnumSet.noneOf(CheckStandard.class);
                    mine.forEach(r -> checks.getOrDefault(r.id(), List.of()).stream().filter(x -> x.status().equals("passed")
                            && (x.expiresOn() == null || x.expiresOn().isAfter(today))).forEach(x -> passed.add(x.standard())));
                    return passed.size();
                })));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Candidates with names, checks, attendance and feedback: four queries however many rows, not four a row. */
    private List<Candidate> withNames(List<CandidateRow> rows, String purpose) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ParticipantId, String> names = participants.namesFor(rows.stream().map(CandidateRow::participant).distinct().toList(), purpose);
        List<UUID> ids = rows.stream().map(CandidateRow::id).toList();
        var checks = records.checks(ids, LocalDate.now(clock.withZone(LONDON)));
        var attendance = records.attendance(ids);
        var feedback = records.feedback(ids);
        return rows.stream().map(c -> new Candidate(c.id(), c.offer(), c.participant(), names.getOrDefault(c.participant(), "?"),
                c.stage(), c.suitability(), c.reasons(), c.availability(), c.readinessSummary(), c.adjustments(), c.putForwardAt(),
                c.interviewAt(), c.interviewOutcome(), c.interviewNotes(), c.offeredOn(), c.plannedStartOn(), c.startedOn(),
                c.endedOn(), c.endReason(), checks.getOrDefault(c.id(), List.of()), attendance.getOrDefault(c.id(), List.of()),
                feedback.getOrDefault(c.id(), List.of()))).toList();
    }

    private void checkAgeAndPay(PlacementOffer offer, ParticipantId participant) {
        refuseNightsUnder18(offer, participant, offer.startsOn());
        int age = participants.ageOn(participant, offer.startsOn(), "the placement's age and minimum wage check");
        if (age < offer.minimumAge()) {
            throw new RuleViolation("participantId", "This placement is for people aged " + offer.minimumAge()
                    + " or over on its start date; this person will be " + age);
        }
        MinimumWage floor = minimumWage(age, offer.startsOn());
        if (offer.hourlyPayPence() < floor.hourlyPence()) {
            throw new RuleViolation("participantId", "The placement pays " + offer.hourlyPay() + " an hour, below the legal "
                    + "minimum of " + floor.hourly() + " for someone aged " + age + " on " + Display.date(offer.startsOn()) + " ("
                    + floor.label() + "). The employer must raise the pay first.");
        }
    }

    /** Night shifts are not for young workers: refused for someone under 18 on the day given. */
    private void refuseNightsUnder18(PlacementOffer offer, ParticipantId participant, LocalDate on) {
        if (offer.shiftPattern().youngestAge() <= 16) {
            return;
        }
        var needs = participants.serviceNeeds(participant, on, "the night-shift check for young workers");
        if (needs.under18()) {
            throw new RuleViolation("participantId", "This placement is night shifts, which are not for young workers: this person "
                    + "is under 18 on " + Display.date(on) + " (until " + Display.date(needs.eighteenOn()) + ")");
        }
    }

    private String offerTitle(CandidateRow c) {
        return records.offer(c.offer()).map(PlacementOffer::title).orElse("?");
    }

    private PlacementOffer named(PlacementOffer offer) {
        return offer.named(organisations.find(offer.organisation()).map(o -> o.name()).orElse("?"));
    }

    private boolean isHost(PlacementOffer offer, SignedInUser user) {
        return access.scopeOf(user).hosts(offer.organisation());
    }

    private boolean isStaff(PlacementOffer offer, SignedInUser user) {
        return access.scopeOf(user).staffsPlacements(offer.programme().value());
    }

    /** The candidate, locked, for its host; any other employer (or an unseen suggestion) gets 404. */
    private CandidateRow hostCandidate(UUID id, SignedInUser by) {
        CandidateRow c = records.lockCandidate(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        if (!isHost(offer, by) || !c.stage().visibleToHost()) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return c;
    }

    /** The candidate, locked, for the staff who act for the person. */
    private CandidateRow staffCandidate(UUID id, SignedInUser by) {
        CandidateRow c = records.lockCandidate(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        PlacementOffer offer = records.offer(c.offer()).orElseThrow();
        if (!isStaff(offer, by) || !participants.mayActFor(c.participant(), by)) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return c;
    }

    private CandidateRow hostOrStaffCandidate(UUID id, SignedInUser by) {
        return by.has(Role.EMPLOYER) ? hostCandidate(id, by) : staffCandidate(id, by);
    }

    private static void requireStage(CandidateRow c, String action, Stage... allowed) {
        if (!List.of(allowed).contains(c.stage())) {
            throw new RuleViolation("stage", "Someone at the stage '" + c.stage().label().toLowerCase()
                    + "' cannot be " + action + ". Reload the page to see the latest.");
        }
    }
}
