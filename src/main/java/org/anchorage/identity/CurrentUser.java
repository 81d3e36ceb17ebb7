package org.anchorage.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, for modules that scope what a caller may see. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in on this request"));
    }
}
