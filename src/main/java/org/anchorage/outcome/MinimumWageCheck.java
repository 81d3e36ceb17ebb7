package org.anchorage.outcome;

import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Placements;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;

/** The one minimum wage check a job start and a change in a job both make: the legal minimum for the person's age that day. */
final class MinimumWageCheck {

    private MinimumWageCheck() {}

    /** The problem with this pay on this day, or null when it is at least the minimum. */
    static RuleViolation problem(Participants participants, Placements placements, ParticipantId participant, int pence,
                                 java.time.LocalDate on, String payField, String dateField, String dateLabel, String what) {
        int age = participants.ageOn(participant, on, "the minimum wage check for " + what);
        // Asked only from 16: below that placement's facade refuses, and its refusal would roll this transaction back.
        if (age < 16) {
            return new RuleViolation(dateField, "The person would be under 16 on " + dateLabel);
        }
        var minimum = placements.minimumWage(age, on);
        if (pence < minimum.hourlyPence()) {
            return new RuleViolation(payField, "The hourly pay is below the " + minimum.label() + " of "
                    + minimum.hourly() + " for someone aged " + age + " on " + Display.date(on));
        }
        return null;
    }
}
