package org.anchorage.programme.internal;

import java.util.Set;
import java.util.UUID;
import org.anchorage.access.ProgrammeMemberships;
import org.anchorage.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the access policy who takes part in and who leads each programme. */
@Component
class Memberships implements ProgrammeMemberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> takingPart(OrganisationId organisation) {
        if (organisation == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT programme_id FROM programme_organisation WHERE organisation_id = :organisation")
                .param("organisation", organisation.value()).query(UUID.class).list());
    }

    @Override
    public Set<UUID> leading(OrganisationId organisation) {
        if (organisation == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM programme_programme WHERE lead_organisation_id = :organisation")
                .param("organisation", organisation.value()).query(UUID.class).list());
    }
}
