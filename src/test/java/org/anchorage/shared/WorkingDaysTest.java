package org.anchorage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.anchorage.shared.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));

    @Test
    void two_working_days_after_a_thursday_is_the_monday() {
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 19), 2, HOLIDAYS)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void bank_holidays_and_weekends_do_not_count() {
        // Thursday 24 December 2026: Friday 25 and Monday 28 are bank holidays.
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 24), 2, HOLIDAYS)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void fifteen_working_days_is_three_weeks_without_holidays() {
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 2), 15, Set.of())).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
