package org.anchorage.programme;

import java.time.LocalDate;
import java.util.Set;
import org.anchorage.organisation.OrganisationId;

/** What a programme manager sets when adding or changing a programme. */
public record ProgrammeDetails(String name, ProgrammeStatus status, LocalDate startsOn, LocalDate endsOn,
                               String description, Set<OrganisationId> organisations, ProgrammeContact contact) {

    /** Details with no contact for residents yet. */
    public ProgrammeDetails(String name, ProgrammeStatus status, LocalDate startsOn, LocalDate endsOn, String description,
                            Set<OrganisationId> organisations) {
        this(name, status, startsOn, endsOn, description, organisations, ProgrammeContact.NONE);
    }
}
