package org.anchorage.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateLinksTest {

    /** Random people and openings over Essex, partly clustered so cells hold many people. */
    static List<MatchPerson> people(Random random, int count) {
        List<MatchPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lat;
            double lon;
            if (i % 3 == 0) {
                lat = 51.57 + random.nextGaussian() * 0.02;
                lon = 0.47 + random.nextGaussian() * 0.03;
            } else {
                lat = 51.45 + random.nextDouble() * 0.6;
                lon = 0.0 + random.nextDouble() * 1.3;
            }
            people.add(new MatchPerson(lat, lon, random.nextInt(4) == 0 ? 0 : random.nextLong(1, 256),
                    random.nextInt(101), random.nextInt(7), random.nextInt(10) == 0 ? -1 : random.nextInt(10, 41),
                    random.nextInt(16), 19650101 + random.nextInt(45) * 10000 + random.nextInt(12) * 100 + random.nextInt(28)));
        }
        return people;
    }

    static List<MatchOpening> openings(Random random, int count) {
        List<MatchOpening> openings = new ArrayList<>(count);
        for (int o = 0; o < count; o++) {
            double lat = 51.45 + random.nextDouble() * 0.6;
            double lon = 0.0 + random.nextDouble() * 1.3;
            openings.add(new MatchOpening(lat, lon, random.nextInt(8), random.nextInt(16, 38), random.nextInt(1, 16),
                    random.nextBoolean() ? 16 : 18, random.nextInt(4) == 0 ? 24 : Integer.MAX_VALUE,
                    20260101 + random.nextInt(12) * 100 + random.nextInt(28), random.nextInt(1, 4)));
        }
        return openings;
    }

    /** Each opening's links as sorted "person:score" codes, so two link sets compare regardless of tie order. */
    static List<List<Long>> asSets(CandidateLinks links) {
        List<List<Long>> sets = new ArrayList<>();
        for (int o = 0; o < links.openings(); o++) {
            List<Long> set = new ArrayList<>();
            for (int k = links.start(o); k < links.end(o); k++) {
                set.add((long) links.person(k) << 8 | links.score(k));
            }
            set.sort(null);
            sets.add(set);
        }
        return sets;
    }

    @Test
    void the_grid_index_finds_exactly_the_links_that_trying_every_pair_finds() {
        Random random = new Random(11);
        long totalLinks = 0;
        for (double maxKm : new double[] {0.3, 2, 7.5, 15, 40, 120}) {
            for (int round = 0; round < 4; round++) {
                List<MatchPerson> people = people(random, 300 + random.nextInt(500));
                List<MatchOpening> openings = openings(random, 50 + random.nextInt(100));
                CandidateLinks grid = CandidateLinks.build(people, openings, maxKm);
                CandidateLinks all = CandidateLinks.buildAllPairs(people, openings, maxKm);
                assertThat(grid.size()).isEqualTo(all.size());
                assertThat(asSets(grid)).isEqualTo(asSets(all));
                totalLinks += grid.size();
            }
        }
        assertThat(totalLinks).as("the random data must produce links for the comparison to mean anything")
                .isGreaterThan(10_000);
    }

    @Test
    void pairs_just_inside_the_radius_are_found_in_neighbouring_cells_and_those_just_outside_are_not() {
        // People on a ring at 0.999 and 1.001 radii around each opening, in every direction, so they fall
        // into all eight neighbouring cells.
        double maxKm = 5;
        List<MatchOpening> openings = List.of(
                new MatchOpening(51.6, 0.5, 0, 30, 1, 16, Integer.MAX_VALUE, 20260101, 1),
                new MatchOpening(51.9, 1.1, 0, 30, 1, 16, Integer.MAX_VALUE, 20260101, 1));
        List<MatchPerson> people = new ArrayList<>();
        int inside = 0;
        for (MatchOpening o : openings) {
            for (int angle = 0; angle < 360; angle += 5) {
                for (double factor : new double[] {0.999, 1.001}) {
                    double km = maxKm * factor;
                    double dLat = km * Math.cos(Math.toRadians(angle)) / 111.195;
                    double dLon = km * Math.sin(Math.toRadians(angle)) / (111.195 * Math.cos(Math.toRadians(o.latitude())));
                    people.add(new MatchPerson(o.latitude() + dLat, o.longitude() + dLon, 0, 50, 3, 30, 1, 19900101));
                    if (Suitability.kilometres(o.latitude(), o.longitude(), o.latitude() + dLat, o.longitude() + dLon) <= maxKm) {
                        inside++;
                    }
                }
            }
        }
        CandidateLinks grid = CandidateLinks.build(people, openings, maxKm);
        assertThat(inside).isBetween(140, 148);
        assertThat(grid.size()).isEqualTo(inside);
        assertThat(asSets(grid)).isEqualTo(asSets(CandidateLinks.buildAllPairs(people, openings, maxKm)));
    }

    @Test
    void each_link_carries_the_suitability_score_of_its_pair_and_an_openings_links_run_from_best_to_worst() {
        Random random = new Random(5);
        List<MatchPerson> people = people(random, 400);
        List<MatchOpening> openings = openings(random, 60);
        CandidateLinks links = CandidateLinks.build(people, openings, 15);
        assertThat(links.size()).isGreaterThan(1000);
        assertThat(links.people()).isEqualTo(400);
        assertThat(links.openings()).isEqualTo(60);
        for (int o = 0; o < links.openings(); o++) {
            MatchOpening opening = openings.get(o);
            for (int k = links.start(o); k < links.end(o); k++) {
                MatchPerson p = people.get(links.person(k));
                double km = Suitability.kilometres(p.latitude(), p.longitude(), opening.latitude(), opening.longitude());
                assertThat(links.score(k)).isEqualTo(Suitability.score(p, opening, km, 15));
                if (k > links.start(o)) {
                    assertThat(links.score(k)).isLessThanOrEqualTo(links.score(k - 1));
                }
            }
        }
    }

    @Test
    void someone_next_door_but_too_young_or_without_coordinates_gets_no_link() {
        List<MatchOpening> openings = List.of(new MatchOpening(51.6, 0.5, 0, 30, 1, 18, Integer.MAX_VALUE, 20260101, 1));
        List<MatchPerson> people = List.of(
                new MatchPerson(51.6, 0.5, 0, 50, 3, 30, 1, 20080102),
                new MatchPerson(Double.NaN, Double.NaN, 0, 50, 3, 30, 1, 19900101),
                new MatchPerson(51.6001, 0.5, 0, 50, 3, 30, 1, 19900101));
        CandidateLinks links = CandidateLinks.build(people, openings, 15);
        assertThat(links.size()).isEqualTo(1);
        assertThat(links.person(0)).isEqualTo(2);
        assertThat(links.scoreOf(0, 0)).isEqualTo(-1);
        assertThat(links.scoreOf(0, 2)).isEqualTo(links.score(0));
    }

    @Test
    void no_people_or_no_openings_give_no_links() {
        Random random = new Random(1);
        assertThat(CandidateLinks.build(List.of(), openings(random, 5), 15).size()).isZero();
        CandidateLinks none = CandidateLinks.build(people(random, 5), List.of(), 15);
        assertThat(none.size()).isZero();
        assertThat(none.openings()).isZero();
        assertThat(none.people()).isEqualTo(5);
    }
}
