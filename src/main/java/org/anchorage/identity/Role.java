package org.anchorage.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The roles of PRODUCT.md. Each user holds exactly one; least privilege is decided per route. */
public enum Role {
    ADMINISTRATOR("administrator", "Administrator"),
    PROGRAMME_MANAGER("programme-manager", "Programme manager"),
    NAVIGATOR("navigator", "Navigator"),
    TRAINER("trainer", "Trainer"),
    MENTOR("mentor", "Mentor"),
    EMPLOYER("employer", "Employer or placement host"),
    REFERRAL_PARTNER("referral-partner", "Referral partner"),
    FUNDER("funder", "Funder or commissioner"),
    PARTICIPANT("participant", "Participant");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_PROGRAMME_MANAGER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
