package org.anchorage.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

public class UserChangeForm {

    static final List<String> FIELDS = List.of("displayName", "role", "enabled");

    @NotBlank(message = "Enter the person's name")
    @Size(max = 100, message = "Name must be 100 characters or fewer")
    private String displayName;

    @NotBlank(message = "Choose a role")
    private String role;

    private boolean enabled;

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
