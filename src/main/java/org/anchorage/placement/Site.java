package org.anchorage.placement;

import java.util.UUID;
import org.anchorage.organisation.OrganisationId;

/** An employer's workplace, located through the shipped postcode data. */
public record Site(UUID id, OrganisationId organisation, String name, String address, String postcode, Double latitude,
                   Double longitude, String localAuthorityCode) {}
