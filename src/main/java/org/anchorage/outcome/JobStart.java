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
public record JobStart(UUID id, ParticipantId participant, String employer, String employerSector, String roleTitle, String roleFamily,
                       String afcBand, int hourlyPayPence, BigDecimal hoursPerWeek, String contractType, LocalDate startsOn,
                       String evidence, String recordedBy, LocalDate leftOn, String leftReason, List<CheckPoint> points,
                       List<JobChange> changes) {

    /** The kind of employer; "Not recorded" for starts recorded before it was asked. */
    public String employerSectorLabel() {
        return employerSector == null ? "Not recorded" : JobStarts.EMPLOYER_SECTORS.getOrDefault(employerSector, employerSector);
    }

    private JobChange latest() {
        return changes.isEmpty() ? null : changes.getLast();
    }

    /** The hourly pay now, in pence: the latest change's, else the start's. */
    public int currentPayPence() {
        return latest() == null ? hourlyPayPence : latest().hourlyPayPence();
    }

    public String currentHourlyPay() {
        return Money.pounds(currentPayPence());
    }

    public BigDecimal currentHoursPerWeek() {
        return latest() == null ? hoursPerWeek : latest().hoursPerWeek();
    }

    public String currentHours() {
        return currentHoursPerWeek().stripTrailingZeros().toPlainString();
    }

    public String currentBand() {
        return latest() == null ? afcBand : latest().afcBand();
    }

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
     * What a navigator enters. {@code employerSector} is one of {@link JobStarts#EMPLOYER_SECTORS} (the form asks it
     * every time; the API may leave it out, recorded as not known). Pay in pence; hours a week may have a half hour; {@code confirmLongHours}
     * is the box that allows more than 48 hours a week (the Working Time Regulations' limit, which a
     * worker may opt out of).
     */
    public record New(String employer, String employerSector, String roleTitle, String roleFamily, String afcBand, Integer hourlyPayPence,
                      BigDecimal hoursPerWeek, boolean confirmLongHours, String contractType, LocalDate startsOn, String evidence) {}
}
