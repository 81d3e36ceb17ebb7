package org.anchorage.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NightlyBackupTest {

    @Test
    void after_sixty_nights_the_last_seven_days_and_the_last_four_sundays_are_kept() {
        LocalDate last = LocalDate.of(2026, 12, 1); // a Tuesday
        List<LocalDate> nights = Stream.iterate(last.minusDays(59), d -> d.plusDays(1)).limit(60).toList();
        var kept = NightlyBackup.keep(nights);
        assertThat(kept).containsAll(Stream.iterate(last, d -> d.minusDays(1)).limit(7).toList());
        assertThat(kept.stream().filter(d -> d.isBefore(last.minusDays(6)))).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(kept.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY)).hasSize(4);
        assertThat(kept).hasSize(7 + 3); // one of the four Sundays is within the last seven days
    }
}
