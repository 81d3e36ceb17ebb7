package org.anchorage.placement.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The placement forms' values as typed, for the page to show again. The placement pages read their forms
 * as maps; this gives the shared NHS.UK date input ({@code components/date-input}) the bean properties it
 * binds to (fieldDay, fieldMonth, fieldYear, and the date as one field for its error), and the page's own
 * fragments {@code get(name)} for everything else.
 */
public final class TypedForm {

    private final Map<String, String> values;

    TypedForm(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    /**
     * Puts the form on the page as {@code form} with its errors bound to it, so {@code #fields} in the
     * date input finds them; {@code errors} may be null when nothing has been sent yet.
     */
    static void show(Model model, Map<String, String> values, BindingResult errors) {
        TypedForm form = new TypedForm(values);
        BindingResult bound = new BeanPropertyBindingResult(form, "form");
        if (errors != null) {
            for (FieldError e : errors.getFieldErrors()) {
                bound.addError(new FieldError("form", e.getField(), null, false, e.getCodes(), null, e.getDefaultMessage()));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", bound);
    }

    private String joined(String field) {
        return values.get(field + "Day") + "/" + values.get(field + "Month") + "/" + values.get(field + "Year");
    }

    public String getInterviewDate() { return joined("interviewDate"); }
    public String getInterviewDateDay() { return values.get("interviewDateDay"); }
    public String getInterviewDateMonth() { return values.get("interviewDateMonth"); }
    public String getInterviewDateYear() { return values.get("interviewDateYear"); }

    public String getPlannedStart() { return joined("plannedStart"); }
    public String getPlannedStartDay() { return values.get("plannedStartDay"); }
    public String getPlannedStartMonth() { return values.get("plannedStartMonth"); }
    public String getPlannedStartYear() { return values.get("plannedStartYear"); }

    public String getExpiresOn() { return joined("expiresOn"); }
    public String getExpiresOnDay() { return values.get("expiresOnDay"); }
    public String getExpiresOnMonth() { return values.get("expiresOnMonth"); }
    public String getExpiresOnYear() { return values.get("expiresOnYear"); }

    public String getStartedOn() { return joined("startedOn"); }
    public String getStartedOnDay() { return values.get("startedOnDay"); }
    public String getStartedOnMonth() { return values.get("startedOnMonth"); }
    public String getStartedOnYear() { return values.get("startedOnYear"); }

    public String getWeekStarting() { return joined("weekStarting"); }
    public String getWeekStartingDay() { return values.get("weekStartingDay"); }
    public String getWeekStartingMonth() { return values.get("weekStartingMonth"); }
    public String getWeekStartingYear() { return values.get("weekStartingYear"); }

    public String getEndedOn() { return joined("endedOn"); }
    public String getEndedOnDay() { return values.get("endedOnDay"); }
    public String getEndedOnMonth() { return values.get("endedOnMonth"); }
    public String getEndedOnYear() { return values.get("endedOnYear"); }

    public String getStartsOn() { return joined("startsOn"); }
    public String getStartsOnDay() { return values.get("startsOnDay"); }
    public String getStartsOnMonth() { return values.get("startsOnMonth"); }
    public String getStartsOnYear() { return values.get("startsOnYear"); }

    public String getEndsOn() { return joined("endsOn"); }
    public String getEndsOnDay() { return values.get("endsOnDay"); }
    public String getEndsOnMonth() { return values.get("endsOnMonth"); }
    public String getEndsOnYear() { return values.get("endsOnYear"); }
}
