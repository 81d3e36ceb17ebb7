package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A check made at one of the programme's check points: still in work (and how), or left. */
public record SustainmentCheck(UUID id, int weeks, LocalDate checkedOn, String status, BigDecimal hoursPerWeek, String evidence,
                               String supportGiven, String recordedBy) {

    public String statusLabel() {
        return JobStarts.CHECK_STATUSES.getOrDefault(status, status);
    }

    public String evidenceLabel() {
        return JobStarts.EVIDENCE.getOrDefault(evidence, evidence);
    }

    /**
     * What a navigator enters. {@code leftOn} and {@code leftReason} only when the status is "left";
     * {@code hoursPerWeek} only when still in work.
     */
    public record New(Integer weeks, LocalDate checkedOn, String status, BigDecimal hoursPerWeek, String evidence, String supportGiven,
                      LocalDate leftOn, String leftReason) {}
}
