package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.anchorage.support.Mentoring;
import org.springframework.validation.BindingResult;

/** A session as the mentor types it: the date, how long, how, whether they came, topics, notes and whether to share them. */
public class MentorSessionForm {

    static final List<String> FIELDS = List.of("heldOn", "attended", "minutes", "mode", "topics", "notes", "shareWithNavigator");

    @Size(max = 2) private String heldOnDay;
    @Size(max = 2) private String heldOnMonth;
    @Size(max = 4) private String heldOnYear;
    @Size(max = 5) private String minutes;
    @Size(max = 20) private String mode;
    @Size(max = 3) private String attended;
    @Size(max = 20) private List<String> topics = new ArrayList<>();
    @Size(max = 4000, message = "Keep the notes to 4000 characters or fewer") private String notes;
    @Size(max = 3) private String shareWithNavigator;

    Mentoring.NewSession read(BindingResult result) {
        LocalDate heldOn = DateInput.parse("heldOn", "The date of the session", heldOnDay, heldOnMonth, heldOnYear,
                "Enter the date of the session", result);
        Integer length = MentorForms.number(minutes, "minutes", "Enter how long the session lasted as a number of minutes, like 45", result);
        Boolean came = "yes".equals(attended) ? Boolean.TRUE : "no".equals(attended) ? Boolean.FALSE : null;
        return new Mentoring.NewSession(heldOn, length, mode, came, topics == null ? List.of() : topics, notes,
                "yes".equals(shareWithNavigator));
    }

    /** The date input's combined field, which errors are bound to. */
    public String getHeldOn() { return ""; }
    public String getHeldOnDay() { return heldOnDay; }
    public void setHeldOnDay(String v) { heldOnDay = v; }
    public String getHeldOnMonth() { return heldOnMonth; }
    public void setHeldOnMonth(String v) { heldOnMonth = v; }
    public String getHeldOnYear() { return heldOnYear; }
    public void setHeldOnYear(String v) { heldOnYear = v; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String v) { minutes = v; }
    public String getMode() { return mode; }
    public void setMode(String v) { mode = v; }
    public String getAttended() { return attended; }
    public void setAttended(String v) { attended = v; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> v) { topics = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getShareWithNavigator() { return shareWithNavigator; }
    public void setShareWithNavigator(String v) { shareWithNavigator = v; }
}
