package org.anchorage.programme;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

public record ProgrammeId(UUID value) {
    public ProgrammeId {
        requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
