package org.anchorage.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    record CreateOrganisation(
            @NotBlank(message = "Enter a name") @Size(max = 200, message = "must be 200 characters or fewer") String name,
            @NotBlank(message = "Give a type") String type) {}

    record OrganisationView(UUID id, String name, String type) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id().value(), o.name(), o.type().code());
        }
    }

    @PostMapping
    ResponseEntity<OrganisationView> create(@Valid @RequestBody CreateOrganisation request) {
        OrganisationType type = OrganisationType.fromCode(request.type()).orElseThrow(() -> new RuleViolation("type",
                "Unknown type " + request.type() + "; use nhs-trust, council, employer, referral-partner, "
                        + "training-provider, funder, charity, school or other"));
        Organisation added = organisations.add(request.name(), type);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + added.id())).body(OrganisationView.of(added));
    }

    @GetMapping
    List<OrganisationView> list() {
        return organisations.all().stream().map(OrganisationView::of).toList();
    }
}
