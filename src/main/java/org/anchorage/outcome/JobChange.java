package org.anchorage.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.anchorage.placement.Money;
import org.anchorage.shared.web.Display;

/**
 * Progression in a job: from {@code changesOn} on, the pay, hours and band are these. The terms in force just
 * before it (the start's, or the previous change's) are carried so the record can say what moved.
 */
public record JobChange(UUID id, LocalDate changesOn, String kind, int hourlyPayPence, BigDecimal hoursPerWeek, String afcBand,
                        String note, String evidence, String recordedBy, int previousPayPence, BigDecimal previousHours,
                        String previousBand) {

    public String kindLabel() {
        return JobChanges.KINDS.getOrDefault(kind, kind);
    }

    public String evidenceLabel() {
        return JobStarts.EVIDENCE.getOrDefault(evidence, evidence);
    }

    public String hourlyPay() {
        return Money.pounds(hourlyPayPence);
    }

    public String hours() {
        return hoursPerWeek.stripTrailingZeros().toPlainString();
    }

    /** One line for the record and the timeline: "From 1 April 2027: £12.71 → £13.10 an hour, Band 2 → Band 3 (promotion)". */
    public String summary() {
        List<String> moved = new ArrayList<>();
        if (hourlyPayPence != previousPayPence) {
            moved.add(Money.pounds(previousPayPence) + " → " + Money.pounds(hourlyPayPence) + " an hour");
        }
        if (hoursPerWeek.compareTo(previousHours) != 0) {
            moved.add(previousHours.stripTrailingZeros().toPlainString() + " → " + hours() + " hours a week");
        }
        if (!Objects.equals(afcBand, previousBand)) {
            moved.add((previousBand == null ? "no band" : previousBand) + " → " + (afcBand == null ? "no band" : afcBand));
        }
        return "From " + Display.date(changesOn) + ": " + String.join(", ", moved) + " (" + kindLabel().toLowerCase(Locale.UK) + ")";
    }

    /**
     * What a navigator enters: the date it took effect, the kind, the pay (pence) and hours from then on, the band
     * (blank keeps the band as it was), a note and the evidence. {@code confirmLongHours} allows more than 48 hours.
     */
    public record New(LocalDate changesOn, String kind, Integer hourlyPayPence, BigDecimal hoursPerWeek, boolean confirmLongHours,
                      String afcBand, String note, String evidence) {}
}
