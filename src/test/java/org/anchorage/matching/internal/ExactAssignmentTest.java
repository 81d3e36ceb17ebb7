package org.anchorage.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactAssignmentTest {

    private static MatchOpening places(int places) {
        return new MatchOpening(51.6, 0.5, 0, 30, 1, 16, Integer.MAX_VALUE, 20260101, places);
    }

    /** A random instance: links[o] = {person, score} pairs; some people and openings get no links. */
    private record Instance(int people, int[][][] links, List<MatchOpening> openings) {
        CandidateLinks candidateLinks() {
            return CandidateLinks.of(people, links);
        }
    }

    private static Instance random(Random random, int maxPeople, int maxOpenings, int maxPlaces) {
        int people = random.nextInt(1, maxPeople + 1);
        int openingCount = random.nextInt(1, maxOpenings + 1);
        double density = random.nextDouble();
        // Few distinct scores on some instances, so ties (the hard part of exactness) are common.
        int scoreStep = random.nextBoolean() ? 1 : 25;
        int[][][] links = new int[openingCount][][];
        List<MatchOpening> openings = new ArrayList<>();
        for (int o = 0; o < openingCount; o++) {
            List<int[]> list = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                if (random.nextDouble() < density) {
                    list.add(new int[] {p, random.nextInt(Suitability.MAX_POINTS / scoreStep + 1) * scoreStep});
                }
            }
            links[o] = list.toArray(int[][]::new);
            openings.add(places(random.nextInt(1, maxPlaces + 1)));
        }
        return new Instance(people, links, openings);
    }

    /** Every way of giving each person one of their linked openings or none, within the places. */
    private static long exhaustive(Instance instance) {
        int[][] score = new int[instance.people][instance.links.length];
        for (int[] row : score) {
            Arrays.fill(row, -1);
        }
        for (int o = 0; o < instance.links.length; o++) {
            for (int[] link : instance.links[o]) {
                score[link[0]][o] = link[1];
            }
        }
        int[] left = instance.openings.stream().mapToInt(MatchOpening::places).toArray();
        return best(score, left, 0);
    }

    private static long best(int[][] score, int[] left, int p) {
        if (p == score.length) {
            return 0;
        }
        long best = best(score, left, p + 1);
        for (int o = 0; o < left.length; o++) {
            if (score[p][o] >= 0 && left[o] > 0) {
                left[o]--;
                best = Math.max(best, score[p][o] + best(score, left, p + 1));
                left[o]++;
            }
        }
        return best;
    }

    /**
     * Textbook min-cost flow: source → opening (capacity places) → person (capacity 1, cost -score) →
     * sink (capacity 1), augmenting along Bellman-Ford shortest paths while they have negative cost.
     */
    static long minCostFlow(int people, CandidateLinks links, List<MatchOpening> openings) {
        int m = openings.size();
        int source = m + people;
        int sink = source + 1;
        int nodes = sink + 1;
        List<int[]> edges = new ArrayList<>(); // {from, to, capacity, cost}; edge e^1 is its reverse
        for (int o = 0; o < m; o++) {
            addEdge(edges, source, o, openings.get(o).places(), 0);
            for (int k = links.start(o); k < links.end(o); k++) {
                addEdge(edges, o, m + links.person(k), 1, -links.score(k));
            }
        }
        for (int p = 0; p < people; p++) {
            addEdge(edges, m + p, sink, 1, 0);
        }
        long total = 0;
        while (true) {
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            dist[source] = 0;
            for (int round = 0; round < nodes; round++) {
                boolean changed = false;
                for (int e = 0; e < edges.size(); e++) {
                    int[] edge = edges.get(e);
                    if (edge[2] > 0 && dist[edge[0]] != Long.MAX_VALUE && dist[edge[0]] + edge[3] < dist[edge[1]]) {
                        dist[edge[1]] = dist[edge[0]] + edge[3];
                        via[edge[1]] = e;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
                return total;
            }
            for (int node = sink; node != source; node = edges.get(via[node])[0]) {
                edges.get(via[node])[2]--;
                edges.get(via[node] ^ 1)[2]++;
            }
            total -= dist[sink];
        }
    }

    private static void addEdge(List<int[]> edges, int from, int to, int capacity, int cost) {
        edges.add(new int[] {from, to, capacity, cost});
        edges.add(new int[] {to, from, 0, -cost});
    }

    /** The result is a real assignment over the links, within the places, and its figures add up. */
    private static void assertFeasible(ExactAssignment.Result result, CandidateLinks links, List<MatchOpening> openings) {
        assertThat(result.openingOfPerson()).hasSize(links.people());
        int[] taken = new int[openings.size()];
        long total = 0;
        int assigned = 0;
        for (int p = 0; p < links.people(); p++) {
            int o = result.openingOfPerson()[p];
            if (o >= 0) {
                int score = links.scoreOf(o, p);
                assertThat(score).as("person %d was given opening %d without a link", p, o).isNotNegative();
                taken[o]++;
                total += score;
                assigned++;
            } else {
                assertThat(o).isEqualTo(-1);
            }
        }
        for (int o = 0; o < openings.size(); o++) {
            assertThat(taken[o]).as("places used at opening %d", o).isLessThanOrEqualTo(openings.get(o).places());
        }
        assertThat(result.totalSuitability()).isEqualTo(total);
        assertThat(result.assigned()).isEqualTo(assigned);
    }

    /**
     * Solves with places as rows and with people as rows: both must be feasible and reach the same total,
     * and the public entry point (which picks a side by size) must agree with them.
     */
    private static ExactAssignment.Result solveBothSides(CandidateLinks links, List<MatchOpening> openings) {
        ExactAssignment.Result byPlaces = ExactAssignment.solve(links, openings, ExactAssignment.Rows.PLACES);
        ExactAssignment.Result byPeople = ExactAssignment.solve(links, openings, ExactAssignment.Rows.PEOPLE);
        ExactAssignment.Result chosen = ExactAssignment.solve(links, openings);
        assertFeasible(byPlaces, links, openings);
        assertFeasible(byPeople, links, openings);
        assertFeasible(chosen, links, openings);
        assertThat(byPeople.totalSuitability()).as("people as rows against places as rows")
                .isEqualTo(byPlaces.totalSuitability());
        assertThat(chosen.totalSuitability()).isEqualTo(byPlaces.totalSuitability());
        return chosen;
    }

    @Test
    void the_exact_assignment_equals_exhaustive_search_and_is_never_worse_than_greedy_on_small_cases() {
        Random random = new Random(2024);
        int greedyBeaten = 0;
        for (int i = 0; i < 600; i++) {
            Instance instance = random(random, 7, 3, 3);
            CandidateLinks links = instance.candidateLinks();
            ExactAssignment.Result exact = solveBothSides(links, instance.openings);
            ExactAssignment.Result greedy = GreedyAssignment.solve(links, instance.openings);
            assertFeasible(greedy, links, instance.openings);
            assertThat(exact.totalSuitability()).as("instance %d", i).isEqualTo(exhaustive(instance));
            assertThat(exact.totalSuitability()).isGreaterThanOrEqualTo(greedy.totalSuitability());
            if (exact.totalSuitability() > greedy.totalSuitability()) {
                greedyBeaten++;
            }
        }
        assertThat(greedyBeaten).as("instances where greedy fell short, so the comparison had teeth").isPositive();
    }

    @Test
    void the_exact_assignment_equals_a_bellman_ford_min_cost_flow_with_several_places_per_opening() {
        Random random = new Random(77);
        for (int i = 0; i < 300; i++) {
            Instance instance = random(random, 40, 12, 3);
            CandidateLinks links = instance.candidateLinks();
            ExactAssignment.Result exact = solveBothSides(links, instance.openings);
            assertThat(exact.totalSuitability()).as("instance %d", i)
                    .isEqualTo(minCostFlow(instance.people, links, instance.openings));
        }
    }

    @Test
    void the_exact_assignment_equals_min_cost_flow_on_links_built_from_suitability() {
        Random random = new Random(8);
        for (int i = 0; i < 40; i++) {
            List<MatchPerson> people = CandidateLinksTest.people(random, 30 + random.nextInt(50));
            List<MatchOpening> openings = CandidateLinksTest.openings(random, 5 + random.nextInt(15));
            CandidateLinks links = CandidateLinks.build(people, openings, 5 + random.nextInt(20));
            ExactAssignment.Result exact = solveBothSides(links, openings);
            assertThat(exact.totalSuitability()).isEqualTo(minCostFlow(people.size(), links, openings));
            assertThat(exact.totalSuitability()).isGreaterThanOrEqualTo(GreedyAssignment.solve(links, openings).totalSuitability());
        }
    }

    @Test
    void the_exact_assignment_equals_min_cost_flow_where_places_outnumber_people_and_where_people_outnumber_places() {
        Random random = new Random(31);
        for (int[] size : new int[][] {{150, 120}, {400, 60}}) {
            List<MatchPerson> people = CandidateLinksTest.people(random, size[0]);
            List<MatchOpening> openings = CandidateLinksTest.openings(random, size[1]);
            CandidateLinks links = CandidateLinks.build(people, openings, 25);
            ExactAssignment.Result exact = solveBothSides(links, openings);
            assertThat(exact.totalSuitability()).isEqualTo(minCostFlow(people.size(), links, openings));
        }
    }

    @Test
    void with_fewer_people_than_places_both_sides_equal_exhaustive_search_with_up_to_five_places() {
        Random random = new Random(515);
        int peopleRows = 0;
        for (int i = 0; i < 500; i++) {
            Instance instance = random(random, 6, 4, 5);
            CandidateLinks links = instance.candidateLinks();
            if (ExactAssignment.smallerSide(links, instance.openings) == ExactAssignment.Rows.PEOPLE) {
                peopleRows++;
            }
            ExactAssignment.Result exact = solveBothSides(links, instance.openings);
            assertThat(exact.totalSuitability()).as("instance %d", i).isEqualTo(exhaustive(instance));
        }
        assertThat(peopleRows).as("instances solved with people as rows by default").isGreaterThan(200);
    }

    @Test
    void with_fewer_people_than_places_both_sides_equal_a_bellman_ford_min_cost_flow() {
        Random random = new Random(4242);
        for (int i = 0; i < 300; i++) {
            // Up to 25 people against up to 15 openings of 1-5 places: usually more places than people.
            Instance instance = random(random, 25, 15, 5);
            CandidateLinks links = instance.candidateLinks();
            ExactAssignment.Result exact = solveBothSides(links, instance.openings);
            assertThat(exact.totalSuitability()).as("instance %d", i)
                    .isEqualTo(minCostFlow(instance.people, links, instance.openings));
        }
    }

    @Test
    void a_full_opening_gives_up_its_cheapest_occupant_to_a_newcomer() {
        // Opening 0 has two places, opening 1 one place. People 0 and 1 fill opening 0 first (people as
        // rows, in order); person 2 suits only opening 0, and the best total moves person 1 (who loses
        // least by moving) to opening 1: 90 + 60 + 80 = 230, not 90 + 70 = 160 or 90 + 70 + 0.
        CandidateLinks links = CandidateLinks.of(3, new int[][][] {
                {{0, 90}, {1, 70}, {2, 80}},
                {{0, 20}, {1, 60}}});
        List<MatchOpening> openings = List.of(places(2), places(1));
        for (ExactAssignment.Rows rows : ExactAssignment.Rows.values()) {
            ExactAssignment.Result result = ExactAssignment.solve(links, openings, rows);
            assertThat(result.openingOfPerson()).as("%s as rows", rows).containsExactly(0, 1, 0);
            assertThat(result.totalSuitability()).isEqualTo(230);
            assertThat(result.assigned()).isEqualTo(3);
        }
        assertThat(ExactAssignment.smallerSide(links, openings)).isEqualTo(ExactAssignment.Rows.PLACES);
    }

    @Test
    void many_places_and_few_people_take_people_as_rows_and_match_min_cost_flow_on_built_links() {
        Random random = new Random(606);
        for (int[] size : new int[][] {{40, 100}, {60, 60}, {30, 150}}) {
            List<MatchPerson> people = CandidateLinksTest.people(random, size[0]);
            List<MatchOpening> openings = CandidateLinksTest.openings(random, size[1]);
            CandidateLinks links = CandidateLinks.build(people, openings, 25);
            assertThat(ExactAssignment.smallerSide(links, openings)).isEqualTo(ExactAssignment.Rows.PEOPLE);
            ExactAssignment.Result exact = solveBothSides(links, openings);
            assertThat(exact.totalSuitability()).isEqualTo(minCostFlow(people.size(), links, openings));
        }
    }

    @Test
    void people_as_rows_leave_openings_without_places_and_people_without_links_alone() {
        CandidateLinks links = CandidateLinks.of(3, new int[][][] {{{0, 90}, {1, 50}}, {{1, 40}}, {}});
        List<MatchOpening> openings = List.of(places(0), places(4), places(2));
        ExactAssignment.Result result = ExactAssignment.solve(links, openings, ExactAssignment.Rows.PEOPLE);
        assertThat(result.openingOfPerson()).containsExactly(-1, 1, -1);
        assertThat(result.totalSuitability()).isEqualTo(40);
        assertThat(result.assigned()).isEqualTo(1);
    }

    @Test
    void exact_assignment_beats_greedy_where_taking_the_best_link_first_blocks_two_good_ones() {
        // Ana suits both wards (90 and 85); Ben suits only the first (80). Greedy gives Ana the first
        // ward and leaves Ben out (90); exact gives Ana the second and Ben the first (165).
        CandidateLinks links = CandidateLinks.of(2, new int[][][] {
                {{0, 90}, {1, 80}},
                {{0, 85}}});
        List<MatchOpening> openings = List.of(places(1), places(1));

        ExactAssignment.Result greedy = GreedyAssignment.solve(links, openings);
        ExactAssignment.Result exact = ExactAssignment.solve(links, openings);

        assertThat(greedy.openingOfPerson()).containsExactly(0, -1);
        assertThat(greedy.totalSuitability()).isEqualTo(90);
        assertThat(exact.openingOfPerson()).containsExactly(1, 0);
        assertThat(exact.totalSuitability()).isEqualTo(165);
        assertThat(exact.assigned()).isEqualTo(2);
    }

    @Test
    void an_opening_takes_up_to_its_places_and_the_best_people_fill_them() {
        CandidateLinks links = CandidateLinks.of(5, new int[][][] {
                {{0, 40}, {1, 70}, {2, 55}, {3, 90}, {4, 10}}});
        ExactAssignment.Result result = ExactAssignment.solve(links, List.of(places(3)));
        assertThat(result.openingOfPerson()).containsExactly(-1, 0, 0, 0, -1);
        assertThat(result.totalSuitability()).isEqualTo(215);
        assertThat(result.assigned()).isEqualTo(3);
    }

    @Test
    void people_without_links_and_openings_without_links_stay_unassigned() {
        CandidateLinks links = CandidateLinks.of(4, new int[][][] {{}, {{2, 60}}, {}});
        ExactAssignment.Result result = ExactAssignment.solve(links, List.of(places(2), places(1), places(3)));
        assertThat(result.openingOfPerson()).containsExactly(-1, -1, 1, -1);
        assertThat(result.totalSuitability()).isEqualTo(60);
        assertThat(result.assigned()).isEqualTo(1);
    }

    @Test
    void links_and_openings_that_do_not_match_in_number_are_refused() {
        CandidateLinks links = CandidateLinks.of(1, new int[][][] {{{0, 50}}});
        assertThatThrownBy(() -> ExactAssignment.solve(links, List.of(places(1), places(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GreedyAssignment.solve(links, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_large_random_case_is_feasible_and_at_least_as_good_as_greedy() {
        Random random = new Random(99);
        List<MatchPerson> people = CandidateLinksTest.people(random, 3000);
        List<MatchOpening> openings = CandidateLinksTest.openings(random, 600);
        CandidateLinks links = CandidateLinks.build(people, openings, 15);
        ExactAssignment.Result exact = ExactAssignment.solve(links, openings);
        ExactAssignment.Result greedy = GreedyAssignment.solve(links, openings);
        assertFeasible(exact, links, openings);
        assertFeasible(greedy, links, openings);
        assertThat(exact.totalSuitability()).isGreaterThan(greedy.totalSuitability());
    }
}
