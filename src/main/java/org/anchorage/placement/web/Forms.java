package org.anchorage.placement.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.ui.Model;

/** Reads the placement forms' text into values, refusing bad input by field name with a plain message. */
final class Forms {

    private Forms() {}

    static UUID uuid(String value, String field, String message) {
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, message);
        }
    }

    static UUID optionalUuid(String value, String field, String message) {
        return value == null || value.isBlank() ? null : uuid(value, field, message);
    }

    /** The NHS.UK date input's three boxes, named field-day, field-month and field-year. */
    static LocalDate date(Map<String, String> form, String field, String label, boolean required) {
        String d = form.getOrDefault(field + "-day", "").strip();
        String m = form.getOrDefault(field + "-month", "").strip();
        String y = form.getOrDefault(field + "-year", "").strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) {
                throw new RuleViolation(field, "Enter " + label.toLowerCase());
            }
            return null;
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            throw new RuleViolation(field, label + " must include a day, month and year");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new RuleViolation(field, label + " must be a real date");
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            throw new RuleViolation(field, label + " must be a real date");
        }
    }

    static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(String.valueOf(value).strip().replace('.', ':'));
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "Enter the time like 14:30");
        }
    }

    /** Pounds and pence as people type them (12.71, £12.71) into pence. */
    static Integer pence(String value, String field) {
        String v = value == null ? "" : value.strip().replace("£", "").replace(",", "");
        if (v.isEmpty()) {
            throw new RuleViolation(field, "Enter the hourly pay in pounds and pence, like 12.71");
        }
        try {
            BigDecimal pounds = new BigDecimal(v);
            if (pounds.scale() > 2 || pounds.signum() <= 0 || pounds.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new NumberFormatException();
            }
            return pounds.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RuleViolation(field, "Enter the hourly pay in pounds and pence, like 12.71");
        }
    }

    static BigDecimal decimal(String value, String field, String message) {
        try {
            BigDecimal d = new BigDecimal(String.valueOf(value).strip());
            if (d.scale() > 1) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, message);
        }
    }

    static Integer integer(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, message);
        }
    }

    /** Puts the error summary (linking to the field) and the field's own message on the page. */
    static void error(Model model, RuleViolation e) {
        model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + e.field(), e.getMessage()))));
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorMessage", e.getMessage());
    }
}
