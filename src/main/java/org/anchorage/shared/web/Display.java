package org.anchorage.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the NHS.UK style guide writes them: "8 December 2026", "8 December 2026, 10am",
 * "2:30pm", "midday". Pages call it as {@code ${@display.dateTime(x)}} so no page shows a raw ISO value;
 * messages and timeline lines use the static methods.
 */
@Component("display")
public class Display {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** "8 December 2026"; an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "8 Dec 2026", for tables where space is short. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "10am", "2:30pm", "midday", "midnight". */
    public static String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        if (time.getHour() == 12 && time.getMinute() == 0) {
            return "midday";
        }
        if (time.getHour() == 0 && time.getMinute() == 0) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : ":" + String.format("%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    /** "8 December 2026, 10am". */
    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + ", " + time(at.toLocalTime());
    }

    /** An instant as the clock in England shows it: "8 December 2026, 10am". */
    public static String dateTime(Instant at) {
        return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, LONDON));
    }

    /** The day in England an instant falls on: "8 December 2026". */
    public static String dateOf(Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, LONDON));
    }

    // Instance methods for templates: ${@display.date(d)} and friends.

    public String d(LocalDate date) {
        return date(date);
    }

    public String when(Object value) {
        if (value instanceof Instant i) {
            return dateTime(i);
        }
        if (value instanceof LocalDateTime t) {
            return dateTime(t);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        return value == null ? "" : value.toString();
    }
}
