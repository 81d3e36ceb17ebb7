package org.anchorage.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** Where the lead referred a concern. */
public enum ReferralAgency {
    LOCAL_AUTHORITY("local-authority", "Local authority safeguarding team"),
    POLICE("police", "Police"),
    PREVENT("prevent", "Prevent"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    ReferralAgency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public static Optional<ReferralAgency> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
