package org.anchorage.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.anchorage.organisation.OrganisationId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session or API token. Kept small: it is stored in the session table. */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final OrganisationId organisationId;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    public SignedInUser(UserId id, String email, String displayName, Role role, OrganisationId organisationId,
                        boolean enabled, String passwordHash) {
        this(id, email, displayName, role, organisationId, enabled, passwordHash, false);
    }

    public SignedInUser(UserId id, String email, String displayName, Role role, OrganisationId organisationId,
                        boolean enabled, String passwordHash, boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UserId id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    /** An administrator asked this user to choose a new password before doing anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean has(Role... roles) {
        return List.of(roles).contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
