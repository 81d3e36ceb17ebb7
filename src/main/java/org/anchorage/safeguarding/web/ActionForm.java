package org.anchorage.safeguarding.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The lead's forms on a concern page (acknowledge, decide, refer, flag, close), each posting the fields it needs. */
public class ActionForm {

    static final List<String> FIELDS = List.of("version", "acknowledge", "decisionOn", "decision", "agency", "referredOn",
            "reference", "contact", "notes", "flag", "outcome", "outcomeNotes", "closed");

    @Size(max = 11) private String version;
    @Size(max = 4000, message = "Write the decision in up to 4,000 characters") private String decision;
    private String decisionOnDay;
    private String decisionOnMonth;
    private String decisionOnYear;
    @Size(max = 30) private String agency;
    private String referredOnDay;
    private String referredOnMonth;
    private String referredOnYear;
    @Size(max = 100, message = "The reference must be 100 characters or fewer") private String reference;
    @Size(max = 300, message = "To whom must be 300 characters or fewer") private String contact;
    @Size(max = 4000, message = "Notes must be 4,000 characters or fewer") private String notes;
    @Size(max = 3) private String flag;
    @Size(max = 30) private String outcome;
    @Size(max = 4000, message = "Notes must be 4,000 characters or fewer") private String outcomeNotes;

    /** A date that may be left empty (today), but not after today. */
    static LocalDate pastOrToday(String field, String label, String d, String m, String y, LocalDate today, BindingResult result) {
        LocalDate on = DateInput.parse(field, label, d, m, y, null, result);
        if (on != null && on.isAfter(today)) {
            DateInput.reject(result, field, label + " must be today or in the past");
            return null;
        }
        return on;
    }

    LocalDate decisionOn(LocalDate today, BindingResult result) {
        return pastOrToday("decisionOn", "The date of the decision", decisionOnDay, decisionOnMonth, decisionOnYear, today, result);
    }

    LocalDate referredOn(LocalDate today, BindingResult result) {
        return pastOrToday("referredOn", "The date of the referral", referredOnDay, referredOnMonth, referredOnYear, today, result);
    }

    public String getDecisionOn() { return decisionOnDay + "/" + decisionOnMonth + "/" + decisionOnYear; }
    public String getReferredOn() { return referredOnDay + "/" + referredOnMonth + "/" + referredOnYear; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v; }
    public String getDecisionOnDay() { return decisionOnDay; }
    public void setDecisionOnDay(String v) { decisionOnDay = v; }
    public String getDecisionOnMonth() { return decisionOnMonth; }
    public void setDecisionOnMonth(String v) { decisionOnMonth = v; }
    public String getDecisionOnYear() { return decisionOnYear; }
    public void setDecisionOnYear(String v) { decisionOnYear = v; }
    public String getAgency() { return agency; }
    public void setAgency(String v) { agency = v; }
    public String getReferredOnDay() { return referredOnDay; }
    public void setReferredOnDay(String v) { referredOnDay = v; }
    public String getReferredOnMonth() { return referredOnMonth; }
    public void setReferredOnMonth(String v) { referredOnMonth = v; }
    public String getReferredOnYear() { return referredOnYear; }
    public void setReferredOnYear(String v) { referredOnYear = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getContact() { return contact; }
    public void setContact(String v) { contact = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getFlag() { return flag; }
    public void setFlag(String v) { flag = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public void setOutcomeNotes(String v) { outcomeNotes = v; }
}
