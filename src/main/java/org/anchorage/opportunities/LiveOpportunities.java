package org.anchorage.opportunities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.anchorage.eligibility.AreaProfile;
import org.anchorage.eligibility.Areas;
import org.anchorage.eligibility.NotAPostcode;
import org.anchorage.opportunities.internal.VacancyRecords;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.Organisations;
import org.anchorage.placement.OpenPlacements;
import org.anchorage.plan.Plans;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is open now, for anyone: vacancies not withdrawn and the open paid placements, of open programmes, closing today
 * or later. A closed one (closing date before today) is in no list, page or feed. Public data only: nothing is audited
 * as no personal record is read.
 */
@Service
public class LiveOpportunities {

    /** The distances a search offers, in miles. */
    public static final List<Integer> MILES = List.of(5, 10, 25);
    static final double KILOMETRES_A_MILE = 1.609344;

    private final VacancyRecords vacancies;
    private final OpenPlacements placements;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Areas areas;
    private final Clock clock;

    LiveOpportunities(VacancyRecords vacancies, OpenPlacements placements, Programmes programmes, Organisations organisations,
                      Areas areas, Clock clock) {
        this.vacancies = vacancies;
        this.placements = placements;
        this.programmes = programmes;
        this.organisations = organisations;
        this.areas = areas;
        this.clock = clock;
    }

    /** A search as typed: each may be empty. */
    public record Search(String roleFamily, String postcode, String within) {
        public static final Search EVERYTHING = new Search(null, null, null);
    }

    /**
     * What a search found, or the problems with it (each naming its field: roleFamily, postcode, within), in which case
     * nothing is listed. {@code from} is the postcode searched from, tidied ("RM17 6PU"), or null.
     */
    public record Found(List<Opportunity> opportunities, List<RuleViolation> problems, String from, Integer withinMiles) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Display.LONDON));
    }

    /** Live opportunities of a role family (or all), within a distance of a postcode (nearest first) or by closing date. */
    @Transactional(readOnly = true)
    public Found search(Search search) {
        List<RuleViolation> problems = new ArrayList<>();
        String role = blank(search.roleFamily()) ? null : search.roleFamily().strip();
        if (role != null && !Plans.ROLE_FAMILIES.containsKey(role)) {
            problems.add(new RuleViolation("roleFamily", "Choose a role family from the list, or all role families"));
        }
        Integer miles = null;
        if (!blank(search.within())) {
            miles = MILES.stream().filter(m -> m.toString().equals(search.within().strip())).findFirst().orElse(null);
            if (miles == null) {
                problems.add(new RuleViolation("within", "Choose 5, 10 or 25 miles"));
            }
        }
        AreaProfile from = null;
        if (!blank(search.postcode())) {
            try {
                from = areas.lookUp(search.postcode());
                if (from.latitude() == null || from.longitude() == null) {
                    problems.add(noLocation(from.facts().postcode()));
                }
            } catch (NotAPostcode e) {
                problems.add(new RuleViolation("postcode", "Enter a real postcode, like SS0 0RY, or leave it empty to see every opportunity"));
            } catch (RecordNotFound e) {
                problems.add(noLocation(search.postcode().strip().toUpperCase()));
            }
        }
        // Without a postcode the distance means nothing: the form always sends one (10 miles is chosen), so a search by
        // type of job alone is not refused for it.
        if (!problems.isEmpty()) {
            return new Found(List.of(), problems, null, miles);
        }
        List<Opportunity> live = live(role);
        if (from == null) {
            return new Found(live, problems, null, null);
        }
        int within = miles == null ? MILES.get(1) : miles;
        AreaProfile origin = from;
        List<Opportunity> near = live.stream().filter(o -> o.latitude() != null && o.longitude() != null)
                .map(o -> o.at(AreaProfile.kilometres(origin.latitude(), origin.longitude(), o.latitude(), o.longitude()) / KILOMETRES_A_MILE))
                .filter(o -> o.milesAway() <= within)
                .sorted(Comparator.comparingDouble(Opportunity::milesAway).thenComparing(Opportunity::closesOn)).toList();
        return new Found(near, problems, from.facts().postcode(), within);
    }

    /** One live opportunity; 404 once it has closed, was withdrawn, or its programme is no longer open. */
    @Transactional(readOnly = true)
    public Opportunity get(UUID id) {
        return live(null).stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new RecordNotFound("opportunity", id));
    }

    /** The few closing soonest, for the residents' home page. */
    @Transactional(readOnly = true)
    public List<Opportunity> closingSoonest(int howMany) {
        return live(null).stream().limit(howMany).toList();
    }

    /** Every live opportunity of the role family (or all), soonest closing first. */
    private List<Opportunity> live(String roleFamily) {
        LocalDate today = today();
        List<ProgrammeId> open = programmes.all().stream().filter(p -> p.status() == ProgrammeStatus.OPEN).map(Programme::id).toList();
        List<Opportunity> all = new ArrayList<>();
        for (Vacancy v : vacancies.live(today, open, roleFamily)) {
            all.add(new Opportunity(v.id(), Opportunity.Kind.VACANCY, v.title(), v.roleFamily(),
                    organisations.find(v.employer()).map(Organisation::name).orElse(""), v.afcBand(), v.payPence(), v.payPer(), v.payNote(),
                    v.hoursPerWeek(), v.contract(), null, null, v.closesOn(), v.postedAt(), v.postcode(), v.locality(), v.latitude(),
                    v.longitude(), v.applyUrl(), v.description(), null));
        }
        for (OpenPlacements.OpenPlacement p : placements.openForApplications(today)) {
            if (p.closesOn().isBefore(today) || (roleFamily != null && !roleFamily.equals(p.roleFamily()))) {
                continue;
            }
            String description = "A paid placement as " + article(p.title()) + " with " + p.employerName() + ", " + p.weeks()
                    + " weeks from " + Display.date(p.startsOn()) + ", with a mentor and support from the programme. Apply through the "
                    + "programme: a navigator will talk it through with you.";
            all.add(new Opportunity(p.id(), Opportunity.Kind.PLACEMENT, p.title(), p.roleFamily(), p.employerName(), p.afcBand(),
                    (long) p.hourlyPayPence(), Vacancy.PayPer.HOUR, "", p.hoursPerWeek(), null, p.weeks(), p.startsOn(), p.closesOn(),
                    p.postedAt(), p.postcodeDistrict(), p.town(), p.latitude(), p.longitude(), null, description, null));
        }
        all.sort(Comparator.comparing(Opportunity::closesOn).thenComparing(Opportunity::title));
        return all;
    }

    private static RuleViolation noLocation(String postcode) {
        return new RuleViolation("postcode", "We have no location for the postcode " + postcode
                + " (it may be new, or outside England), so we cannot say what is near it. Try a nearby postcode.");
    }

    private static String article(String title) {
        String t = title.strip();
        String lower = t.toLowerCase(java.util.Locale.UK);
        return (lower.matches("^[aeiou].*") ? "an " : "a ") + lower;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
