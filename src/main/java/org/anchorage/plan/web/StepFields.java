package org.anchorage.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.anchorage.plan.Goal;
import org.anchorage.plan.Plans;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/** One step on a form: what, who does it, and the due date as the NHS.UK date input's three boxes. */
public class StepFields {

    @Size(max = 500, message = "Write the step in up to 500 characters") private String description;
    @Size(max = 20, message = "Choose who will do the step") private String owner;
    private String dueDay;
    private String dueMonth;
    private String dueYear;

    /** Nothing typed in this slot: an optional step left out. */
    boolean isEmpty() {
        return blank(description) && blank(dueDay) && blank(dueMonth) && blank(dueYear);
    }

    /** The step, with every problem added to the result under {@code prefix.description}, {@code .owner}, {@code .due}. */
    Goal.NewStep read(String prefix, BindingResult result) {
        if (!result.hasFieldErrors(prefix + ".description") && blank(description)) {
            DateInput.reject(result, prefix + ".description", "Enter what the step is");
        }
        if (!result.hasFieldErrors(prefix + ".owner") && !Plans.OWNERS.containsKey(String.valueOf(owner))) {
            DateInput.reject(result, prefix + ".owner", "Choose who will do the step");
        }
        LocalDate due = DateInput.parse(prefix + ".due", "The due date", dueDay, dueMonth, dueYear, "Enter the step's due date",
                result);
        return new Goal.NewStep(description, owner, due);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The date as typed, so errors bind to the date input as one field. */
    public String getDue() { return dueDay + "/" + dueMonth + "/" + dueYear; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { owner = v; }
    public String getDueDay() { return dueDay; }
    public void setDueDay(String v) { dueDay = v; }
    public String getDueMonth() { return dueMonth; }
    public void setDueMonth(String v) { dueMonth = v; }
    public String getDueYear() { return dueYear; }
    public void setDueYear(String v) { dueYear = v; }
}
