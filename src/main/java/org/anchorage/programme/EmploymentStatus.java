package org.anchorage.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Employment status as programmes screen by it. NEET: 16–24, not in education, employment or training. */
public enum EmploymentStatus {
    UNEMPLOYED("unemployed", "Unemployed and looking for work"),
    ECONOMICALLY_INACTIVE("economically-inactive", "Not working and not looking for work"),
    NEET("neet", "Not in education, employment or training (aged 16 to 24)"),
    EMPLOYED("employed", "In work");

    private final String code;
    private final String label;

    EmploymentStatus(String code, String label) {
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

    public static Optional<EmploymentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code)).findFirst();
    }

    @JsonCreator
    static EmploymentStatus json(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown employment status " + code));
    }
}
