package org.anchorage.organisation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

public record OrganisationId(UUID value) implements java.io.Serializable {
    public OrganisationId {
        requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
