package org.anchorage.outcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a job start stands on one outcome definition.
 *
 * @param status      "on-track", "needs-evidence" (the projected date passed, no evidence the definition accepts yet),
 *                    "achieved", "claimed" or "not-met" (left before it, or it cannot be reached)
 * @param projectedOn when hours × pay from the start reach it, or null when they cannot
 * @param achievedOn  the day the evidence showed it, or null
 * @param claimedOn   the day a manager marked it claimed, or null
 * @param achievementId the stored achievement, once evidenced and saved, or null
 * @param evidenceNeeded when it needs evidence: the kinds the definition accepts, for the navigator to get; else null
 */
public record OutcomeStatus(UUID jobStart, UUID definitionId, String definition, String name, String status, LocalDate projectedOn,
                            LocalDate achievedOn, LocalDate claimedOn, UUID achievementId, boolean sustainment,
                            String evidenceNeeded) {

    public static final String ON_TRACK = "on-track";
    public static final String NEEDS_EVIDENCE = "needs-evidence";
    public static final String ACHIEVED = "achieved";
    public static final String CLAIMED = "claimed";
    public static final String NOT_MET = "not-met";

    public String statusLabel() {
        return switch (status) {
            case ON_TRACK -> "On track";
            case NEEDS_EVIDENCE -> "Needs evidence";
            case ACHIEVED -> "Achieved";
            case CLAIMED -> "Claimed";
            default -> "Not met";
        };
    }

    /** The NHS.UK tag colour for the status. */
    public String tagClass() {
        return switch (status) {
            case ON_TRACK -> "nhsuk-tag--blue";
            case NEEDS_EVIDENCE -> "nhsuk-tag--yellow";
            case ACHIEVED -> "nhsuk-tag--green";
            case CLAIMED -> "nhsuk-tag--purple";
            default -> "nhsuk-tag--grey";
        };
    }
}
