package org.anchorage.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.internal.PasswordPolicy;
import org.anchorage.identity.internal.UserRecords;
import org.anchorage.organisation.Organisations;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages user accounts. Every read of one account and every change is audited. */
@Service
public class Users {

    public static final String RECORD_TYPE = "user";
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;

    private final UserRecords records;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Users(UserRecords records, Organisations organisations, PasswordEncoder passwords, PasswordPolicy policy,
          AuditTrail audit, Clock clock) {
        this.records = records;
        this.organisations = organisations;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        String email = user.email().strip().toLowerCase();
        if (records.emailTaken(email)) {
            throw new RuleViolation("email", "A user with the email " + email + " already exists");
        }
        if (organisations.find(user.organisationId()).isEmpty()) {
            throw new RuleViolation("organisationId", "Choose an organisation that exists");
        }
        policy.problem(user.password(), email, user.displayName()).ifPresent(problem -> {
            throw new RuleViolation("password", problem);
        });
        UserAccount account = new UserAccount(new UserId(UUID.randomUUID()), email, user.displayName().strip(),
                user.role(), user.organisationId(), true, clock.instant(), null);
        records.insert(account, passwords.encode(user.password()));
        audit.record(AuditAction.CREATE, RECORD_TYPE, account.id(), "created " + user.role().code() + " account");
        return account;
    }

    @Transactional
    public UserAccount change(UserId id, String displayName, Role role, boolean enabled) {
        UserAccount existing = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        records.update(id, displayName.strip(), role, enabled);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id,
                "role " + existing.role().code() + " -> " + role.code() + ", enabled " + existing.enabled() + " -> " + enabled);
        if (!enabled || existing.role() != role) {
            // Authorisation changes take effect at once: end the user's tokens (sessions re-check on each request).
            records.revokeTokens(id);
        }
        return records.find(id).orElseThrow();
    }

    /** One user's record, as an administrator opens it: audited as a read of personal data. */
    @Transactional
    public UserAccount open(UserId id) {
        UserAccount account = records.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed user account");
        return account;
    }

    @Transactional
    public List<UserAccount> list() {
        List<UserAccount> all = records.all();
        audit.recordShown(RECORD_TYPE, all.stream().map(UserAccount::id).toList(), "listed user accounts");
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return records.findByEmail(email);
    }

    /** One account by id, for checks such as "is this a navigator of a taking-part organisation" (not audited: no personal detail is shown). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UserId id) {
        return id == null ? Optional.empty() : records.find(id);
    }

    /** Names and ids of the users of one role in an organisation, e.g. the navigators a referral can go to. */
    @Transactional(readOnly = true)
    public List<UserAccount> inOrganisationWithRole(org.anchorage.organisation.OrganisationId organisation, Role role) {
        return records.all().stream().filter(u -> u.enabled() && u.role() == role && u.organisationId().equals(organisation)).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return records.count();
    }
}
