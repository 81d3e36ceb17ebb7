package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.anchorage.support.SupportAction;
import org.springframework.validation.BindingResult;

/** A new support action: the barrier, the sort of help, what, who does it, the due date (three boxes) and notes. */
public class SupportActionForm {

    static final List<String> FIELDS = List.of("barrier", "kind", "what", "owner", "partnerName", "due", "notes");

    @Size(max = 40) private String barrier;
    @Size(max = 40) private String kind;
    @Size(max = 300, message = "Write what will be done in up to 300 characters") private String what;
    @Size(max = 20) private String owner;
    @Size(max = 200, message = "Write the partner organisation's name in up to 200 characters") private String partnerName;
    private String dueDay;
    private String dueMonth;
    private String dueYear;
    @Size(max = 2000, message = "Write the notes in up to 2000 characters") private String notes;

    /** The action as typed; a date that cannot be read is added to the result. */
    SupportAction.New read(BindingResult result) {
        LocalDate due = DateInput.parse("due", "The due date", dueDay, dueMonth, dueYear, "Enter the date it should be done by", result);
        return new SupportAction.New(barrier, kind, what, owner, partnerName, due, notes);
    }

    /** The date as typed, so errors bind to the date input as one field. */
    public String getDue() { return dueDay + "/" + dueMonth + "/" + dueYear; }
    public String getBarrier() { return barrier; }
    public void setBarrier(String v) { barrier = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getWhat() { return what; }
    public void setWhat(String v) { what = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { owner = v; }
    public String getPartnerName() { return partnerName; }
    public void setPartnerName(String v) { partnerName = v; }
    public String getDueDay() { return dueDay; }
    public void setDueDay(String v) { dueDay = v; }
    public String getDueMonth() { return dueMonth; }
    public void setDueMonth(String v) { dueMonth = v; }
    public String getDueYear() { return dueYear; }
    public void setDueYear(String v) { dueYear = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
