package org.anchorage.placement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.placement.Refusals;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Reads the placement forms' text into values. Each reader adds its error to the form's result by field
 * name and returns null, so a form reports every problem at once instead of stopping at the first.
 */
final class Forms {

    private Forms() {}

    static UUID uuid(String value, String field, String message, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            DateInput.reject(result, field, message);
            return null;
        }
    }

    static UUID optionalUuid(String value, String field, String message, BindingResult result) {
        return value == null || value.isBlank() ? null : uuid(value, field, message, result);
    }

    /** The NHS.UK date input's three boxes, named fieldDay, fieldMonth and fieldYear (components/date-input). */
    static LocalDate date(Map<String, String> form, String field, String label, boolean required, BindingResult result) {
        return DateInput.parse(field, label, form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"),
                required ? "Enter " + label.toLowerCase() : null, result);
    }

    static LocalTime time(String value, String field, BindingResult result) {
        return DateInput.parseTime(field, value, "Enter the time like 14:30", result);
    }

    /** Pounds and pence as people type them (12.71, £12.71) into pence. */
    static Integer pence(String value, String field, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        String v = value == null ? "" : value.strip().replace("£", "").replace(",", "");
        try {
            BigDecimal pounds = new BigDecimal(v);
            if (v.length() > 10 || pounds.scale() > 2 || pounds.signum() <= 0 || pounds.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new NumberFormatException();
            }
            return pounds.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            DateInput.reject(result, field, "Enter the hourly pay in pounds and pence, like 12.71");
            return null;
        }
    }

    static BigDecimal decimal(String value, String field, String message, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        try {
            String v = String.valueOf(value).strip();
            BigDecimal d = new BigDecimal(v);
            if (v.length() > 10 || d.scale() > 1) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            DateInput.reject(result, field, message);
            return null;
        }
    }

    /** A whole number, or null when the box is empty; anything else (2147483648 too) is refused by field. */
    static Integer integer(String value, String field, String message, BindingResult result) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            DateInput.reject(result, field, message);
            return null;
        }
    }

    /**
     * The rules the facade refused, on the same summary as the form's own errors; a field the form already
     * found wrong keeps its own message (the facade was given null for it).
     */
    static void rule(BindingResult result, RuleViolation e) {
        List<RuleViolation> all = e instanceof Refusals r ? r.all() : List.of(e);
        for (RuleViolation v : all) {
            if (!result.hasFieldErrors(v.field())) {
                DateInput.reject(result, v.field(), v.getMessage());
            }
        }
    }

    /** Puts the error summary (linking to each field) and each field's own message on the page. */
    static void errors(Model model, BindingResult result, List<String> order) {
        model.addAttribute("errorSummary", ErrorSummary.of(result, order));
        model.addAttribute("fieldErrors", ErrorSummary.fieldMessages(result));
    }

    /** The error summary and the field's message for one refused rule. */
    static void error(Model model, RuleViolation e) {
        model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
        model.addAttribute("fieldErrors", Map.of(e.field(), e.getMessage()));
    }

    /** The values as typed, for the page to show again; keys are the inputs' names. */
    static Map<String, String> typed(Object... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1].toString());
            }
        }
        return values;
    }
}
