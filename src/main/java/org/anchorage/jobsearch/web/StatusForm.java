package org.anchorage.jobsearch.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.anchorage.jobsearch.Application;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** A status change as typed: the new status, the day it happened, an interview's date and time, an ending's reason. */
public class StatusForm {

    static final List<String> FIELDS = List.of("status", "happened", "interview", "interviewTime", "reason", "note");

    private String application;
    private String status;
    private String happenedDay;
    private String happenedMonth;
    private String happenedYear;
    private String interviewDay;
    private String interviewMonth;
    private String interviewYear;
    private String interviewTime;
    private String reason;
    private String note;

    Application.StatusChange read(BindingResult result) {
        LocalDate happened = DateInput.parse("happened", "The date it happened", happenedDay, happenedMonth, happenedYear,
                "Enter the date it happened", result);
        LocalDate interview = null;
        LocalTime time = null;
        if ("interview".equals(status)) {
            interview = DateInput.parse("interview", "The interview date", interviewDay, interviewMonth, interviewYear,
                    "Enter the interview date", result);
            if (!Amounts.blank(interviewTime)) {
                time = DateInput.parseTime("interviewTime", interviewTime, "Enter the interview time like 14:30, or leave it empty", result);
            }
        }
        String why = "unsuccessful".equals(status) || "withdrawn".equals(status) ? reason : null;
        return new Application.StatusChange(status, happened, interview, time, why, note);
    }

    public String getHappened() { return happenedDay + "/" + happenedMonth + "/" + happenedYear; }
    public String getInterview() { return interviewDay + "/" + interviewMonth + "/" + interviewYear; }
    public String getApplication() { return application; }
    public void setApplication(String v) { application = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getHappenedDay() { return happenedDay; }
    public void setHappenedDay(String v) { happenedDay = v; }
    public String getHappenedMonth() { return happenedMonth; }
    public void setHappenedMonth(String v) { happenedMonth = v; }
    public String getHappenedYear() { return happenedYear; }
    public void setHappenedYear(String v) { happenedYear = v; }
    public String getInterviewDay() { return interviewDay; }
    public void setInterviewDay(String v) { interviewDay = v; }
    public String getInterviewMonth() { return interviewMonth; }
    public void setInterviewMonth(String v) { interviewMonth = v; }
    public String getInterviewYear() { return interviewYear; }
    public void setInterviewYear(String v) { interviewYear = v; }
    public String getInterviewTime() { return interviewTime; }
    public void setInterviewTime(String v) { interviewTime = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
