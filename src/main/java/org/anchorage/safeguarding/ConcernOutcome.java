package org.anchorage.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** How a concern was closed. */
public enum ConcernOutcome {
    NO_FURTHER_ACTION("no-further-action", "No further action needed"),
    SUPPORT_IN_PROGRAMME("support-in-programme", "Support arranged within the programme"),
    REFERRED_ON("referred-on", "Referred on and accepted by another agency"),
    RISK_MANAGED("risk-managed", "Risk assessed and managed"),
    OTHER("other", "Other (see notes)");

    private final String code;
    private final String label;

    ConcernOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public static Optional<ConcernOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
