package org.anchorage.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A week of attendance, confirmed by the host. */
public record AttendanceWeek(LocalDate weekStarting, BigDecimal hoursAttended, int daysAbsent, String note, String confirmedBy) {}
