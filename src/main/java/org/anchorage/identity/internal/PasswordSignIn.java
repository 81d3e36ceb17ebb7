package org.anchorage.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.Users;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password for the sign-in page and the token endpoint alike: refuses while
 * throttled, audits every success and refusal, and never says whether the email exists.
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {

    private final UserRecords users;
    private final SignInThrottle throttle;
    private final DeviceCookies devices;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final String dummyHash;

    PasswordSignIn(UserRecords users, SignInThrottle throttle, DeviceCookies devices, PasswordEncoder passwords,
                   AuditTrail audit, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.devices = devices;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        // Compared against when the email is unknown, so both paths take the same time.
        this.dummyHash = passwords.encode("not-a-real-password-for-timing");
    }

    /**
     * Signs in with an email and password from a client address (the real one: see TrustedProxies),
     * with the request's device cookie, if any, which lets a recognised browser past a lock-out.
     */
    public SignedInUser signIn(String email, String password, String address, String deviceCookie) {
        String given = email == null ? "" : email.strip();
        Optional<String> device = devices.recognised(deviceCookie, given);
        Optional<Instant> locked = throttle.lockedUntil(given, address, device);
        if (locked.isPresent()) {
            audit.recordAs(given, AuditAction.REFUSED, Users.RECORD_TYPE, null, "sign-in refused: too many failed attempts");
            throw new LockedException("Too many failed sign-ins. Try again after " + locked.get());
        }
        Optional<SignedInUser> found = users.principal(given);
        boolean matches = passwords.matches(password == null ? "" : password,
                found.map(SignedInUser::getPassword).orElse(dummyHash));
        if (found.isEmpty() || !matches) {
            throttle.failed(given, address, device);
            audit.recordAs(given, AuditAction.REFUSED, Users.RECORD_TYPE, null, "sign-in failed: wrong email or password");
            throw new BadCredentialsException("Enter a correct email address and password");
        }
        SignedInUser user = found.get();
        if (!user.isEnabled()) {
            audit.recordAs(given, AuditAction.REFUSED, Users.RECORD_TYPE, user.id(), "sign-in refused: account disabled");
            throw new DisabledException("This account has been switched off. Ask your administrator.");
        }
        throttle.succeeded(given, device);
        users.signedIn(user.id(), clock.instant());
        audit.recordAs(user.email(), AuditAction.SIGN_IN, Users.RECORD_TYPE, user.id(), "signed in");
        user.eraseCredentials();
        return user;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = null;
        String deviceCookie = null;
        if (authentication.getDetails() instanceof SignInDetails details) {
            address = details.address();
            deviceCookie = details.deviceCookie();
        } else if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            address = details.getRemoteAddress();
        }
        SignedInUser user = signIn(authentication.getName(),
                authentication.getCredentials() == null ? null : authentication.getCredentials().toString(), address, deviceCookie);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /**
     * Checks the signed-in user's password again (re-authentication, password change): the same
     * throttle and audit as signing in, but without recording a new sign-in. True when it matches.
     */
    public boolean confirm(SignedInUser user, String password, String address, String deviceCookie) {
        Optional<String> device = devices.recognised(deviceCookie, user.email());
        if (throttle.lockedUntil(user.email(), address, device).isPresent()) {
            audit.recordAs(user.email(), AuditAction.REFUSED, Users.RECORD_TYPE, user.id(), "password check refused: too many failed attempts");
            throw new LockedException("Too many failed attempts");
        }
        String hash = users.principal(user.id()).map(SignedInUser::getPassword).orElse(dummyHash);
        if (!passwords.matches(password == null ? "" : password, hash)) {
            throttle.failed(user.email(), address, device);
            audit.recordAs(user.email(), AuditAction.REFUSED, Users.RECORD_TYPE, user.id(), "password check failed");
            return false;
        }
        throttle.succeeded(user.email(), device);
        return true;
    }

    /** What the sign-in form carries besides the email and password. */
    public record SignInDetails(String address, String deviceCookie) implements java.io.Serializable {}

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
