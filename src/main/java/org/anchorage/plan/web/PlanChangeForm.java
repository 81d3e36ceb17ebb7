package org.anchorage.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.shared.web.DateInput;
import org.springframework.validation.BindingResult;

/**
 * One change to a plan from its page: add a goal with its first step, add a step, mark a step done, or
 * book the review. Every field in the right form is checked before the facade's rules, all at once.
 */
record PlanChangeForm(
        @Size(max = 20, message = "Choose what to change") String action,
        @Size(max = 11, message = "Reload the page and try again") String version,
        @Size(max = 300, message = "Write the goal in up to 300 characters") String title,
        @Size(max = 3, message = "Tick the box if the goal is agreed") String agreed,
        @Size(max = 500, message = "Write the step in up to 500 characters") String step,
        @Size(max = 20, message = "Choose who will do the step") String owner,
        @Size(max = 10, message = "Enter the date like 2026-12-01") String due,
        @Size(max = 36, message = "Choose the goal") String goal,
        @Size(max = 36, message = "Choose the step") String stepId,
        @Size(max = 10, message = "Enter the date like 2026-12-01") String reviewOn) {

    static final List<String> FIELDS = List.of("title", "step", "owner", "due", "agreed", "reviewOn", "action");
    static final Set<String> OWNERS = Set.of("participant", "navigator", "mentor", "employer");

    /** The version the page was built from; a value that is not a number is stale, so the facade asks to reload. */
    int expectedVersion() {
        try {
            return Integer.parseInt(String.valueOf(version).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Adds every problem with the fields the chosen action needs to the result. */
    void check(BindingResult result) {
        switch (action == null ? "" : action) {
            case "goal" -> {
                required(title, "title", "Enter the goal", result);
                required(step, "step", "Enter the first step", result);
                checkOwner(result);
                dueDate(result);
            }
            case "step" -> {
                required(step, "step", "Enter the step", result);
                checkOwner(result);
                dueDate(result);
            }
            case "done" -> { }
            case "review" -> reviewDate(result);
            default -> DateInput.reject(result, "action", "Choose what to change");
        }
    }

    LocalDate dueDate(BindingResult result) {
        return result.hasFieldErrors("due") ? null : DateInput.parseIso("due", due, "Enter the due date like 2026-12-01", result);
    }

    LocalDate reviewDate(BindingResult result) {
        return result.hasFieldErrors("reviewOn") ? null
                : DateInput.parseIso("reviewOn", reviewOn, "Enter the review date like 2026-12-01", result);
    }

    /** An id from a hidden field; one that cannot be an id is answered as not found, like a stale one. */
    static UUID id(String value) {
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Map<String, String> typed() {
        Map<String, String> values = new HashMap<>();
        if (title != null) values.put("title", title);
        if (step != null) values.put("step", step);
        if (owner != null) values.put("owner", owner);
        if (due != null) values.put("due", due);
        if (agreed != null) values.put("agreed", agreed);
        if (reviewOn != null) values.put("reviewOn", reviewOn);
        return values;
    }

    private void checkOwner(BindingResult result) {
        if (!result.hasFieldErrors("owner") && (owner == null || !OWNERS.contains(owner))) {
            DateInput.reject(result, "owner", "Choose who will do the step");
        }
    }

    private static void required(String value, String field, String message, BindingResult result) {
        if (!result.hasFieldErrors(field) && (value == null || value.isBlank())) {
            DateInput.reject(result, field, message);
        }
    }
}
