package org.anchorage.placement;

import java.util.UUID;
import org.anchorage.organisation.OrganisationId;

/** The host supervisor who looks after a placement day to day. */
public record Supervisor(UUID id, OrganisationId organisation, String name, String jobTitle, String email, String phone) {}
