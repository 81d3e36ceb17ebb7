package org.anchorage.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void writesDatesAndTimesAsTheNhsStyleGuideDoes() {
        assertThat(Display.dateTime(LocalDateTime.of(2026, 12, 8, 10, 0))).isEqualTo("8 December 2026, 10am");
        assertThat(Display.time(LocalTime.of(14, 30))).isEqualTo("2:30pm");
        assertThat(Display.time(LocalTime.NOON)).isEqualTo("midday");
        assertThat(Display.time(LocalTime.MIDNIGHT)).isEqualTo("midnight");
        assertThat(Display.time(LocalTime.of(0, 5))).isEqualTo("12:05am");
        assertThat(Display.date(LocalDate.of(2027, 1, 11))).isEqualTo("11 January 2027");
        assertThat(Display.date(null)).isEmpty();
    }

    @Test
    void showsAnInstantInEnglandsTimeIncludingSummerTime() {
        assertThat(Display.dateTime(Instant.parse("2026-07-01T09:00:00Z"))).isEqualTo("1 July 2026, 10am");
        assertThat(Display.dateTime(Instant.parse("2026-12-08T10:00:00Z"))).isEqualTo("8 December 2026, 10am");
        assertThat(new Display().when(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
    }
}
