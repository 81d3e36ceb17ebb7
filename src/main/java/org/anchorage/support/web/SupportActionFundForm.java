package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.anchorage.support.BarrierFundRequest;

/** A request for barrier fund money from the support page: amount in pounds and pence, why, what it buys, the action it pays for. */
public class SupportActionFundForm {

    static final List<String> FIELDS = List.of("amount", "buys", "reason", "action");

    @Size(max = 20, message = "Enter the amount in pounds and pence, for example 12.50") private String amount;
    @Size(max = 1000, message = "Write the reason in up to 1000 characters") private String reason;
    @Size(max = 300, message = "Write what it buys in up to 300 characters") private String buys;
    @Size(max = 40) private String action;

    BarrierFundRequest.New request() {
        return new BarrierFundRequest.New(amount, reason, buys, actionId());
    }

    UUID actionId() {
        try {
            return action == null || action.isBlank() ? null : UUID.fromString(action.strip());
        } catch (IllegalArgumentException e) {
            // Only a tampered form sends something that is not an id: the same "not found" as an unknown action.
            throw new org.anchorage.shared.RecordNotFound("support action", action);
        }
    }

    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getBuys() { return buys; }
    public void setBuys(String v) { buys = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
}
