package org.anchorage.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts working days (not weekends, not England and Wales bank holidays) for service levels such
 * as "acknowledge a referral within 2 working days". Bank holidays are data in shared_bank_holiday.
 */
@Component
public class WorkingDays {

    /** Bank holidays are announced months ahead and change by migration, so a copy an hour old is fine. */
    private static final java.time.Duration KEPT_FOR = java.time.Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private volatile Set<LocalDate> holidays;
    private volatile java.time.Instant readAt = java.time.Instant.MIN;

    WorkingDays(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The date {@code days} working days after {@code start} (the deadline of a service level). */
    public LocalDate add(LocalDate start, int days) {
        return add(start, days, holidays());
    }

    public static LocalDate add(LocalDate start, int days, Set<LocalDate> holidays) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /** The bank holidays (read at most once an hour; every page with a service level asks). */
    public Set<LocalDate> holidays() {
        java.time.Instant now = clock.instant();
        Set<LocalDate> known = holidays;
        if (known == null || readAt.plus(KEPT_FOR).isBefore(now) || readAt.isAfter(now)) {
            known = java.util.Collections.unmodifiableSet(
                    new TreeSet<>(jdbc.sql("SELECT day FROM shared_bank_holiday").query(LocalDate.class).list()));
            holidays = known;
            readAt = now;
        }
        return known;
    }
}
