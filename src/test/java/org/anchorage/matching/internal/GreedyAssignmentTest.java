package org.anchorage.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyAssignmentTest {

    private static MatchOpening places(int places) {
        return new MatchOpening(51.6, 0.5, 0, 30, 1, 16, Integer.MAX_VALUE, 20260101, places);
    }

    @Test
    void greedy_takes_the_highest_scoring_links_first_and_stops_at_each_openings_places() {
        CandidateLinks links = CandidateLinks.of(4, new int[][][] {
                {{0, 50}, {1, 95}, {2, 60}},
                {{0, 70}, {1, 90}, {3, 20}}});
        ExactAssignment.Result result = GreedyAssignment.solve(links, List.of(places(2), places(1)));
        // 95: person 1 -> 0; 90: person 1 taken; 70: person 0 -> 1 (now full); 60: person 2 -> 0 (now full).
        assertThat(result.openingOfPerson()).containsExactly(1, 0, 0, -1);
        assertThat(result.totalSuitability()).isEqualTo(225);
        assertThat(result.assigned()).isEqualTo(3);
    }
}
