package org.anchorage.support;

import java.util.Arrays;
import java.util.Optional;

/** Who does a support action: the person themself, their navigator, their mentor, or a named partner organisation. */
public enum SupportActionOwner {
    PARTICIPANT("participant", "The participant", "You"),
    NAVIGATOR("navigator", "Their navigator", "Your navigator"),
    MENTOR("mentor", "Their mentor", "Your mentor"),
    PARTNER("partner", "A partner organisation", "A partner organisation");

    private final String code;
    private final String label;
    private final String toParticipant;

    SupportActionOwner(String code, String label, String toParticipant) {
        this.code = code;
        this.label = label;
        this.toParticipant = toParticipant;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The owner as the participant reads it on their own page. */
    public String toParticipant() {
        return toParticipant;
    }

    public static Optional<SupportActionOwner> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
