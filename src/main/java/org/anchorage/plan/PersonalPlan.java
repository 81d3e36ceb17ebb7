package org.anchorage.plan;

import java.time.LocalDate;
import java.util.List;

/** Everything in one participant's plan, with whether the review is overdue and the distance travelled. */
public record PersonalPlan(LocalDate nextReviewOn, boolean reviewOverdue, int version, List<Goal> goals,
                           List<Assessment> assessments, List<Change> distanceTravelled, WellbeingScale scale) {

    /** One wellbeing item (or the barrier count) at the first and the latest assessment. */
    public record Change(String measure, Integer first, Integer latest, boolean better, boolean worse) {}
}
