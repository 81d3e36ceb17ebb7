package org.anchorage.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The add-a-user form: format checks only; the rules (unique email, password policy) are in Users. */
public class UserForm {

    static final List<String> FIELDS = List.of("email", "displayName", "role", "organisationId", "password");

    @NotBlank(message = "Enter an email address")
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    @Email(message = "Enter an email address in the correct format, like name@example.org")
    private String email;

    @NotBlank(message = "Enter the person's name")
    @Size(max = 100, message = "Name must be 100 characters or fewer")
    private String displayName;

    @NotBlank(message = "Choose a role")
    private String role;

    @NotNull(message = "Choose an organisation")
    private UUID organisationId;

    @NotBlank(message = "Enter a password")
    @Size(min = 12, max = 128, message = "Password must be between 12 and 128 characters")
    private String password;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public UUID getOrganisationId() { return organisationId; }
    public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
