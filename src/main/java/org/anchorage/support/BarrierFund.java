package org.anchorage.support;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.programme.ProgrammeId;

/**
 * A programme's barrier fund for a financial year: the budget, what is approved but not yet paid, what
 * was paid, and what is left (budget − approved − spent). Requests still waiting are not taken off.
 */
public record BarrierFund(UUID id, ProgrammeId programme, String programmeName, long budgetPence, LocalDate yearStartsOn,
                          LocalDate yearEndsOn, long approvedPence, long spentPence, long waitingPence, int waiting, int version) {

    public long remainingPence() {
        return budgetPence - approvedPence - spentPence;
    }

    public String budget() {
        return BarrierFundMoney.pounds(budgetPence);
    }

    public String approved() {
        return BarrierFundMoney.pounds(approvedPence);
    }

    public String spent() {
        return BarrierFundMoney.pounds(spentPence);
    }

    public String remaining() {
        return BarrierFundMoney.pounds(remainingPence());
    }

    public String waitingAmount() {
        return BarrierFundMoney.pounds(waitingPence);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(yearStartsOn) && !day.isAfter(yearEndsOn);
    }
}
