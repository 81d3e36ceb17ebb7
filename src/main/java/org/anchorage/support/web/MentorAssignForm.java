package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Assigning a mentor: who, from when, until when (optional). */
public class MentorAssignForm {

    static final List<String> FIELDS = List.of("mentor", "startsOn", "endsOn");

    @Size(max = 40) private String mentor;
    @Size(max = 2) private String startsOnDay;
    @Size(max = 2) private String startsOnMonth;
    @Size(max = 4) private String startsOnYear;
    @Size(max = 2) private String endsOnDay;
    @Size(max = 2) private String endsOnMonth;
    @Size(max = 4) private String endsOnYear;

    java.time.LocalDate startsOn(BindingResult result) {
        return DateInput.parse("startsOn", "The start date", startsOnDay, startsOnMonth, startsOnYear,
                "Enter the date the mentoring starts", result);
    }

    java.time.LocalDate endsOn(BindingResult result) {
        return DateInput.parse("endsOn", "The end date", endsOnDay, endsOnMonth, endsOnYear, null, result);
    }

    public String getStartsOn() { return ""; }
    public String getEndsOn() { return ""; }
    public String getMentor() { return mentor; }
    public void setMentor(String v) { mentor = v; }
    public String getStartsOnDay() { return startsOnDay; }
    public void setStartsOnDay(String v) { startsOnDay = v; }
    public String getStartsOnMonth() { return startsOnMonth; }
    public void setStartsOnMonth(String v) { startsOnMonth = v; }
    public String getStartsOnYear() { return startsOnYear; }
    public void setStartsOnYear(String v) { startsOnYear = v; }
    public String getEndsOnDay() { return endsOnDay; }
    public void setEndsOnDay(String v) { endsOnDay = v; }
    public String getEndsOnMonth() { return endsOnMonth; }
    public void setEndsOnMonth(String v) { endsOnMonth = v; }
    public String getEndsOnYear() { return endsOnYear; }
    public void setEndsOnYear(String v) { endsOnYear = v; }
}
