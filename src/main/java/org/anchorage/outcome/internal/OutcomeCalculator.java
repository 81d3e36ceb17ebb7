package org.anchorage.outcome.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.outcome.JobOutcomes;
import org.anchorage.outcome.JobRule;
import org.anchorage.outcome.OutcomeDefinition;
import org.anchorage.outcome.OutcomeStatus;

/**
 * Outcomes from the recorded facts alone, with no database: a pure function of the start, its changes and
 * checks, the definitions and rule in force on the start date, the National Living Wage then, what is already
 * stored (achieved, claimed) and today. A week {@code k} (from 1) runs from start + 7(k − 1) days to
 * start + 7k − 1 days and is paid at the hours and pay in force on its first day; the hours in force on a date
 * are the latest of the start's, a change's or a check's on or before it, the pay the latest of the start's or
 * a change's. A week counts only if the person had not left before its last day.
 */
public final class OutcomeCalculator {

    /** An earnings target not reached within ten years of weeks is treated as out of reach. */
    static final int MAX_WEEKS = 520;

    private OutcomeCalculator() {}

    public record Change(LocalDate on, int hourlyPayPence, BigDecimal hoursPerWeek, String evidence) {}

    /** A check; {@code hoursPerWeek} is null when it found the person had left. */
    public record Check(LocalDate on, String status, BigDecimal hoursPerWeek, String evidence) {}

    public record Facts(UUID jobStart, LocalDate startsOn, int hourlyPayPence, BigDecimal hoursPerWeek, LocalDate leftOn, String sector,
                        List<Change> changes, List<Check> checks) {}

    /** What is already stored for a definition: evidenced on a day, and perhaps claimed. */
    public record Stored(UUID id, UUID definition, LocalDate achievedOn, LocalDate claimedOn) {}

    /** The earliest record that evidences an outcome: its day, the kind of evidence, and whether a check or a change. */
    public record Evidence(LocalDate on, String evidence, String source) {}

    /** One definition's answer before stored achievements are applied. */
    public record Assessed(OutcomeDefinition definition, LocalDate projectedOn, Evidence evidence) {}

    /** The outcomes of one start (see the class comment), with what is stored taking precedence once evidenced. */
    public static JobOutcomes outcomes(Facts f, JobRule rule, List<OutcomeDefinition> definitions, int livingWagePence,
                                       Map<UUID, Stored> stored, LocalDate today) {
        String why = rule.whyNotCounted(f.hoursPerWeek(), f.sector());
        if (why != null) {
            return new JobOutcomes(f.jobStart(), why, List.of());
        }
        List<OutcomeStatus> out = new ArrayList<>();
        for (Assessed a : assess(f, definitions, livingWagePence, today)) {
            OutcomeDefinition d = a.definition();
            Stored s = stored.get(d.id());
            String status;
            LocalDate achieved = null;
            LocalDate claimed = null;
            if (s != null) {
                achieved = s.achievedOn();
                claimed = s.claimedOn();
                status = claimed != null ? OutcomeStatus.CLAIMED : OutcomeStatus.ACHIEVED;
            } else if (a.projectedOn() == null) {
                status = OutcomeStatus.NOT_MET;
            } else if (a.evidence() != null) {
                achieved = a.evidence().on();
                status = OutcomeStatus.ACHIEVED;
            } else {
                status = a.projectedOn().isAfter(today) ? OutcomeStatus.ON_TRACK : OutcomeStatus.NEEDS_EVIDENCE;
            }
            out.add(new OutcomeStatus(f.jobStart(), d.id(), d.code(), d.name(), status, a.projectedOn(), achieved, claimed,
                    s == null ? null : s.id(), d.sustainment(), OutcomeStatus.NEEDS_EVIDENCE.equals(status) ? d.evidenceLabels() : null));
        }
        return new JobOutcomes(f.jobStart(), null, List.copyOf(out));
    }

    /** Each definition in force on the start date: its projected date and the evidence for it, if any. */
    public static List<Assessed> assess(Facts f, List<OutcomeDefinition> definitions, int livingWagePence, LocalDate today) {
        List<Assessed> out = new ArrayList<>();
        for (OutcomeDefinition d : definitions) {
            if (!d.inForceOn(f.startsOn())) {
                continue;
            }
            LocalDate projected = projectedOn(d, f, livingWagePence);
            out.add(new Assessed(d, projected, projected == null ? null : evidence(d, f, projected, today)));
        }
        return out;
    }

    /** When the outcome is reached from hours × pay from the start, or null when it cannot be (too few hours, or left first). */
    public static LocalDate projectedOn(OutcomeDefinition d, Facts f, int livingWagePence) {
        return switch (d.kind()) {
            case OutcomeDefinition.EARNINGS -> {
                // In tenths of a penny, exactly: hours have at most one decimal place.
                long target = tenths(d.hoursPerWeek()) * d.weeks() * livingWagePence;
                long earned = 0;
                for (int k = 1; k <= MAX_WEEKS && worked(f, k); k++) {
                    LocalDate first = f.startsOn().plusWeeks(k - 1);
                    earned += tenths(hoursOn(f, first)) * payOn(f, first);
                    if (earned >= target) {
                        yield lastDay(f, k);
                    }
                }
                yield null;
            }
            case OutcomeDefinition.HOURS_IN_WEEKS -> {
                int met = 0;
                for (int k = 1; k <= d.withinWeeks() && worked(f, k); k++) {
                    if (hoursOn(f, f.startsOn().plusWeeks(k - 1)).compareTo(d.hoursPerWeek()) >= 0 && ++met == d.weeks()) {
                        yield lastDay(f, k);
                    }
                }
                yield null;
            }
            default -> {
                LocalDate reached = f.startsOn().plusMonths(d.months());
                yield f.leftOn() != null && f.leftOn().isBefore(reached) ? null : reached;
            }
        };
    }

    /**
     * The earliest check or change on or after the projected date (and by today) with evidence the definition
     * accepts, while the person was still in work then: a check that found they left counts only when they left
     * on or after the projected date.
     */
    static Evidence evidence(OutcomeDefinition d, Facts f, LocalDate projected, LocalDate today) {
        if (f.leftOn() != null && f.leftOn().isBefore(projected)) {
            return null;
        }
        List<Evidence> found = new ArrayList<>();
        for (Check c : f.checks()) {
            if (!c.on().isBefore(projected) && !c.on().isAfter(today) && d.evidenceAccepted().contains(c.evidence())) {
                found.add(new Evidence(c.on(), c.evidence(), "check"));
            }
        }
        for (Change c : f.changes()) {
            if (!c.on().isBefore(projected) && !c.on().isAfter(today) && d.evidenceAccepted().contains(c.evidence())) {
                found.add(new Evidence(c.on(), c.evidence(), "change"));
            }
        }
        return found.stream().min(Comparator.comparing(Evidence::on).thenComparing(Evidence::source)).orElse(null);
    }

    /** Whether the person was still in the job on the last day of week k. */
    private static boolean worked(Facts f, int k) {
        return f.leftOn() == null || !f.leftOn().isBefore(lastDay(f, k));
    }

    private static LocalDate lastDay(Facts f, int k) {
        return f.startsOn().plusWeeks(k).minusDays(1);
    }

    /** Hours in force on a day: the latest of the start's, a change's or a check's (still in work) on or before it. */
    static BigDecimal hoursOn(Facts f, LocalDate day) {
        BigDecimal hours = f.hoursPerWeek();
        LocalDate latest = f.startsOn();
        for (Change c : f.changes()) {
            if (!c.on().isAfter(day) && !c.on().isBefore(latest)) {
                hours = c.hoursPerWeek();
                latest = c.on();
            }
        }
        for (Check c : f.checks()) {
            if (c.hoursPerWeek() != null && !c.on().isAfter(day) && !c.on().isBefore(latest)) {
                hours = c.hoursPerWeek();
                latest = c.on();
            }
        }
        return hours;
    }

    /** Pay in force on a day: the latest of the start's or a change's on or before it. */
    static int payOn(Facts f, LocalDate day) {
        int pay = f.hourlyPayPence();
        LocalDate latest = f.startsOn();
        for (Change c : f.changes()) {
            if (!c.on().isAfter(day) && !c.on().isBefore(latest)) {
                pay = c.hourlyPayPence();
                latest = c.on();
            }
        }
        return pay;
    }

    private static long tenths(BigDecimal hours) {
        return hours.movePointRight(1).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
