package org.anchorage.outreach;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of outreach event a programme runs. */
public enum EventKind {
    JOB_FAIR("job-fair", "Job fair"),
    OPEN_DAY("open-day", "Open day"),
    DROP_IN("drop-in", "Community drop-in"),
    SCHOOL_SESSION("school-session", "School or college session");

    private final String code;
    private final String label;

    EventKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<EventKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
