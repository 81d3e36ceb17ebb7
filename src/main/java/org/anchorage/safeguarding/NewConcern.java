package org.anchorage.safeguarding;

import java.util.List;

/**
 * What a staff member raises. Only the description is required; everything else may be missing, so
 * raising a concern is never blocked (an unanswered immediate risk is kept as "not sure").
 */
public record NewConcern(List<ConcernCategory> categories, String description, Answer immediateRisk, String whenAndWhere,
                         String actionTaken, Answer personKnows) {

    public static final int MAX_DESCRIPTION = 10_000;

    public NewConcern {
        categories = categories == null ? List.of() : List.copyOf(categories);
        immediateRisk = immediateRisk == null ? Answer.NOT_SURE : immediateRisk;
        whenAndWhere = whenAndWhere == null ? "" : whenAndWhere.strip();
        actionTaken = actionTaken == null ? "" : actionTaken.strip();
    }
}
