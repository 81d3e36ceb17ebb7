package org.anchorage.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;

/**
 * A vacancy an employer posted through a programme. {@code applyUrl} is null when people apply through the programme;
 * {@code payPence} and {@code payPer} are null when the pay is only described in {@code payNote}.
 */
public record Vacancy(UUID id, ProgrammeId programme, String programmeName, OrganisationId employer, String employerName, String title,
                      String roleFamily, String afcBand, Long payPence, PayPer payPer, String payNote, BigDecimal hoursPerWeek,
                      Contract contract, String postcode, String locality, Double latitude, Double longitude, LocalDate closesOn,
                      String applyUrl, String description, Instant postedAt, Instant changedAt, boolean withdrawn) {

    /** Closed: its closing date has passed (it still shows on the staff list, marked so). */
    public boolean closedOn(LocalDate today) {
        return closesOn.isBefore(today);
    }

    Vacancy named(String programme, String employerName) {
        return new Vacancy(id, this.programme, programme, employer, employerName, title, roleFamily, afcBand, payPence, payPer, payNote,
                hoursPerWeek, contract, postcode, locality, latitude, longitude, closesOn, applyUrl, description, postedAt, changedAt,
                withdrawn);
    }

    /** What an employer or manager types. Nulls stand for values left out or not readable (the form names those). */
    public record New(ProgrammeId programme, OrganisationId employer, String title, String roleFamily, String afcBand, Long payPence,
                      String payPer, String payNote, BigDecimal hoursPerWeek, String contract, String postcode, LocalDate closesOn,
                      String applyBy, String applyLink, String description) {}

    /** The contract a vacancy offers, with the schema.org employment type it adds. */
    public enum Contract {
        PERMANENT("permanent", "Permanent", null),
        FIXED_TERM("fixed-term", "Fixed term", "TEMPORARY"),
        BANK("bank", "Bank (as and when needed)", "PER_DIEM");

        private final String code;
        private final String label;
        private final String schemaType;

        Contract(String code, String label, String schemaType) {
            this.code = code;
            this.label = label;
            this.schemaType = schemaType;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** The schema.org employmentType it adds beside full or part time, or null. */
        public String schemaType() {
            return schemaType;
        }

        public static Optional<Contract> fromCode(String code) {
            return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }

    /** Whether a pay figure is an hourly rate or a yearly salary (schema.org unitText HOUR or YEAR). */
    public enum PayPer {
        HOUR("hour", "an hour", "HOUR"),
        YEAR("year", "a year", "YEAR");

        private final String code;
        private final String words;
        private final String unitText;

        PayPer(String code, String words, String unitText) {
            this.code = code;
            this.words = words;
            this.unitText = unitText;
        }

        public String code() {
            return code;
        }

        public String words() {
            return words;
        }

        public String unitText() {
            return unitText;
        }

        public static Optional<PayPer> fromCode(String code) {
            return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }
}
