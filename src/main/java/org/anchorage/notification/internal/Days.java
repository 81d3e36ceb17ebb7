package org.anchorage.notification.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.anchorage.shared.web.Display;

/** Days and times as a message to a person says them: "Monday 7 December 2026", "Monday 7 December 2026 at 2:30pm". */
final class Days {

    private Days() {}

    static String day(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + Display.date(day);
    }

    static String dayAt(LocalDate day, LocalTime at) {
        return at == null ? day(day) : day(day) + " at " + Display.time(at);
    }
}
