package org.anchorage.outcome.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.outcome.SustainmentCheck;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** A sustainment check as typed: which check point, the date, in work or left, hours, evidence and support. */
public class SustainmentCheckForm {

    static final List<String> FIELDS = List.of("weeks", "checked", "status", "checkHours", "checkEvidence", "supportGiven",
            "left", "leftReason");

    private String jobStart;
    private String weeks;
    private String checkedDay;
    private String checkedMonth;
    private String checkedYear;
    private String status;
    private String checkHours;
    private String checkEvidence;
    private String supportGiven;
    private String leftDay;
    private String leftMonth;
    private String leftYear;
    private String leftReason;

    SustainmentCheck.New read(BindingResult result) {
        LocalDate checked = DateInput.parse("checked", "The date of the check", checkedDay, checkedMonth, checkedYear,
                "Enter the date of the check", result);
        LocalDate left = null;
        if ("left".equals(status)) {
            left = DateInput.parse("left", "The date the person left", leftDay, leftMonth, leftYear, "Enter the date the person left", result);
        }
        BigDecimal hours = null;
        if (checkHours != null && !checkHours.isBlank() && !"left".equals(status)) {
            hours = Amounts.hours(checkHours);
            if (hours == null) {
                DateInput.reject(result, "checkHours", "Enter the hours a week as a number, like 37.5");
            }
        }
        Integer point = null;
        try {
            point = weeks == null ? null : Integer.valueOf(weeks.strip());
        } catch (NumberFormatException e) {
            // named by the facade: "Choose which check this is"
        }
        return new SustainmentCheck.New(point, checked, status, hours, checkEvidence, supportGiven, left, leftReason);
    }

    public String getChecked() { return checkedDay + "/" + checkedMonth + "/" + checkedYear; }
    public String getLeft() { return leftDay + "/" + leftMonth + "/" + leftYear; }
    public String getJobStart() { return jobStart; }
    public void setJobStart(String v) { jobStart = v; }
    public String getWeeks() { return weeks; }
    public void setWeeks(String v) { weeks = v; }
    public String getCheckedDay() { return checkedDay; }
    public void setCheckedDay(String v) { checkedDay = v; }
    public String getCheckedMonth() { return checkedMonth; }
    public void setCheckedMonth(String v) { checkedMonth = v; }
    public String getCheckedYear() { return checkedYear; }
    public void setCheckedYear(String v) { checkedYear = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getCheckHours() { return checkHours; }
    public void setCheckHours(String v) { checkHours = v; }
    public String getCheckEvidence() { return checkEvidence; }
    public void setCheckEvidence(String v) { checkEvidence = v; }
    public String getSupportGiven() { return supportGiven; }
    public void setSupportGiven(String v) { supportGiven = v; }
    public String getLeftDay() { return leftDay; }
    public void setLeftDay(String v) { leftDay = v; }
    public String getLeftMonth() { return leftMonth; }
    public void setLeftMonth(String v) { leftMonth = v; }
    public String getLeftYear() { return leftYear; }
    public void setLeftYear(String v) { leftYear = v; }
    public String getLeftReason() { return leftReason; }
    public void setLeftReason(String v) { leftReason = v; }
}
