package org.anchorage.organisation;

import java.time.Instant;

public record Organisation(OrganisationId id, String name, OrganisationType type, Instant createdAt) {}
