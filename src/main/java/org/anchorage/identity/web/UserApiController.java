package org.anchorage.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.anchorage.identity.Accounts;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.Users;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Provisioning of users, as a council's or trust's identity team scripts it. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserApiController {

    private final Users users;
    private final Accounts accounts;

    UserApiController(Users users, Accounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    record CreateUser(
            @NotBlank(message = "Enter an email address") @Size(max = 254, message = "must be 254 characters or fewer")
            @Email(message = "must be an email address") String email,
            @NotBlank(message = "Enter a display name") @Size(max = 100, message = "must be 100 characters or fewer") String displayName,
            @NotBlank(message = "Give a role") String role,
            @NotNull(message = "Give an organisationId") UUID organisationId,
            @NotBlank(message = "Give a password") @Size(max = 128, message = "must be 128 characters or fewer") String password) {}

    record UserView(UUID id, String email, String displayName, String role, UUID organisationId, boolean enabled) {
        static UserView of(UserAccount a) {
            return new UserView(a.id().value(), a.email(), a.displayName(), a.role().code(), a.organisationId().value(), a.enabled());
        }
    }

    /** Ends every API token of the user. */
    @DeleteMapping("/{id}/tokens")
    ResponseEntity<Void> revokeTokens(@PathVariable UUID id) {
        accounts.revokeTokens(new UserId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping
    @org.anchorage.shared.web.RequiresRecentPassword
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUser request) {
        Role role = Role.fromCode(request.role()).orElseThrow(() -> new RuleViolation("role",
                "Unknown role " + request.role() + "; use one of administrator, programme-manager, navigator, trainer, "
                        + "mentor, employer, referral-partner, funder, participant"));
        UserAccount created = users.create(new NewUser(request.email(), request.displayName(), role,
                new OrganisationId(request.organisationId()), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(UserView.of(created));
    }
}
