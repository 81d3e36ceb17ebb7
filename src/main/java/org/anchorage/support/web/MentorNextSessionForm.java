package org.anchorage.support.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** The next session the mentor and their mentee plan. */
public class MentorNextSessionForm {

    static final List<String> FIELDS = List.of("nextOn");

    @Size(max = 2) private String nextOnDay;
    @Size(max = 2) private String nextOnMonth;
    @Size(max = 4) private String nextOnYear;

    java.time.LocalDate nextOn(BindingResult result) {
        return DateInput.parse("nextOn", "The date of the next session", nextOnDay, nextOnMonth, nextOnYear,
                "Enter the date of the next session", result);
    }

    public String getNextOn() { return ""; }
    public String getNextOnDay() { return nextOnDay; }
    public void setNextOnDay(String v) { nextOnDay = v; }
    public String getNextOnMonth() { return nextOnMonth; }
    public void setNextOnMonth(String v) { nextOnMonth = v; }
    public String getNextOnYear() { return nextOnYear; }
    public void setNextOnYear(String v) { nextOnYear = v; }
}
