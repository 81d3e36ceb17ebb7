package org.anchorage.jobsearch.web;

import java.util.List;
import org.anchorage.jobsearch.Application;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** Interview preparation as typed: the kind, the day it was held, who led it and the feedback. */
public class PreparationForm {

    static final List<String> FIELDS = List.of("kind", "held", "ledBy", "feedback");

    private String application;
    private String kind;
    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String ledBy;
    private String feedback;

    Application.NewPreparation read(BindingResult result) {
        return new Application.NewPreparation(kind,
                DateInput.parse("held", "The date it was held", heldDay, heldMonth, heldYear, "Enter the date it was held", result),
                ledBy, feedback);
    }

    public String getHeld() { return heldDay + "/" + heldMonth + "/" + heldYear; }
    public String getApplication() { return application; }
    public void setApplication(String v) { application = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = v; }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = v; }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = v; }
    public String getLedBy() { return ledBy; }
    public void setLedBy(String v) { ledBy = v; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String v) { feedback = v; }
}
