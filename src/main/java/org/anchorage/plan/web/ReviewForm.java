package org.anchorage.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Books the next review of the plan, on the NHS.UK date input. */
public class ReviewForm {

    static final List<String> FIELDS = List.of("reviewOn");

    @Size(max = 11) private String version;
    private String reviewOnDay;
    private String reviewOnMonth;
    private String reviewOnYear;

    LocalDate reviewOn(BindingResult result) {
        return DateInput.parse("reviewOn", "The review date", reviewOnDay, reviewOnMonth, reviewOnYear, "Enter the review date", result);
    }

    /** The date as typed, so errors bind to the date input as one field. */
    public String getReviewOn() { return reviewOnDay + "/" + reviewOnMonth + "/" + reviewOnYear; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
    public String getReviewOnDay() { return reviewOnDay; }
    public void setReviewOnDay(String v) { reviewOnDay = v; }
    public String getReviewOnMonth() { return reviewOnMonth; }
    public void setReviewOnMonth(String v) { reviewOnMonth = v; }
    public String getReviewOnYear() { return reviewOnYear; }
    public void setReviewOnYear(String v) { reviewOnYear = v; }
}
