package org.anchorage.access;

import java.util.Set;
import java.util.UUID;
import org.anchorage.organisation.OrganisationId;

/**
 * Which programmes an organisation takes part in and which it leads. Implemented by the programme
 * module, which owns those facts, so the policy needs no dependency on it.
 */
public interface ProgrammeMemberships {

    /** The programmes the organisation takes part in. */
    Set<UUID> takingPart(OrganisationId organisation);

    /** The programmes the organisation leads: its managers decide who else takes part. */
    Set<UUID> leading(OrganisationId organisation);
}
