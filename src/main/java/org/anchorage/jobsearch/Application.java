package org.anchorage.jobsearch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.placement.Money;
import org.anchorage.plan.Plans;

/**
 * One job application of a participant, where it is now, every status change it went through (oldest first)
 * and the interview preparation logged against it.
 */
public record Application(UUID id, String employer, String roleTitle, String roleFamily, String afcBand, String reference,
                          LocalDate appliedOn, String status, LocalDate interviewOn, LocalTime interviewTime, String endReason,
                          BigDecimal hoursPerWeek, Integer hourlyPayPence, LocalDate proposedStartOn, boolean fromPlacement,
                          UUID jobStart, List<StatusLine> history, List<Preparation> preparation) {

    public String statusLabel() {
        return Applications.STATUSES.getOrDefault(status, status);
    }

    public String roleFamilyLabel() {
        return Plans.ROLE_FAMILIES.getOrDefault(roleFamily, roleFamily);
    }

    public String endReasonLabel() {
        return endReason == null ? null : Applications.ENDING_REASONS.getOrDefault(endReason, endReason);
    }

    /** Still moving: not started, unsuccessful or withdrawn. */
    public boolean open() {
        return Applications.OPEN.contains(status);
    }

    /** At offer or pre-employment checks: the job start can be recorded from here. */
    public boolean readyToStart() {
        return status.equals("offer") || status.equals("pre-employment-checks");
    }

    /** The statuses this application may move to by hand: later ones (never "started") or an ending. */
    public Map<String, String> nextStatuses() {
        return Applications.nextStatuses(status);
    }

    public String offeredPay() {
        return hourlyPayPence == null ? null : Money.pounds(hourlyPayPence);
    }

    public String offeredHours() {
        return hoursPerWeek == null ? null : hoursPerWeek.stripTrailingZeros().toPlainString();
    }

    /** One status change: what it moved to, the day it happened, and who recorded it when. */
    public record StatusLine(String status, LocalDate happenedOn, LocalDate interviewOn, LocalTime interviewTime, String reason,
                             String note, String recordedBy, Instant recordedAt) {

        public String statusLabel() {
            return Applications.STATUSES.getOrDefault(status, status);
        }

        public String reasonLabel() {
            return reason == null ? null : Applications.ENDING_REASONS.getOrDefault(reason, reason);
        }
    }

    /** Interview preparation: a mock interview, a skills session, help with the application. */
    public record Preparation(UUID id, String kind, LocalDate heldOn, String ledBy, String feedback, String recordedBy) {

        public String kindLabel() {
            return Applications.PREPARATION_KINDS.getOrDefault(kind, kind);
        }
    }

    /** What a navigator enters for a new application (the band and reference are optional). */
    public record New(String employer, String roleTitle, String roleFamily, String afcBand, String reference, LocalDate appliedOn) {}

    /**
     * A move to another status on the day it happened: an interview carries its date (and time, when known);
     * an ending its reason from the list.
     */
    public record StatusChange(String status, LocalDate happenedOn, LocalDate interviewOn, LocalTime interviewTime, String reason,
                               String note) {}

    /** Preparation as entered. */
    public record NewPreparation(String kind, LocalDate heldOn, String ledBy, String feedback) {}

    /**
     * A host's offer of a job after the placement: the role title, band, hours a week, hourly pay in pence,
     * an optional proposed start and message for the navigator.
     */
    public record Offer(String roleTitle, String afcBand, BigDecimal hoursPerWeek, Integer hourlyPayPence, LocalDate proposedStartOn,
                        String message) {}

    /**
     * The job start recorded from an application at offer or pre-employment checks: the employer, role, role
     * family and band come from the application; pay in pence, hours (more than 48 only with the opt-out box).
     */
    public record StartTerms(String employerSector, Integer hourlyPayPence, BigDecimal hoursPerWeek, boolean confirmLongHours, String contractType,
                             LocalDate startsOn, String evidence) {}
}
