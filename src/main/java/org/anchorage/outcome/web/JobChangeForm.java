package org.anchorage.outcome.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.outcome.JobChange;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/**
 * A change in a job as typed: the date it took effect in three boxes, the kind, the new pay and hours, the band,
 * a note and the evidence. Named apart from the start's and the check's fields, as all three forms share the page.
 */
public class JobChangeForm {

    static final List<String> FIELDS = List.of("changes", "changeKind", "changePay", "changeHours", "changeBand", "note",
            "changeEvidence");

    private String jobStart;
    private String changesDay;
    private String changesMonth;
    private String changesYear;
    private String changeKind;
    private String changePay;
    private String changeHours;
    private String confirmChangeHours;
    private String changeBand;
    private String note;
    private String changeEvidence;

    JobChange.New read(BindingResult result) {
        LocalDate on = DateInput.parse("changes", "The date of the change", changesDay, changesMonth, changesYear,
                "Enter the date the change took effect", result);
        Integer pence = null;
        if (changePay != null && !changePay.isBlank()) {
            pence = Amounts.pence(changePay);
            if (pence == null) {
                DateInput.reject(result, "changePay", "Enter the hourly pay in pounds and pence, like 13.10");
            }
        }
        BigDecimal hours = null;
        if (changeHours != null && !changeHours.isBlank()) {
            hours = Amounts.hours(changeHours);
            if (hours == null) {
                DateInput.reject(result, "changeHours", "Enter the contracted hours a week as a number, like 37.5");
            }
        }
        return new JobChange.New(on, changeKind, pence, hours, "yes".equals(confirmChangeHours), changeBand, note, changeEvidence);
    }

    public String getChanges() { return changesDay + "/" + changesMonth + "/" + changesYear; }
    public String getJobStart() { return jobStart; }
    public void setJobStart(String v) { jobStart = v; }
    public String getChangesDay() { return changesDay; }
    public void setChangesDay(String v) { changesDay = v; }
    public String getChangesMonth() { return changesMonth; }
    public void setChangesMonth(String v) { changesMonth = v; }
    public String getChangesYear() { return changesYear; }
    public void setChangesYear(String v) { changesYear = v; }
    public String getChangeKind() { return changeKind; }
    public void setChangeKind(String v) { changeKind = v; }
    public String getChangePay() { return changePay; }
    public void setChangePay(String v) { changePay = v; }
    public String getChangeHours() { return changeHours; }
    public void setChangeHours(String v) { changeHours = v; }
    public String getConfirmChangeHours() { return confirmChangeHours; }
    public void setConfirmChangeHours(String v) { confirmChangeHours = v; }
    public String getChangeBand() { return changeBand; }
    public void setChangeBand(String v) { changeBand = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getChangeEvidence() { return changeEvidence; }
    public void setChangeEvidence(String v) { changeEvidence = v; }
}
