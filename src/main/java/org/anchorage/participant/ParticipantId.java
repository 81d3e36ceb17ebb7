package org.anchorage.participant;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

public record ParticipantId(UUID value) {
    public ParticipantId {
        requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
