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

    private final JdbcClient jdbc;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    public Set<LocalDate> holidays() {
        return new TreeSet<>(jdbc.sql("SELECT day FROM shared_bank_holiday").query(LocalDate.class).list());
    }
}
