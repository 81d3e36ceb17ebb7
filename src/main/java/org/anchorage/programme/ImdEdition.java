package org.anchorage.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The English Indices of Deprivation a programme decides by; 2025 and 2019 rank different areas. */
public enum ImdEdition {
    IOD2025("IoD2025", "English Indices of Deprivation 2025"),
    IOD2019("IoD2019", "English Indices of Deprivation 2019");

    private final String code;
    private final String label;

    ImdEdition(String code, String label) {
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

    public static Optional<ImdEdition> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(code)).findFirst();
    }

    @JsonCreator
    static ImdEdition json(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown IMD edition " + code));
    }
}
