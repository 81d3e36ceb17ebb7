package org.anchorage.outcome.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.outcome.Outcomes;
import org.anchorage.participant.ParticipantId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's outcomes by API (an employer's HR system, a provider's CRM): the same access as the record's Work section. */
@RestController
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class OutcomesApiController {

    private final Outcomes outcomes;

    OutcomesApiController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** One outcome of one job start; dates ISO, null when none. */
    record OutcomeView(UUID jobStartId, String definition, String name, String status, LocalDate projectedOn, LocalDate achievedOn,
                       LocalDate claimedOn) {}

    @GetMapping("/api/v1/participants/{id}/outcomes")
    List<OutcomeView> outcomes(@PathVariable UUID id) {
        return outcomes.of(new ParticipantId(id), CurrentUser.require()).stream().flatMap(j -> j.outcomes().stream())
                .map(s -> new OutcomeView(s.jobStart(), s.definition(), s.name(), s.status(), s.projectedOn(), s.achievedOn(), s.claimedOn()))
                .toList();
    }
}
