package org.anchorage.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** Yes, no or not sure: whether there is immediate risk, whether the person knows a concern was raised. */
public enum Answer {
    YES("yes", "Yes"),
    NO("no", "No"),
    NOT_SURE("not-sure", "Not sure");

    private final String code;
    private final String label;

    Answer(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public static Optional<Answer> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
