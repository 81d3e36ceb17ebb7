package org.anchorage.identity;

import org.anchorage.organisation.OrganisationId;

public record NewUser(String email, String displayName, Role role, OrganisationId organisationId, String password) {}
