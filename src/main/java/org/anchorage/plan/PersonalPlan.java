package org.anchorage.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything in one participant's plan, with whether the review is overdue and the distance travelled.
 *
 * @param compared how many assessments on the plan's scale the distance travelled is drawn from
 */
public record PersonalPlan(LocalDate nextReviewOn, boolean reviewOverdue, int version, List<Goal> goals,
                           List<Assessment> assessments, List<Change> distanceTravelled, WellbeingScale scale, int compared) {

    /** One wellbeing item (or the barrier count) at the first and the latest assessment, and latest minus first. */
    public record Change(String measure, Integer first, Integer latest, boolean better, boolean worse, int difference) {

        /** "+3", "-2" or "0", so a change reads the same on a page and in a screen reader. */
        public String signed() {
            return difference > 0 ? "+" + difference : Integer.toString(difference);
        }
    }

    /** The most recent assessment, or null before the first. */
    public Assessment latest() {
        return assessments.isEmpty() ? null : assessments.getLast();
    }
}
