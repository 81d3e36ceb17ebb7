package org.anchorage.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.anchorage.matching.internal.CandidateLinks;
import org.anchorage.matching.internal.ExactAssignment;
import org.anchorage.matching.internal.GreedyAssignment;
import org.anchorage.matching.internal.MatchOpening;
import org.anchorage.matching.internal.MatchPerson;
import org.anchorage.matching.internal.Suitability;

/**
 * Matching people to placements across Essex: candidate links through the grid index, then the exact
 * assignment, against the greedy baseline on the same links, in the same run. Run by
 * {@code bench/run.sh matching [people [openings [maxKm]]]}; openings default to a fifth of the people
 * and the radius to 15 km. Times are the best and the median of 7 rounds after 3 warm-up rounds.
 */
public final class MatchingBenchmark {

    static final int WARM_UP = 3;
    static final int ROUNDS = 7;
    static final double MAX_KM = 15;

    static final Set<String> ESSEX = Set.of("E07000066", "E07000067", "E07000068", "E07000069", "E07000070",
            "E07000071", "E07000072", "E07000073", "E07000074", "E07000075", "E07000076", "E07000077",
            "E06000033", "E06000034");
    /** Basildon, Castle Point, Southend, Thurrock, Tendring: where most participants are expected to live. */
    static final Set<String> DEPRIVED = Set.of("E07000066", "E07000069", "E06000033", "E06000034", "E07000076");
    /** Hospitals and large care sites: Basildon, Southend, Broomfield, Colchester, Princess Alexandra, Thurrock, Clacton, Maldon, Braintree. */
    static final List<String> HUBS = List.of("SS16 5NL", "SS0 0RY", "CM1 7ET", "CO4 5JL", "CM20 1QX", "RM16 2PX",
            "CO15 1LH", "CM9 6EG", "CM7 2LJ");

    record Place(String postcode, double lat, double lon, boolean deprived) {}

    public static void main(String[] args) throws Exception {
        int peopleCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int openingCount = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(1, peopleCount / 5);
        double maxKm = args.length > 2 ? Double.parseDouble(args[2]) : MAX_KM;
        List<Place> essex = essexPostcodes();
        Random random = new Random(20261123);
        List<MatchPerson> people = people(random, essex, peopleCount);
        List<MatchOpening> openings = openings(random, essex, openingCount);
        int places = openings.stream().mapToInt(MatchOpening::places).sum();

        for (int i = 0; i < WARM_UP; i++) {
            CandidateLinks links = CandidateLinks.build(people, openings, maxKm);
            ExactAssignment.solve(links, openings);
            GreedyAssignment.solve(links, openings);
        }
        CandidateLinks links = CandidateLinks.build(people, openings, maxKm);
        double[] build = time(() -> CandidateLinks.build(people, openings, maxKm));
        double[] exact = time(() -> ExactAssignment.solve(links, openings));
        double[] greedy = time(() -> GreedyAssignment.solve(links, openings));
        double[] exactWithLinks = time(() -> ExactAssignment.solve(CandidateLinks.build(people, openings, maxKm), openings));
        double[] greedyWithLinks = time(() -> GreedyAssignment.solve(CandidateLinks.build(people, openings, maxKm), openings));
        ExactAssignment.Result exactResult = ExactAssignment.solve(links, openings);
        ExactAssignment.Result greedyResult = GreedyAssignment.solve(links, openings);

        System.out.printf("people: %d people%n", peopleCount);
        System.out.printf("openings: %d openings%n", openingCount);
        System.out.printf("places: %d places%n", places);
        System.out.printf("max_km: %.0f km%n", maxKm);
        System.out.printf("links: %d links (%.0f per opening)%n", links.size(), (double) links.size() / openingCount);
        print("link_build_ms", build);
        print("exact_assignment_ms", exact);
        print("greedy_assignment_ms", greedy);
        print("exact_with_links_ms", exactWithLinks);
        print("greedy_with_links_ms", greedyWithLinks);
        System.out.printf("exact_total_suitability: %d points%n", exactResult.totalSuitability());
        System.out.printf("greedy_total_suitability: %d points%n", greedyResult.totalSuitability());
        System.out.printf("greedy_gap_percent: %.2f %%%n",
                100.0 * (exactResult.totalSuitability() - greedyResult.totalSuitability()) / exactResult.totalSuitability());
        System.out.printf("exact_assigned: %d people%n", exactResult.assigned());
        System.out.printf("greedy_assigned: %d people%n", greedyResult.assigned());
        System.out.printf("exact_mean_suitability: %.1f points%n", (double) exactResult.totalSuitability() / exactResult.assigned());
        System.out.printf("greedy_mean_suitability: %.1f points%n", (double) greedyResult.totalSuitability() / greedyResult.assigned());
    }

    private static void print(String name, double[] millis) {
        System.out.printf("%s: %.1f ms (best of %d; median %.1f ms)%n", name, millis[0], ROUNDS, millis[1]);
    }

    /** Best and median milliseconds over the measured rounds. */
    private static double[] time(Supplier<Object> run) {
        double[] ms = new double[ROUNDS];
        Object sink = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            sink = run.get();
            ms[round] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        Arrays.sort(ms);
        return new double[] {ms[0], ms[ROUNDS / 2]};
    }

    private static List<MatchPerson> people(Random random, List<Place> essex, int count) {
        List<Place> deprived = essex.stream().filter(Place::deprived).toList();
        List<MatchPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Place home = random.nextDouble() < 0.6 ? pick(random, deprived) : pick(random, essex);
            int age = 16 + random.nextInt(45);
            people.add(new MatchPerson(home.lat(), home.lon(),
                    random.nextInt(100) < 15 ? 0 : interests(random),
                    random.nextInt(101),
                    random.nextInt(7),
                    random.nextInt(100) < 10 ? -1 : 8 + random.nextInt(33),
                    random.nextInt(100) < 20 ? 0 : 1 + random.nextInt(15),
                    (2026 - age) * 10000 + (1 + random.nextInt(12)) * 100 + 1 + random.nextInt(28)));
        }
        return people;
    }

    private static long interests(Random random) {
        long bits = 0;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            bits |= 1L << random.nextInt(8);
        }
        return bits;
    }

    private static List<MatchOpening> openings(Random random, List<Place> essex, int count) {
        // 70% within 5 km of a hospital or large care site, the rest anywhere in the county.
        List<List<Place>> nearHubs = new ArrayList<>();
        Map<String, Place> byPostcode = new HashMap<>();
        for (Place p : essex) {
            byPostcode.put(p.postcode(), p);
        }
        for (String hub : HUBS) {
            Place centre = byPostcode.getOrDefault(hub, essex.get(0));
            nearHubs.add(essex.stream()
                    .filter(p -> Suitability.kilometres(centre.lat(), centre.lon(), p.lat(), p.lon()) <= 5).toList());
        }
        List<MatchOpening> openings = new ArrayList<>(count);
        for (int o = 0; o < count; o++) {
            Place site = random.nextDouble() < 0.7 ? pick(random, nearHubs.get(random.nextInt(nearHubs.size()))) : pick(random, essex);
            int shifts = 1 << random.nextInt(4);
            if (random.nextBoolean()) {
                shifts |= 1 << random.nextInt(4);
            }
            openings.add(new MatchOpening(site.lat(), site.lon(), random.nextInt(8), 16 + random.nextInt(22), shifts,
                    random.nextBoolean() ? 16 : 18, random.nextInt(100) < 20 ? 24 : Integer.MAX_VALUE,
                    20260101 + random.nextInt(12) * 100 + random.nextInt(28), 1 + random.nextInt(3)));
        }
        return openings;
    }

    private static Place pick(Random random, List<Place> places) {
        return places.get(random.nextInt(places.size()));
    }

    /** Every Essex postcode in the shipped file, with its coordinates. */
    private static List<Place> essexPostcodes() throws Exception {
        var resource = MatchingBenchmark.class.getResourceAsStream(BenchData.POSTCODES);
        if (resource == null) {
            throw new IllegalStateException("The shipped postcode file " + BenchData.POSTCODES + " is not on the class path");
        }
        List<Place> places = new ArrayList<>(80_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length >= 6 && ESSEX.contains(f[2]) && !f[4].isEmpty() && !f[5].isEmpty()) {
                    places.add(new Place(f[0], Double.parseDouble(f[4]), Double.parseDouble(f[5]), DEPRIVED.contains(f[2])));
                }
            }
        }
        return places;
    }

    private MatchingBenchmark() {}
}
