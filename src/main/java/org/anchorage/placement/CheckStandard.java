package org.anchorage.placement;

import java.util.Arrays;
import java.util.Optional;

/** The six NHS Employment Check Standards (NHS Employers), with what each usually needs. */
public enum CheckStandard {
    IDENTITY("identity", "Identity", "Original documents seen in person; an expired passport is not accepted for identity"),
    RIGHT_TO_WORK("right-to-work", "Right to work", "Share code checked online, or original documents seen"),
    REGISTRATION_QUALIFICATIONS("registration-qualifications", "Professional registration and qualifications",
            "Certificates seen, or 'not needed' for roles without registration"),
    EMPLOYMENT_HISTORY_REFERENCES("employment-history-references", "Employment history and references",
            "Usually three years of history; references from employers, education or a character referee"),
    CRIMINAL_RECORD("criminal-record", "Criminal record check (DBS)",
            "Record the certificate date and outcome only; the disclosure itself is never stored here"),
    WORK_HEALTH("work-health", "Work health assessment",
            "Fit for the role, with or without adjustments; occupational health keeps the health details");

    private final String code;
    private final String label;
    private final String hint;

    CheckStandard(String code, String label, String hint) {
        this.code = code;
        this.label = label;
        this.hint = hint;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static Optional<CheckStandard> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
