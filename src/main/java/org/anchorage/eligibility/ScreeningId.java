package org.anchorage.eligibility;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

public record ScreeningId(UUID value) {
    public ScreeningId {
        requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
