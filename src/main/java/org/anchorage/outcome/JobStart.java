package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.Money;
import org.anchorage.plan.Plans;

/**
 * A job the person started, with its check points (each done, due, overdue, upcoming or not needed once
 * they left). A person may have several: someone who left can start again, and the history stays.
 */
public record JobStart(UUID id, ParticipantId participant, String employer, String roleTitle, String roleFamily, String afcBand,
                       int hourlyPayPence, BigDecimal hoursPerWeek, String contractType, LocalDate startsOn, String evidence,
                       String recordedBy, LocalDate leftOn, String leftReason, List<CheckPoint> points) {

    public String hourlyPay() {
        return Money.pounds(hourlyPayPence);
    }

    public String hours() {
        return hoursPerWeek.stripTrailingZeros().toPlainString();
    }

    public String roleFamilyLabel() {
        return Plans.ROLE_FAMILIES.getOrDefault(roleFamily, roleFamily);
    }

    public String contractLabel() {
        return JobStarts.CONTRACT_TYPES.getOrDefault(contractType, contractType);
    }

    public String evidenceLabel() {
        return JobStarts.EVIDENCE.getOrDefault(evidence, evidence);
    }

    public String leftReasonLabel() {
        return leftReason == null ? null : JobStarts.LEAVING_REASONS.getOrDefault(leftReason, leftReason);
    }

    public boolean current() {
        return leftOn == null;
    }

    /** The earliest check point still to do, or null when every check is done or the person left. */
    public CheckPoint nextCheck() {
        return points.stream().filter(CheckPoint::open).findFirst().orElse(null);
    }

    /**
     * What a navigator enters. Pay in pence; hours a week may have a half hour; {@code confirmLongHours}
     * is the box that allows more than 48 hours a week (the Working Time Regulations' limit, which a
     * worker may opt out of).
     */
    public record New(String employer, String roleTitle, String roleFamily, String afcBand, Integer hourlyPayPence,
                      BigDecimal hoursPerWeek, boolean confirmLongHours, String contractType, LocalDate startsOn, String evidence) {}
}
