package org.anchorage.matching;

import java.util.List;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * The assignment proposed for a cohort, for a navigator to review: each pair with its score and reasons,
 * the people left without a placement (and why), and the total suitability of the exact assignment
 * beside a first-come greedy one, so the gain is visible.
 */
public record Proposal(List<Match> matches, List<Unmatched> unmatched, int people, int placements, int places, long links,
                       long totalSuitability, long greedyTotalSuitability) {

    /** Someone left without a suggestion, and why in plain words ("No placement within 15 km"). */
    public record Unmatched(ParticipantId participant, String name, String reason) {}

    public record Match(ParticipantId participant, String name, UUID placement, String placementTitle, String employer,
                        int suitability, List<String> reasons) {

        public String key() {
            return participant.value() + ":" + placement;
        }
    }
}
