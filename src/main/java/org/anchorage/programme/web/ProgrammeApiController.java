package org.anchorage.programme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.identity.CurrentUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EligibilityRulesVersion;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

    private final Programmes programmes;

    ProgrammeApiController(Programmes programmes) {
        this.programmes = programmes;
    }

    record ProgrammeSummary(UUID id, String name, String status) {
        static ProgrammeSummary of(Programme p) {
            return new ProgrammeSummary(p.id().value(), p.name(), p.status().code());
        }
    }

    record CreateProgramme(
            @NotBlank(message = "Enter a name") @Size(max = 200, message = "must be 200 characters or fewer") String name,
            @NotBlank(message = "Give a status: planned, open or closed") String status,
            List<UUID> organisationIds,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 2000, message = "must be 2000 characters or fewer") String description,
            @jakarta.validation.Valid EligibilityRulesRequest eligibility) {}

    record EligibilityVersionView(int version, EligibilityRulesRequest.EligibilityRulesView rules, String changedBy,
                                  Instant changedAt) {
        static EligibilityVersionView of(EligibilityRulesVersion v) {
            return new EligibilityVersionView(v.version(), EligibilityRulesRequest.view(v.rules()), v.changedBy(), v.changedAt());
        }
    }

    record EligibilityHistoryView(EligibilityVersionView current, List<EligibilityVersionView> history) {}

    @GetMapping
    List<ProgrammeSummary> list() {
        return programmes.visibleTo(CurrentUser.require()).stream().map(ProgrammeSummary::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    ResponseEntity<ProgrammeSummary> create(@Valid @RequestBody CreateProgramme request) {
        ProgrammeStatus status = ProgrammeStatus.fromCode(request.status())
                .orElseThrow(() -> new RuleViolation("status", "Unknown status " + request.status() + "; use planned, open or closed"));
        Set<OrganisationId> members = request.organisationIds() == null ? Set.of()
                : request.organisationIds().stream().map(OrganisationId::new).collect(Collectors.toSet());
        EligibilityRules rules = request.eligibility() == null ? null : request.eligibility().toRules();
        Programme added = programmes.add(new ProgrammeDetails(request.name(), status, request.startsOn(),
                request.endsOn(), request.description(), members), rules, CurrentUser.require());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + added.id())).body(ProgrammeSummary.of(added));
    }

    @GetMapping("/{id}/eligibility")
    EligibilityHistoryView eligibility(@PathVariable UUID id) {
        Programme programme = programmes.getVisibleTo(new ProgrammeId(id), CurrentUser.require());
        List<EligibilityVersionView> history = programmes.eligibilityHistory(programme.id()).stream()
                .map(EligibilityVersionView::of).toList();
        return new EligibilityHistoryView(history.isEmpty() ? null : history.getFirst(), history);
    }

    @PutMapping("/{id}/eligibility")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
    EligibilityVersionView replaceEligibility(@PathVariable UUID id, @Valid @RequestBody EligibilityRulesRequest request) {
        EligibilityRulesVersion saved = programmes.changeEligibility(new ProgrammeId(id), request.toRules(),
                CurrentUser.require());
        return EligibilityVersionView.of(saved);
    }
}
