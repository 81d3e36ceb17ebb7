package org.anchorage.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SuitabilityTest {

    private static final int STARTS = 20260701;

    private static MatchPerson person(long interests, int readiness, int checks, int hours, int shifts, int bornOn) {
        return new MatchPerson(51.57, 0.45, interests, readiness, checks, hours, shifts, bornOn);
    }

    private static MatchOpening opening(int family, int hours, int shifts, int minimumAge, int maximumAge) {
        return new MatchOpening(51.56, 0.45, family, hours, shifts, minimumAge, maximumAge, STARTS, 1);
    }

    @Test
    void each_part_scores_as_specified_and_the_total_is_their_sum() {
        // Interested in family 3; readiness 62 -> 12.4 -> 12; 3 checks -> 7.5 -> 8; 5 of 15 km -> 13.3 -> 13;
        // 20 of 30 hours -> 6.7 -> 7; one of the two required shifts -> 2.
        MatchPerson p = person(1L << 3 | 1L << 5, 62, 3, 20, 0b0101, 19900101);
        MatchOpening o = opening(3, 30, 0b0011, 18, Integer.MAX_VALUE);

        Suitability.Breakdown b = Suitability.breakdown(p, o, 5.0, 15.0);

        assertThat(b).isEqualTo(new Suitability.Breakdown(30, 12, 8, 13, 7, 2, 5.0));
        assertThat(b.total()).isEqualTo(72);
        assertThat(Suitability.score(p, o, 5.0, 15.0)).isEqualTo(72);
    }

    @Test
    void role_points_are_full_for_a_stated_interest_some_for_none_stated_and_nothing_for_another_family() {
        MatchOpening o = opening(63, 30, 1, 16, Integer.MAX_VALUE);
        assertThat(Suitability.breakdown(person(1L << 63, 50, 0, 10, 1, 19900101), o, 1, 15).role()).isEqualTo(30);
        assertThat(Suitability.breakdown(person(0, 50, 0, 10, 1, 19900101), o, 1, 15).role()).isEqualTo(10);
        assertThat(Suitability.breakdown(person(1L << 62, 50, 0, 10, 1, 19900101), o, 1, 15).role()).isZero();
        // Family 64 must not alias family 0 through Java's shift-by-mod-64.
        assertThat(Suitability.breakdown(person(1L, 50, 0, 10, 1, 19900101), opening(64, 30, 1, 16, 99), 1, 15).role())
                .isZero();
    }

    @Test
    void hours_and_shifts_give_middling_points_when_unknown_and_full_points_when_covered() {
        MatchOpening o = opening(0, 30, 0b0110, 16, Integer.MAX_VALUE);
        assertThat(Suitability.breakdown(person(0, 0, 0, -1, 0, 19900101), o, 0, 15))
                .extracting(Suitability.Breakdown::hours, Suitability.Breakdown::shifts).containsExactly(5, 3);
        assertThat(Suitability.breakdown(person(0, 0, 0, 30, 0b1110, 19900101), o, 0, 15))
                .extracting(Suitability.Breakdown::hours, Suitability.Breakdown::shifts).containsExactly(10, 5);
        assertThat(Suitability.breakdown(person(0, 0, 0, 0, 0b1001, 19900101), o, 0, 15))
                .extracting(Suitability.Breakdown::hours, Suitability.Breakdown::shifts).containsExactly(0, 0);
    }

    @Test
    void the_best_possible_pair_scores_100_and_the_worst_permitted_pair_scores_0() {
        MatchOpening o = opening(2, 30, 0b1, 16, Integer.MAX_VALUE);
        assertThat(Suitability.score(person(1L << 2, 100, 6, 40, 0b1, 19900101), o, 0, 15)).isEqualTo(100);
        assertThat(Suitability.score(person(1L << 1, 0, 0, 0, 0b10, 19900101), o, 15, 15)).isZero();
    }

    @Test
    void inputs_outside_their_ranges_cannot_push_a_score_outside_0_to_100() {
        MatchOpening o = opening(2, 30, 0b1, 16, Integer.MAX_VALUE);
        assertThat(Suitability.score(person(1L << 2, 500, 60, 40, 0b1, 19900101), o, 0, 15)).isEqualTo(100);
        assertThat(Suitability.score(person(1L << 1, -50, -3, 0, 0b10, 19900101), o, 15, 15)).isZero();
    }

    @Test
    void someone_under_the_minimum_age_on_the_start_date_is_excluded_and_on_their_birthday_is_not() {
        MatchOpening o = opening(0, 30, 1, 18, Integer.MAX_VALUE);
        MatchPerson seventeen = person(0, 50, 0, 30, 1, 20080702);
        MatchPerson eighteenToday = person(0, 50, 0, 30, 1, 20080701);
        assertThat(Suitability.breakdown(seventeen, o, 1, 15)).isNull();
        assertThat(Suitability.score(seventeen, o, 1, 15)).isEqualTo(-1);
        assertThat(Suitability.breakdown(eighteenToday, o, 1, 15)).isNotNull();
        assertThat(Suitability.score(eighteenToday, o, 1, 15)).isPositive();
    }

    @Test
    void someone_over_the_maximum_age_on_the_start_date_is_excluded_and_at_it_is_not() {
        MatchOpening o = opening(0, 30, 1, 16, 24);
        MatchPerson twentyFive = person(0, 50, 0, 30, 1, 20010701);
        MatchPerson twentyFour = person(0, 50, 0, 30, 1, 20010702);
        assertThat(Suitability.breakdown(twentyFive, o, 1, 15)).isNull();
        assertThat(Suitability.score(twentyFive, o, 1, 15)).isEqualTo(-1);
        assertThat(Suitability.breakdown(twentyFour, o, 1, 15)).isNotNull();
    }

    @Test
    void a_pair_beyond_the_radius_is_excluded_and_one_at_the_radius_scores_no_distance_points() {
        MatchOpening o = opening(0, 30, 1, 16, Integer.MAX_VALUE);
        MatchPerson p = person(0, 50, 0, 30, 1, 19900101);
        assertThat(Suitability.breakdown(p, o, 15.0001, 15)).isNull();
        assertThat(Suitability.score(p, o, 15.0001, 15)).isEqualTo(-1);
        assertThat(Suitability.score(p, o, Double.NaN, 15)).isEqualTo(-1);
        assertThat(Suitability.breakdown(p, o, 15, 15).distance()).isZero();
        assertThat(Suitability.breakdown(p, o, 0, 15).distance()).isEqualTo(20);
    }

    @Test
    void age_counts_completed_years_across_month_ends_and_leap_days() {
        assertThat(Suitability.ageOn(20000229, 20010228)).isZero();
        assertThat(Suitability.ageOn(20000229, 20010301)).isEqualTo(1);
        assertThat(Suitability.ageOn(19891231, 20260101)).isEqualTo(36);
        assertThat(Suitability.ageOn(19900101, 20260101)).isEqualTo(36);
        assertThat(Suitability.ageOn(19900102, 20260101)).isEqualTo(35);
    }

    @Test
    void kilometres_is_the_great_circle_distance() {
        // One degree of the equator is 2πR/360.
        assertThat(Suitability.kilometres(0, 0, 0, 1)).isCloseTo(2 * Math.PI * 6371.0088 / 360, within(1e-9));
        // Basildon Hospital to Southend Hospital: about 16.4 km as the crow flies.
        double km = Suitability.kilometres(51.55843, 0.45176, 51.55384, 0.68864);
        assertThat(km).isBetween(16.3, 16.6);
        assertThat(Suitability.kilometres(51.55384, 0.68864, 51.55843, 0.45176)).isEqualTo(km);
        assertThat(Suitability.kilometres(51.5, 0.5, 51.5, 0.5)).isZero();
    }

    @Test
    void the_link_builders_distance_agrees_with_kilometres_to_a_billionth() {
        Random random = new Random(3);
        CandidateLinks.Points a = new CandidateLinks.Points(1);
        CandidateLinks.Points b = new CandidateLinks.Points(1);
        for (int i = 0; i < 20_000; i++) {
            double lat1 = 51.4 + random.nextDouble() * 0.7;
            double lon1 = 0.0 + random.nextDouble() * 1.3;
            double lat2 = lat1 + (random.nextDouble() - 0.5) * (i % 2 == 0 ? 0.5 : 0.002);
            double lon2 = lon1 + (random.nextDouble() - 0.5) * (i % 2 == 0 ? 0.8 : 0.003);
            a.set(0, lat1, lon1);
            b.set(0, lat2, lon2);
            double x = a.sinHalfLat[0] * b.cosHalfLat[0] - a.cosHalfLat[0] * b.sinHalfLat[0];
            double y = a.sinHalfLon[0] * b.cosHalfLon[0] - a.cosHalfLon[0] * b.sinHalfLon[0];
            double fast = CandidateLinks.kilometresFromH(x * x + a.cosLat[0] * b.cosLat[0] * y * y);
            double exact = Suitability.kilometres(lat1, lon1, lat2, lon2);
            assertThat(fast).isCloseTo(exact, within(1e-9 * exact + 1e-9));
        }
    }
}
