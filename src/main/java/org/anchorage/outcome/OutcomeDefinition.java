package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An outcome a programme is paid for, as data ({@code outcome_definition}): a start is measured by the
 * definitions in force on its start date. Three kinds:
 * <ul>
 * <li>{@code earnings}: cumulative earnings of {@code hoursPerWeek} × {@code weeks} × the National Living Wage
 * in force at the start (the DWP one: 16 × 26 = 416 hours' pay);</li>
 * <li>{@code hours-in-weeks}: at least {@code hoursPerWeek} in {@code weeks} of the first {@code withinWeeks}
 * weeks (the IPS baseline: 7 hours in 13 of 16);</li>
 * <li>{@code continuous}: in work without a break from the start for {@code months} months.</li>
 * </ul>
 *
 * @param evidenceAccepted the kinds of evidence that count; anything else leaves the outcome "needs evidence"
 * @param sustainment      whether this is the programme's sustainment outcome (achieving it moves the person to Sustained in work)
 */
public record OutcomeDefinition(java.util.UUID id, String code, String name, String kind, BigDecimal hoursPerWeek, Integer weeks,
                                Integer withinWeeks, Integer months, List<String> evidenceAccepted, boolean sustainment,
                                LocalDate effectiveFrom, LocalDate effectiveTo) {

    public static final String EARNINGS = "earnings";
    public static final String HOURS_IN_WEEKS = "hours-in-weeks";
    public static final String CONTINUOUS = "continuous";

    /** Whether a start on this date is measured by this definition. */
    public boolean inForceOn(LocalDate startsOn) {
        return !startsOn.isBefore(effectiveFrom) && (effectiveTo == null || startsOn.isBefore(effectiveTo));
    }

    /** What it takes, in the programme's words, for the definitions page. */
    public String rule() {
        String hours = hoursPerWeek == null ? "" : hoursPerWeek.stripTrailingZeros().toPlainString();
        return switch (kind) {
            case EARNINGS -> "Earnings of " + hours + " hours a week for " + weeks + " weeks (" + hoursPerWeek.multiply(BigDecimal.valueOf(weeks))
                    .stripTrailingZeros().toPlainString() + " hours) at the National Living Wage in force on the start date";
            case HOURS_IN_WEEKS -> "At least " + hours + " hours a week in " + weeks + " of the first " + withinWeeks + " weeks";
            default -> "In work without a break from the start for " + months + " months";
        };
    }

    public String evidenceLabels() {
        return evidenceAccepted.stream().map(e -> JobStarts.EVIDENCE.getOrDefault(e, e)).collect(Collectors.joining(", "));
    }
}
