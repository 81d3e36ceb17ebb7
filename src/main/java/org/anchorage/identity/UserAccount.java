package org.anchorage.identity;

import java.time.Instant;
import org.anchorage.organisation.OrganisationId;

/** A user as other modules and pages see it: never the password hash. */
public record UserAccount(UserId id, String email, String displayName, Role role, OrganisationId organisationId,
                          boolean enabled, Instant createdAt, Instant lastSignedInAt, boolean mustChangePassword) {

    public UserAccount(UserId id, String email, String displayName, Role role, OrganisationId organisationId,
                       boolean enabled, Instant createdAt, Instant lastSignedInAt) {
        this(id, email, displayName, role, organisationId, enabled, createdAt, lastSignedInAt, false);
    }
}
