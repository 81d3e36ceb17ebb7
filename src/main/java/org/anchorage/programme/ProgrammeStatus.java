package org.anchorage.programme;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Planned programmes take no referrals yet; closed ones take no more. */
public enum ProgrammeStatus {
    PLANNED("planned", "Planned"),
    OPEN("open", "Open"),
    CLOSED("closed", "Closed");

    private final String code;
    private final String label;

    ProgrammeStatus(String code, String label) {
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

    public static Optional<ProgrammeStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
