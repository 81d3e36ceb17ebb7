package org.anchorage.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;

/**
 * Reads the three boxes of the NHS.UK date input (day, month, year) into a date, rejecting the form
 * field by name with the NHS.UK wording when they are empty, incomplete or not a real date.
 */
public final class DateInput {

    private DateInput() {}

    /**
     * @param label    how the date is named in messages, e.g. "Date of birth" or "The start date"
     * @param whenEmpty the message when all three boxes are empty, or null when an empty date is allowed
     */
    public static LocalDate parse(String field, String label, String day, String month, String year, String whenEmpty,
                                  BindingResult result) {
        if (blank(day) && blank(month) && blank(year)) {
            if (whenEmpty != null) {
                result.rejectValue(field, "required", whenEmpty);
            }
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            result.rejectValue(field, "incomplete", label + " must include a day, month and year");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                result.rejectValue(field, "year", label + " must be a real date");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            result.rejectValue(field, "invalid", label + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
