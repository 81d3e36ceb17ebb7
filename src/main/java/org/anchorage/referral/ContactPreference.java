package org.anchorage.referral;

import java.util.Arrays;
import java.util.Optional;

public enum ContactPreference {
    EMAIL("email", "Email"),
    PHONE("phone", "Phone call"),
    TEXT("text", "Text message"),
    POST("post", "Letter");

    private final String code;
    private final String label;

    ContactPreference(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ContactPreference> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
