package org.anchorage.programme;

import java.time.LocalDate;
import java.util.Set;
import org.anchorage.organisation.OrganisationId;

public record Programme(ProgrammeId id, String name, ProgrammeStatus status, LocalDate startsOn, LocalDate endsOn,
                        String description, Set<OrganisationId> organisations, ProgrammeContact contact) {}
