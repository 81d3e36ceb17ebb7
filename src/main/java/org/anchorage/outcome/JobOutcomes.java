package org.anchorage.outcome;

import java.util.List;
import java.util.UUID;

/**
 * A job start's outcomes: none, with the reason, when the job does not count under the programme's rule
 * ("Under the programme's 16 hours a week"); otherwise one status per definition in force on its start date.
 */
public record JobOutcomes(UUID jobStart, String notCountedBecause, List<OutcomeStatus> outcomes) {

    public boolean counts() {
        return notCountedBecause == null;
    }
}
