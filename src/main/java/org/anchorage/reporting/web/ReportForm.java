package org.anchorage.reporting.web;

import java.time.LocalDate;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The period and grouping of a report page, from its GET form (both dates optional). */
public class ReportForm {

    static final List<String> FIELDS = List.of("from", "to", "groupBy");

    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;
    private String groupBy;

    LocalDate from(BindingResult result) {
        return DateInput.parse("from", "The start of the period", fromDay, fromMonth, fromYear, null, result);
    }

    LocalDate to(BindingResult result) {
        return DateInput.parse("to", "The end of the period", toDay, toMonth, toYear, null, result);
    }

    /** Fills the boxes with the period a report actually covers (a funder's is whole months). */
    void show(LocalDate from, LocalDate to) {
        fromDay = Integer.toString(from.getDayOfMonth());
        fromMonth = Integer.toString(from.getMonthValue());
        fromYear = Integer.toString(from.getYear());
        toDay = Integer.toString(to.getDayOfMonth());
        toMonth = Integer.toString(to.getMonthValue());
        toYear = Integer.toString(to.getYear());
    }

    /** The date inputs' own fields, for binding their errors. */
    public String getFrom() { return fromDay + "/" + fromMonth + "/" + fromYear; }
    public String getTo() { return toDay + "/" + toMonth + "/" + toYear; }
    public String getFromDay() { return fromDay; }
    public void setFromDay(String v) { fromDay = v; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String v) { fromMonth = v; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String v) { fromYear = v; }
    public String getToDay() { return toDay; }
    public void setToDay(String v) { toDay = v; }
    public String getToMonth() { return toMonth; }
    public void setToMonth(String v) { toMonth = v; }
    public String getToYear() { return toYear; }
    public void setToYear(String v) { toYear = v; }
    public String getGroupBy() { return groupBy; }
    public void setGroupBy(String v) { groupBy = v; }
}
