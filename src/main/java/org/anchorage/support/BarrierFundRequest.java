package org.anchorage.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;

/**
 * A request for barrier fund money for one person: how much, why, what it buys, the support action it
 * pays for (if any), who asked, the decision and, once paid, what was actually spent.
 */
public record BarrierFundRequest(UUID id, UUID fund, ProgrammeId programme, ParticipantId participant, String participantName,
                                 UUID action, long amountPence, String reason, String buys, String status, UserId requestedBy,
                                 String requestedByName, Instant requestedAt, UserId decidedBy, String decidedByName,
                                 Instant decidedAt, String decisionReason, int version, Spend spend) {

    public static final Map<String, String> HOW_PAID = new java.util.LinkedHashMap<>();

    static {
        HOW_PAID.put("card", "Programme payment card");
        HOW_PAID.put("bank-transfer", "Bank transfer");
        HOW_PAID.put("voucher", "Voucher");
        HOW_PAID.put("cash", "Cash");
        HOW_PAID.put("invoice", "Invoice paid to a supplier");
    }

    /** What was actually paid, on which day, how, and the receipt or finance reference. */
    public record Spend(long amountPence, LocalDate paidOn, String howPaid, String receiptReference) {

        public String amount() {
            return BarrierFundMoney.pounds(amountPence);
        }

        public String howPaidLabel() {
            return HOW_PAID.getOrDefault(howPaid, howPaid);
        }
    }

    /** A request as typed: amount in pounds and pence, why, what it buys, and optionally the action it pays for. */
    public record New(String amount, String reason, String buys, UUID action) {}

    /** A payment as typed. */
    public record NewSpend(String amount, LocalDate paidOn, String howPaid, String receiptReference) {}

    public String amount() {
        return BarrierFundMoney.pounds(amountPence);
    }

    public boolean waiting() {
        return "waiting".equals(status);
    }

    public boolean approved() {
        return "approved".equals(status);
    }

    public String statusLabel() {
        return switch (status) {
            case "approved" -> spend == null ? "Approved, not yet paid" : "Paid";
            case "refused" -> "Refused";
            default -> "Waiting for approval";
        };
    }
}
