package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which jobs count for a programme's outcomes, as data ({@code outcome_job_rule}): the least contracted hours
 * a week at the start and the kinds of employer (null: any kind). A job that does not count has no outcomes.
 */
public record JobRule(BigDecimal minHoursPerWeek, List<String> employerSectors, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public static final Map<String, String> SECTORS = Map.of("nhs", "NHS", "social-care", "Social care", "other-health", "Other health",
            "other", "Other");

    /** Every job counts: used for a start before any rule was in force. */
    public static final JobRule ANY_JOB = new JobRule(BigDecimal.ZERO, null, LocalDate.MIN, null);

    public boolean inForceOn(LocalDate startsOn) {
        return !startsOn.isBefore(effectiveFrom) && (effectiveTo == null || startsOn.isBefore(effectiveTo));
    }

    /** Why a job with these hours and this kind of employer does not count, or null when it does. */
    public String whyNotCounted(BigDecimal hoursPerWeek, String sector) {
        if (hoursPerWeek.compareTo(minHoursPerWeek) < 0) {
            return "Under the programme's " + minHoursPerWeek.stripTrailingZeros().toPlainString() + " hours a week";
        }
        if (employerSectors != null && (sector == null || !employerSectors.contains(sector))) {
            return (sector == null ? "The kind of employer is not recorded" : "A kind of employer the programme does not count ("
                    + SECTORS.getOrDefault(sector, sector) + ")") + ": it counts " + sectors();
        }
        return null;
    }

    public String sectors() {
        return employerSectors == null ? "any kind of employer"
                : employerSectors.stream().map(s -> SECTORS.getOrDefault(s, s)).collect(Collectors.joining(", "));
    }
}
