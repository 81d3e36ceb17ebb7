package org.anchorage.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.plan.Plans;

/**
 * One live opportunity as the public sees it: a vacancy or an open paid placement, with minimum data. {@code postcode}
 * is a vacancy's workplace postcode but only the district of a placement's site; {@code applyUrl} is null when people
 * apply through the programme; {@code milesAway} is set only when a search gave a postcode.
 */
public record Opportunity(UUID id, Kind kind, String title, String roleFamily, String employer, String afcBand, Long payPence,
                          Vacancy.PayPer payPer, String payNote, BigDecimal hoursPerWeek, Vacancy.Contract contract, Long weeks,
                          LocalDate startsOn, LocalDate closesOn, Instant postedAt, String postcode, String locality, Double latitude,
                          Double longitude, String applyUrl, String description, Double milesAway) {

    public enum Kind {
        VACANCY("Job"), PLACEMENT("Paid placement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Full time from 35 hours a week, as NHS Jobs counts it (37.5 is full time on Agenda for Change). */
    static final BigDecimal FULL_TIME_FROM = new BigDecimal("35");

    Opportunity at(Double miles) {
        return new Opportunity(id, kind, title, roleFamily, employer, afcBand, payPence, payPer, payNote, hoursPerWeek, contract, weeks,
                startsOn, closesOn, postedAt, postcode, locality, latitude, longitude, applyUrl, description, miles);
    }

    public boolean placement() {
        return kind == Kind.PLACEMENT;
    }

    public boolean appliesThroughProgramme() {
        return applyUrl == null;
    }

    public String roleFamilyLabel() {
        return Plans.ROLE_FAMILIES.getOrDefault(roleFamily, roleFamily);
    }

    /** "Band 3", "Not Agenda for Change", or empty when a placement gave no band. */
    public String band() {
        if (afcBand == null || afcBand.isBlank()) {
            return "";
        }
        return afcBand.equals("not-afc") ? "Not Agenda for Change" : "Band " + afcBand;
    }

    /** "£24,465 a year", "£12.71 an hour, plus weekend enhancements", or the employer's own words. */
    public String pay() {
        String figure = payPence == null ? "" : (payPer == Vacancy.PayPer.HOUR ? pounds(payPence) : wholePounds(payPence)) + " " + payPer.words();
        if (payNote == null || payNote.isBlank()) {
            return figure;
        }
        return figure.isEmpty() ? payNote : figure + ", " + payNote;
    }

    /** "37.5 hours a week", without a needless ".0". */
    public String hours() {
        return hoursPerWeek.stripTrailingZeros().toPlainString() + " hours a week";
    }

    public String contractLabel() {
        return placement() ? "Paid placement of " + weeks + (weeks == 1 ? " week" : " weeks") : contract.label();
    }

    /** "Grays (RM17)" or "RM17 6PU, Thurrock": where, as the listing shows it. */
    public String where() {
        return locality == null || locality.isBlank() ? postcode : locality + " (" + postcode + ")";
    }

    /** "2.4 miles away", when a search gave a postcode and the workplace has a position. */
    public String distance() {
        return milesAway == null ? "" : String.format(java.util.Locale.UK, "%.1f miles away", milesAway);
    }

    /** schema.org employmentType values: full or part time, and temporary or bank where it applies. */
    public List<String> employmentTypes() {
        List<String> types = new ArrayList<>();
        types.add(hoursPerWeek.compareTo(FULL_TIME_FROM) >= 0 ? "FULL_TIME" : "PART_TIME");
        if (placement()) {
            types.add("TEMPORARY");
        } else if (contract.schemaType() != null) {
            types.add(contract.schemaType());
        }
        return types;
    }

    static String pounds(long pence) {
        return String.format("£%d.%02d", pence / 100, pence % 100);
    }

    static String wholePounds(long pence) {
        return pence % 100 == 0 ? String.format("£%,d", pence / 100) : String.format("£%,d.%02d", pence / 100, pence % 100);
    }
}
