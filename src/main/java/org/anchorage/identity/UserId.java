package org.anchorage.identity;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

public record UserId(UUID value) implements java.io.Serializable {
    public UserId {
        requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
