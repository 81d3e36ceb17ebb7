package org.anchorage.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.identity.SignedInUser;
import org.anchorage.matching.internal.CandidateLinks;
import org.anchorage.matching.internal.ExactAssignment;
import org.anchorage.matching.internal.GreedyAssignment;
import org.anchorage.matching.internal.MatchOpening;
import org.anchorage.matching.internal.MatchPerson;
import org.anchorage.matching.internal.Suitability;
import org.anchorage.participant.CaseloadEntry;
import org.anchorage.participant.Participant;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.placement.Stage;
import org.anchorage.plan.MatchingProfile;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RuleViolation;
import org.anchorage.training.Training;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores every permitted pair of a ready participant and an open placement, proposes the assignment
 * with the greatest total suitability (exactly: see docs/adr/0007), and turns the pairs a navigator
 * confirms into placement suggestions. Only people the navigator acts for are matched.
 */
@Service
public class Matching {

    /** How far someone is asked to travel to a placement: beyond this, a pair is not suggested. */
    public static final double MAX_KM = 15.0;
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final List<String> ROLE_FAMILIES = List.copyOf(Plans.ROLE_FAMILIES.keySet());
    static final List<String> SHIFTS = List.copyOf(Plans.SHIFTS.keySet());
    static final Set<ParticipantStatus> READY = EnumSet.of(ParticipantStatus.REFERRED, ParticipantStatus.ENGAGED,
            ParticipantStatus.PREPARING);

    private final Participants participants;
    private final Plans plans;
    private final Training training;
    private final Placements placements;
    private final Areas areas;
    private final AuditTrail audit;
    private final Clock clock;

    Matching(Participants participants, Plans plans, Training training, Placements placements, Areas areas, AuditTrail audit,
             Clock clock) {
        this.participants = participants;
        this.plans = plans;
        this.training = training;
        this.placements = placements;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /** A ready person with what scoring needs, and where they live (never shown to a host). */
    private record Person(Participant participant, MatchPerson match, MatchingProfile profile, int completedCourses) {}

    /**
     * The proposed assignment for a programme's ready participants (those this user acts for, assessed,
     * not withdrawn and not already on a placement) and its open placements, or one placement only.
     * Everyone left out is given the reason.
     */
    @Transactional
    public Proposal propose(ProgrammeId programme, UUID onlyPlacement, SignedInUser user) {
        List<PlacementOffer> offers = offers(programme, onlyPlacement, user);
        List<Person> people = readyPeople(programme, user, null, new ArrayList<>());
        List<MatchOpening> openings = offers.stream().map(this::opening).toList();
        CandidateLinks links = CandidateLinks.build(people.stream().map(Person::match).toList(), openings, MAX_KM);
        ExactAssignment.Result exact = ExactAssignment.solve(links, openings);
        ExactAssignment.Result greedy = GreedyAssignment.solve(links, openings);
        List<Proposal.Match> matches = new ArrayList<>();
        List<Proposal.Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            int o = exact.openingOfPerson()[i];
            if (o < 0) {
                unmatched.add(new Proposal.Unmatched(person.participant().id(), person.participant().fullName(),
                        whyNot(person, offers, openings)));
                continue;
            }
            matches.add(match(person, offers.get(o), openings.get(o)));
        }
        audit.recordShown("participant", people.stream().map(p -> p.participant().id()).toList(), "proposed placements in programme " + programme.value());
        return new Proposal(matches, unmatched, people.size(), offers.size(), openings.stream().mapToInt(MatchOpening::places).sum(),
                links.size(), exact.totalSuitability(), greedy.totalSuitability());
    }

    /** The placements proposed for one person, with who they are and the programme they are on. */
    public record ForPerson(ProgrammeId programme, String name, Proposal proposal) {}

    /**
     * Placements for one person (the "Find placements" link on their record): every open placement they
     * may be suggested for, best first, each with its reasons; or, when there is none, why. 404 for
     * anyone not on this user's caseload.
     */
    @Transactional
    public ForPerson proposeFor(ParticipantId person, SignedInUser user) {
        Participant participant = participants.caseload(user, "", null).stream().map(CaseloadEntry::participant)
                .filter(p -> p.id().equals(person)).findFirst()
                .orElseThrow(() -> new org.anchorage.shared.RecordNotFound("participant", person));
        List<PlacementOffer> offers = offers(participant.programme(), null, user);
        List<Proposal.Unmatched> notReady = new ArrayList<>();
        List<Person> ready = readyPeople(participant.programme(), user, person, notReady);
        audit.recordShown("participant", List.of(person), "proposed placements for one person");
        if (ready.isEmpty()) {
            return new ForPerson(participant.programme(), participant.fullName(), new Proposal(List.of(), notReady, 0, offers.size(),
                    offers.stream().mapToInt(PlacementOffer::placesLeft).sum(), 0, 0, 0));
        }
        Person one = ready.getFirst();
        List<MatchOpening> openings = offers.stream().map(this::opening).toList();
        List<Proposal.Match> matches = new ArrayList<>();
        for (int o = 0; o < offers.size(); o++) {
            if (score(one, openings.get(o)) >= 0) {
                matches.add(match(one, offers.get(o), openings.get(o)));
            }
        }
        matches.sort(java.util.Comparator.comparingInt(Proposal.Match::suitability).reversed());
        List<Proposal.Unmatched> unmatched = matches.isEmpty()
                ? List.of(new Proposal.Unmatched(person, participant.fullName(), whyNot(one, offers, openings))) : List.of();
        int best = matches.isEmpty() ? 0 : matches.getFirst().suitability();
        return new ForPerson(participant.programme(), participant.fullName(), new Proposal(matches, unmatched, 1, offers.size(),
                openings.stream().mapToInt(MatchOpening::places).sum(), matches.size(), best, best));
    }

    private List<PlacementOffer> offers(ProgrammeId programme, UUID onlyPlacement, SignedInUser user) {
        return placements.openPlacements(programme, user).stream()
                .filter(o -> onlyPlacement == null || o.id().equals(onlyPlacement))
                .filter(o -> o.site().latitude() != null && o.site().longitude() != null).toList();
    }

    private Proposal.Match match(Person person, PlacementOffer offer, MatchOpening opening) {
        return new Proposal.Match(person.participant().id(), person.participant().fullName(), offer.id(), offer.title(),
                offer.employerName(), score(person, opening), reasons(person, offer, opening));
    }

    /**
     * Why a ready person got no suggestion, in the words a navigator would use: the first rule that
     * rules out every placement, or, when some were allowed, that their places went to better matches.
     */
    static String whyNot(Person person, List<PlacementOffer> offers, List<MatchOpening> openings) {
        if (offers.isEmpty()) {
            return "No open placement with places left";
        }
        MatchPerson p = person.match();
        int near = 0;
        int tooYoung = 0;
        int payTooLow = 0;
        boolean allowedInTheirRoles = false;
        int youngestAllowed = Integer.MAX_VALUE;
        for (int o = 0; o < offers.size(); o++) {
            MatchOpening opening = openings.get(o);
            double km = Suitability.kilometres(p.latitude(), p.longitude(), opening.latitude(), opening.longitude());
            if (!(km <= MAX_KM)) {
                continue;
            }
            near++;
            int age = Suitability.ageOn(p.bornOn(), opening.startsOn());
            if (age < opening.minimumAge()) {
                tooYoung++;
                youngestAllowed = Math.min(youngestAllowed, opening.minimumAge());
            } else if (age > opening.maximumAge()) {
                payTooLow++;
            } else if (p.roleInterests() == 0 || (p.roleInterests() >>> opening.roleFamily() & 1L) != 0) {
                allowedInTheirRoles = true;
            }
        }
        int km = (int) MAX_KM;
        if (near == 0) {
            return "No placement within " + km + " km";
        }
        if (tooYoung == near) {
            return "Too young for the placements within " + km + " km (the youngest they take is " + youngestAllowed + ")";
        }
        if (payTooLow == near) {
            return "Pay is below the minimum wage for their age at every placement within " + km + " km";
        }
        if (tooYoung + payTooLow == near) {
            return "Too young for some placements within " + km + " km, and the pay of the others is below the minimum wage for their age";
        }
        if (!allowedInTheirRoles) {
            return "No placement in the role families they want within " + km + " km, and the places nearby went to closer matches";
        }
        return "All places within " + km + " km went to closer matches";
    }

    /**
     * The navigator's decision: each chosen pair becomes a suggestion on the placement, with its score and
     * reasons worked out again now (not taken from the page), so what is stored is what the rules say.
     */
    @Transactional
    public int confirm(ProgrammeId programme, List<String> chosenPairs, SignedInUser user) {
        if (chosenPairs == null || chosenPairs.isEmpty()) {
            throw new RuleViolation("pairs", "Choose at least one suggestion to confirm");
        }
        Map<UUID, PlacementOffer> offers = new HashMap<>();
        placements.openPlacements(programme, user).forEach(o -> offers.put(o.id(), o));
        Map<UUID, MatchOpening> openings = new HashMap<>();
        Map<ParticipantId, Person> people = new HashMap<>();
        readyPeople(programme, user, null, new ArrayList<>()).forEach(p -> people.put(p.participant().id(), p));
        int confirmed = 0;
        for (String pair : chosenPairs) {
            String[] parts = String.valueOf(pair).split(":");
            Person person = parts.length == 2 ? people.get(parseId(parts[0]).map(ParticipantId::new).orElse(null)) : null;
            PlacementOffer offer = parts.length == 2 ? parseId(parts[1]).map(offers::get).orElse(null) : null;
            if (person == null || offer == null) {
                throw new RuleViolation("pairs", "A suggestion you chose is no longer available (someone may have been placed "
                        + "or a placement filled). Look at the new proposal.");
            }
            MatchOpening opening = openings.computeIfAbsent(offer.id(), id -> opening(offer));
            int score = score(person, opening);
            if (score < 0) {
                throw new RuleViolation("pairs", person.participant().fullName() + " cannot be suggested for " + offer.title()
                        + " (age, pay or distance rules). Look at the new proposal.");
            }
            placements.suggest(offer.id(), person.participant().id(), score, String.join(". ", reasons(person, offer, opening)) + ".", user);
            confirmed++;
        }
        return confirmed;
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The people matching can work on: on this user's caseload in the programme (or only {@code onlyPerson}),
     * at a stage placements are for, assessed, not already going ahead with a placement, and with a
     * postcode on the map. Anyone left out goes in {@code leftOut} with why.
     */
    private List<Person> readyPeople(ProgrammeId programme, SignedInUser user, ParticipantId onlyPerson,
                                     List<Proposal.Unmatched> leftOut) {
        List<Participant> candidates = participants.caseload(user, "", null).stream().map(CaseloadEntry::participant)
                .filter(p -> p.programme().equals(programme))
                .filter(p -> onlyPerson == null || p.id().equals(onlyPerson))
                .toList();
        List<ParticipantId> ids = candidates.stream().map(Participant::id).toList();
        Map<ParticipantId, MatchingProfile> profiles = plans.matchingProfiles(ids, user);
        Map<ParticipantId, List<Stage>> stages = placements.stagesOf(ids);
        Map<ParticipantId, Integer> checks = placements.checksPassed(ids);
        Map<ParticipantId, Integer> courses = training.completedCourses(ids);
        List<Person> ready = new ArrayList<>();
        for (Participant p : candidates) {
            MatchingProfile profile = profiles.get(p.id());
            boolean busy = stages.getOrDefault(p.id(), List.of()).stream().anyMatch(s -> s.active() && s != Stage.SUGGESTED);
            Optional<AreaProfile> home = home(p.postcode());
            String notReady = !READY.contains(p.status()) ? "Placements are not for people at the stage '" + p.status().label().toLowerCase() + "'"
                    : busy ? "Already going ahead with a placement"
                    : profile == null ? "No assessment in their plan yet, so there is nothing to match on"
                    : home.isEmpty() || home.get().latitude() == null ? "Their postcode could not be found on the map, so distances cannot be measured"
                    : null;
            if (notReady != null) {
                leftOut.add(new Proposal.Unmatched(p.id(), p.fullName(), notReady));
                continue;
            }
            int completed = courses.getOrDefault(p.id(), 0);
            ready.add(new Person(p, new MatchPerson(home.get().latitude(), home.get().longitude(), interestMask(profile.interests()),
                    readiness(profile, completed), checks.getOrDefault(p.id(), 0),
                    profile.hoursPerWeek() == null ? -1 : profile.hoursPerWeek(), availabilityMask(profile.shifts()),
                    yyyymmdd(p.dateOfBirth())), profile, completed));
        }
        return ready;
    }

    private Optional<AreaProfile> home(String postcode) {
        try {
            return Optional.of(areas.lookUp(postcode));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Readiness from the plan: assessed, goals agreed, steps done, and NHS-ready training completed. */
    static int readiness(MatchingProfile profile, int completedCourses) {
        int steps = profile.stepsTotal() == 0 ? 0 : 20 * profile.stepsDone() / profile.stepsTotal();
        return 20 + (profile.agreedGoals() > 0 ? 20 : 0) + steps + 10 * Math.min(completedCourses, 4);
    }

    private MatchOpening opening(PlacementOffer o) {
        Integer oldest = placements.oldestLegalAge(o.hourlyPayPence(), o.startsOn());
        return new MatchOpening(o.site().latitude() == null ? Double.NaN : o.site().latitude(),
                o.site().longitude() == null ? Double.NaN : o.site().longitude(), Math.max(0, ROLE_FAMILIES.indexOf(o.roleFamily())),
                (int) Math.ceil(o.hoursPerWeek().doubleValue()), shiftMask(o.shiftPattern().needs()),
                // Night shifts are for 18 and over whatever the host set, so matching never proposes a young worker.
                Math.max(o.minimumAge(), o.shiftPattern().youngestAge()),
                oldest == null ? Integer.MAX_VALUE : oldest, yyyymmdd(o.startsOn()), o.placesLeft());
    }

    /** The pair's score; the opening is built once per placement (it reads the wage table). */
    private static int score(Person person, MatchOpening o) {
        double km = Suitability.kilometres(person.match().latitude(), person.match().longitude(), o.latitude(), o.longitude());
        return Suitability.score(person.match(), o, km, MAX_KM);
    }

    /** The reasons a navigator reads beside a pair, one per part of the score. */
    private List<String> reasons(Person person, PlacementOffer offer, MatchOpening o) {
        MatchPerson p = person.match();
        double km = Suitability.kilometres(p.latitude(), p.longitude(), o.latitude(), o.longitude());
        Suitability.Breakdown b = Suitability.breakdown(p, o, km, MAX_KM);
        if (b == null) {
            return List.of("Not a permitted match (age, pay for their age, or more than " + (int) MAX_KM + " km away)");
        }
        List<String> reasons = new ArrayList<>();
        String family = Plans.ROLE_FAMILIES.get(offer.roleFamily());
        reasons.add(b.role() >= 30 ? "Interested in " + family.toLowerCase() + " (" + b.role() + " points)"
                : person.profile().interests().isEmpty() ? "No role interest recorded yet (" + b.role() + " points)"
                : "Interested in other roles, not " + family.toLowerCase() + " (0 points)");
        reasons.add("Readiness " + p.readiness() + " out of 100 from the plan and " + person.completedCourses()
                + " completed course" + (person.completedCourses() == 1 ? "" : "s") + " (" + b.readiness() + " points)");
        reasons.add(p.checksCleared() + " of 6 employment checks already passed (" + b.checks() + " points)");
        reasons.add(String.format("%.1f km from home to %s (%d points)", km, offer.site().name(), b.distance()));
        reasons.add(p.hoursAvailable() < 0 ? "Hours they can work not recorded (" + b.hours() + " points)"
                : "Can work " + p.hoursAvailable() + " hours a week; the placement is " + offer.hoursPerWeek().stripTrailingZeros().toPlainString()
                + " (" + b.hours() + " points)");
        reasons.add(p.availableShifts() == 0 ? "When they can work not recorded (" + b.shifts() + " points)"
                : (b.shifts() >= 5 ? "Available for " : b.shifts() > 0 ? "Partly available for " : "Not available for ")
                + offer.shiftPattern().label().toLowerCase() + " (" + b.shifts() + " points)");
        int age = Suitability.ageOn(p.bornOn(), o.startsOn());
        reasons.add("Aged " + age + " on the start date (the placement is for " + offer.minimumAge() + " and over)");
        return reasons;
    }

    static long interestMask(List<String> interests) {
        long mask = 0;
        for (String i : interests) {
            int bit = ROLE_FAMILIES.indexOf(i);
            if (bit >= 0) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /** Someone free on weekday daytimes is also free in school hours. */
    static int availabilityMask(List<String> shifts) {
        int mask = shiftMask(shifts);
        return shifts.contains("weekday-days") ? mask | 1 << SHIFTS.indexOf("school-hours") : mask;
    }

    static int shiftMask(List<String> shifts) {
        int mask = 0;
        for (String s : shifts) {
            int bit = SHIFTS.indexOf(s);
            if (bit >= 0) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    static int yyyymmdd(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

}
