package org.anchorage.eligibility;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ScreeningStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
