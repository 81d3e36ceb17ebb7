package org.anchorage.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of abuse or harm a concern may be about, in the Care Act 2014 guidance's words plus risk to self. */
public enum ConcernCategory {
    PHYSICAL("physical", "Physical"),
    EMOTIONAL("emotional", "Emotional or psychological"),
    SEXUAL("sexual", "Sexual"),
    NEGLECT("neglect", "Neglect"),
    FINANCIAL("financial", "Financial or material"),
    DISCRIMINATORY("discriminatory", "Discriminatory"),
    SELF_NEGLECT("self-neglect", "Self-neglect"),
    DOMESTIC_ABUSE("domestic-abuse", "Domestic abuse"),
    MODERN_SLAVERY("modern-slavery", "Modern slavery"),
    EXPLOITATION("exploitation", "Exploitation, including county lines"),
    RADICALISATION("radicalisation", "Radicalisation"),
    RISK_TO_SELF("risk-to-self", "Risk to self");

    private final String code;
    private final String label;

    ConcernCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public static Optional<ConcernCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
