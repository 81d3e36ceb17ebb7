package org.anchorage.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.internal.ApiTokens;
import org.anchorage.identity.internal.PasswordPolicy;
import org.anchorage.identity.internal.PasswordSignIn;
import org.anchorage.identity.internal.UserRecords;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own account, and what an administrator does for it: changing and resetting the
 * password, asking for a new one at next sign-in, signing out everywhere and ending API tokens.
 * Every step is in the audit trail.
 */
@Service
public class Accounts {

    public static final Duration RESET_LINK_LIFETIME = Duration.ofHours(24);
    static final String TOKEN_RECORD = "api-token";

    private final UserRecords records;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final PasswordSignIn signIn;
    private final ApiTokens tokens;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserRecords records, PasswordPolicy policy, PasswordEncoder passwords, PasswordSignIn signIn, ApiTokens tokens,
             FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit, Clock clock) {
        this.records = records;
        this.policy = policy;
        this.passwords = passwords;
        this.signIn = signIn;
        this.tokens = tokens;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A one-time link's secret, shown once to the administrator; only its SHA-256 is stored. */
    public record ResetLink(String token, Instant expiresAt) {
        public String path() {
            return "/reset-password?token=" + token;
        }
    }

    /**
     * The signed-in user changes their own password, giving the current one. Refusals name the field:
     * {@code currentPassword} or {@code password}.
     */
    @Transactional
    public void changeOwnPassword(SignedInUser user, String current, String next, String address, String deviceCookie) {
        if (!signIn.confirm(user, current, address, deviceCookie)) {
            throw new RuleViolation("currentPassword", "Your current password is not right");
        }
        UserAccount account = account(user.id());
        check(next, account);
        records.setPassword(account.id(), passwords.encode(next), clock.instant());
        audit.recordAs(account.email(), AuditAction.CHANGE, Users.RECORD_TYPE, account.id(), "changed own password");
    }

    /** Why this would not do as the user's new password, so a page can show it beside other errors. */
    @Transactional(readOnly = true)
    public Optional<String> passwordProblem(UserId id, String password) {
        UserAccount account = account(id);
        return policy.problem(password, account.email(), account.displayName());
    }

    /** An administrator issues a reset link for the user, valid for 24 hours and once only. */
    @Transactional
    public ResetLink issueReset(UserId id) {
        UserAccount account = account(id);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(RESET_LINK_LIFETIME);
        String issuer = CurrentUser.get().map(SignedInUser::email).orElse("system");
        records.insertReset(sha256(token), account.id(), issuer, now, expiresAt);
        audit.record(AuditAction.CHANGE, Users.RECORD_TYPE, account.id(), "issued a one-time password reset link, valid 24 hours");
        return new ResetLink(token, expiresAt);
    }

    /** The account a reset link is for, while the link is unused and unexpired. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> resetLinkFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return records.resetFor(sha256(token), clock.instant()).flatMap(records::find).filter(UserAccount::enabled);
    }

    /**
     * Sets a new password from a reset link: the link then never works again, and every session and
     * API token of the account ends (whoever knew the old password is out).
     */
    @Transactional
    public UserAccount resetPassword(String token, String next) {
        UserAccount account = resetLinkFor(token)
                .orElseThrow(() -> new RuleViolation("token", "This link has expired or has been used. Ask your administrator for a new one"));
        check(next, account);
        if (!records.useReset(sha256(token), clock.instant())) {
            throw new RuleViolation("token", "This link has expired or has been used. Ask your administrator for a new one");
        }
        records.setPassword(account.id(), passwords.encode(next), clock.instant());
        int ended = endSessions(account);
        int revoked = tokens.revokeAll(account.id());
        audit.recordAs(account.email(), AuditAction.CHANGE, Users.RECORD_TYPE, account.id(),
                "reset password with a one-time link; ended " + ended + " sessions and " + revoked + " API tokens");
        return account;
    }

    /** An administrator asks the user to choose a new password at their next sign-in (or ends the request). */
    @Transactional
    public void requirePasswordChange(UserId id, boolean required) {
        UserAccount account = account(id);
        records.mustChangePassword(account.id(), required);
        audit.record(AuditAction.CHANGE, Users.RECORD_TYPE, account.id(),
                required ? "must change password at next sign-in" : "no longer must change password");
    }

    /** Ends every session and API token of the user: they themselves, or an administrator for them. */
    @Transactional
    public void signOutEverywhere(UserId id) {
        UserAccount account = account(id);
        int ended = endSessions(account);
        int revoked = tokens.revokeAll(account.id());
        audit.record(AuditAction.SIGN_OUT, Users.RECORD_TYPE, account.id(),
                "signed out everywhere: ended " + ended + " sessions and " + revoked + " API tokens");
    }

    /** An administrator ends every API token of the user; how many there were. */
    @Transactional
    public int revokeTokens(UserId id) {
        UserAccount account = account(id);
        int revoked = tokens.revokeAll(account.id());
        audit.record(AuditAction.DELETE, TOKEN_RECORD, account.id(), "revoked " + revoked + " API tokens");
        return revoked;
    }

    /** Ends the one API token given (the caller's own). */
    @Transactional
    public void revokeToken(String token) {
        if (tokens.revoke(token)) {
            audit.record(AuditAction.DELETE, TOKEN_RECORD, CurrentUser.get().map(u -> u.id().toString()).orElse(null),
                    "revoked the API token it was sent with");
        }
    }

    private int endSessions(UserAccount account) {
        var found = sessions.findByPrincipalName(account.email());
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }

    private void check(String password, UserAccount account) {
        policy.problem(password, account.email(), account.displayName()).ifPresent(problem -> {
            throw new RuleViolation("password", problem);
        });
    }

    private UserAccount account(UserId id) {
        return records.find(id).orElseThrow(() -> new RecordNotFound(Users.RECORD_TYPE, id));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
