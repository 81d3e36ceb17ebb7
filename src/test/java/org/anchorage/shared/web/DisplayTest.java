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

    @Test
    void readsTimesAsPeopleTypeThem() {
        var result = new org.springframework.validation.BeanPropertyBindingResult(new Object(), "form");
        assertThat(DateInput.parseTime("t", "2:30pm", "bad", result)).isEqualTo(LocalTime.of(14, 30));
        assertThat(DateInput.parseTime("t", "10am", "bad", result)).isEqualTo(LocalTime.of(10, 0));
        assertThat(DateInput.parseTime("t", "12am", "bad", result)).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(DateInput.parseTime("t", "12pm", "bad", result)).isEqualTo(LocalTime.NOON);
        assertThat(DateInput.parseTime("t", "9.30", "bad", result)).isEqualTo(LocalTime.of(9, 30));
        assertThat(DateInput.parseTime("t", "14:30", "bad", result)).isEqualTo(LocalTime.of(14, 30));
        assertThat(result.hasErrors()).isFalse();
        assertThat(DateInput.parseTime("t", "25:00", "bad", result)).isNull();
        assertThat(DateInput.parseTime("t", "13pm", "bad", result)).isNull();
        assertThat(DateInput.parseTime("t", "teatime", "bad", result)).isNull();
        assertThat(DateInput.parseTime("t", "9", "bad", result)).isNull();
        assertThat(result.getErrorCount()).isEqualTo(4);
    }
}
