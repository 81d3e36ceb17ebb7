package org.anchorage.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Reads the three boxes of the NHS.UK date input (day, month, year) into a date, rejecting the form
 * field by name with the NHS.UK wording when they are empty, incomplete or not a real date. Every date the
 * service takes, on a page or in JSON, has a year from 1900 to 2100.
 */
public final class DateInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private DateInput() {}

    /**
     * @param label    how the date is named in messages, e.g. "Date of birth" or "The start date"
     * @param whenEmpty the message when all three boxes are empty, or null when an empty date is allowed
     */
    public static LocalDate parse(String field, String label, String day, String month, String year, String whenEmpty,
                                  BindingResult result) {
        if (blank(day) && blank(month) && blank(year)) {
            if (whenEmpty != null) {
                reject(result, field, whenEmpty);
            }
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            reject(result, field, label + " must include a day, month and year");
            return null;
        }
        try {
            if (day.strip().length() > 2 || month.strip().length() > 2 || year.strip().length() != 4) {
                throw new NumberFormatException();
            }
            LocalDate date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                reject(result, field, label + " must be a real date");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            reject(result, field, label + " must be a real date");
            return null;
        }
    }

    /** A date typed as 2026-12-01 (the browser's date picker sends this), within the same years. */
    public static LocalDate parseIso(String field, String value, String whenEmpty, BindingResult result) {
        if (blank(value)) {
            if (whenEmpty != null) {
                reject(result, field, whenEmpty);
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeException e) {
            // refused below
        }
        reject(result, field, "Enter the date like 2026-12-01");
        return null;
    }

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
            "^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?$");

    /** A time of day as people type it: 14:30, 9.30, 2:30pm, 10am, 12pm (midday), "midday", "noon". */
    public static LocalTime parseTime(String field, String value, String message, BindingResult result) {
        String typed = String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.equals("midday") || typed.equals("noon")) {
            return LocalTime.NOON;
        }
        var m = TIME.matcher(typed);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3);
            if (half != null && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
            } else if (half != null || m.group(2) == null) {
                hour = -1;
            }
            if (hour >= 0 && hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        reject(result, field, message);
        return null;
    }

    /**
     * Adds an error to a field by name without reading the field from the form object, so it works for
     * record forms and for fields the page shows as one (a date of three boxes).
     */
    public static void reject(BindingResult result, String field, String message) {
        result.addError(new FieldError(result.getObjectName(), field, null, false, new String[] {"invalid"}, null, message));
    }

    /**
     * Adds each of a facade's problems to the field it names, unless that field already has one (a format error from
     * reading the form says more than the rule behind it), so the error summary lists every problem once.
     */
    public static void rejectAll(BindingResult result, java.util.List<org.anchorage.shared.RuleViolation> problems) {
        for (var p : problems) {
            if (!result.hasFieldErrors(p.field())) {
                reject(result, p.field(), p.getMessage());
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
