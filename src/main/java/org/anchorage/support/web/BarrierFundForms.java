package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The barrier fund's forms: the budget and its year, a decision on a request, and a payment. */
final class BarrierFundForms {

    private BarrierFundForms() {}

    /** The budget in pounds and pence, and the financial year's first and last days (three boxes each). */
    public static class Budget {
        static final List<String> FIELDS = List.of("budget", "yearStarts", "yearEnds");

        @Size(max = 20, message = "Enter the budget in pounds and pence, for example 5000") private String budget;
        private String yearStartsDay, yearStartsMonth, yearStartsYear, yearEndsDay, yearEndsMonth, yearEndsYear;
        @Size(max = 11) private String version;

        LocalDate starts(BindingResult result) {
            return DateInput.parse("yearStarts", "The first day", yearStartsDay, yearStartsMonth, yearStartsYear,
                    "Enter the first day of the financial year", result);
        }

        LocalDate ends(BindingResult result) {
            return DateInput.parse("yearEnds", "The last day", yearEndsDay, yearEndsMonth, yearEndsYear,
                    "Enter the last day of the financial year", result);
        }

        Integer versionNumber() {
            try {
                return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        void fill(String budget, LocalDate starts, LocalDate ends, int version) {
            this.budget = budget;
            yearStartsDay = Integer.toString(starts.getDayOfMonth());
            yearStartsMonth = Integer.toString(starts.getMonthValue());
            yearStartsYear = Integer.toString(starts.getYear());
            yearEndsDay = Integer.toString(ends.getDayOfMonth());
            yearEndsMonth = Integer.toString(ends.getMonthValue());
            yearEndsYear = Integer.toString(ends.getYear());
            this.version = Integer.toString(version);
        }

        public String getYearStarts() { return yearStartsDay + "/" + yearStartsMonth + "/" + yearStartsYear; }
        public String getYearEnds() { return yearEndsDay + "/" + yearEndsMonth + "/" + yearEndsYear; }
        public String getBudget() { return budget; }
        public void setBudget(String v) { budget = v; }
        public String getYearStartsDay() { return yearStartsDay; }
        public void setYearStartsDay(String v) { yearStartsDay = v; }
        public String getYearStartsMonth() { return yearStartsMonth; }
        public void setYearStartsMonth(String v) { yearStartsMonth = v; }
        public String getYearStartsYear() { return yearStartsYear; }
        public void setYearStartsYear(String v) { yearStartsYear = v; }
        public String getYearEndsDay() { return yearEndsDay; }
        public void setYearEndsDay(String v) { yearEndsDay = v; }
        public String getYearEndsMonth() { return yearEndsMonth; }
        public void setYearEndsMonth(String v) { yearEndsMonth = v; }
        public String getYearEndsYear() { return yearEndsYear; }
        public void setYearEndsYear(String v) { yearEndsYear = v; }
        public String getVersion() { return version; }
        public void setVersion(String v) { version = v; }
    }

    /** Approve or refuse, with a reason (needed to refuse). */
    public static class Decision {
        static final List<String> FIELDS = List.of("decision", "reason");

        @Size(max = 10) private String decision;
        @Size(max = 1000, message = "Write the reason in up to 1000 characters") private String reason;
        @Size(max = 11) private String version;

        public String getDecision() { return decision; }
        public void setDecision(String v) { decision = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getVersion() { return version; }
        public void setVersion(String v) { version = v; }
    }

    /** What was actually paid, the day (three boxes), how, and the receipt reference. */
    public static class Spend {
        static final List<String> FIELDS = List.of("amount", "paidOn", "howPaid", "receiptReference");

        @Size(max = 20, message = "Enter the amount in pounds and pence, for example 12.50") private String amount;
        private String paidOnDay, paidOnMonth, paidOnYear;
        @Size(max = 20) private String howPaid;
        @Size(max = 100, message = "Write the reference in up to 100 characters") private String receiptReference;

        LocalDate paidOn(BindingResult result) {
            return DateInput.parse("paidOn", "The day it was paid", paidOnDay, paidOnMonth, paidOnYear, "Enter the day it was paid", result);
        }

        public String getPaidOn() { return paidOnDay + "/" + paidOnMonth + "/" + paidOnYear; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getPaidOnDay() { return paidOnDay; }
        public void setPaidOnDay(String v) { paidOnDay = v; }
        public String getPaidOnMonth() { return paidOnMonth; }
        public void setPaidOnMonth(String v) { paidOnMonth = v; }
        public String getPaidOnYear() { return paidOnYear; }
        public void setPaidOnYear(String v) { paidOnYear = v; }
        public String getHowPaid() { return howPaid; }
        public void setHowPaid(String v) { howPaid = v; }
        public String getReceiptReference() { return receiptReference; }
        public void setReceiptReference(String v) { receiptReference = v; }
    }
}
