package org.anchorage.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRecords {

    private final JdbcClient jdbc;
    private final ChangeNotices notices;

    UserRecords(JdbcClient jdbc, ChangeNotices notices) {
        this.jdbc = jdbc;
        this.notices = notices;
    }

    /** This node's cached principal goes at commit (the table's trigger tells the other nodes). */
    private void changed(UserId id) {
        notices.changedHere(Principals.CHANNEL, id.value().toString());
    }

    public void insert(UserAccount account, String passwordHash) {
        jdbc.sql("""
                INSERT INTO identity_user_account (id, email, display_name, role, organisation_id, password_hash, enabled, created_at)
                VALUES (:id, :email, :displayName, :role, :organisationId, :passwordHash, :enabled, :createdAt)
                """)
                .param("id", account.id().value())
                .param("email", account.email())
                .param("displayName", account.displayName())
                .param("role", account.role().code())
                .param("organisationId", account.organisationId().value())
                .param("passwordHash", passwordHash)
                .param("enabled", account.enabled())
                .param("createdAt", Timestamp.from(account.createdAt()))
                .update();
    }

    public void update(UserId id, String displayName, Role role, boolean enabled) {
        jdbc.sql("UPDATE identity_user_account SET display_name = :displayName, role = :role, enabled = :enabled WHERE id = :id")
                .param("id", id.value())
                .param("displayName", displayName)
                .param("role", role.code())
                .param("enabled", enabled)
                .update();
        changed(id);
    }

    public void signedIn(UserId id, Instant at) {
        jdbc.sql("UPDATE identity_user_account SET last_signed_in_at = :at WHERE id = :id")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    public void revokeTokens(UserId id) {
        jdbc.sql("DELETE FROM identity_api_token WHERE user_id = :id").param("id", id.value()).update();
    }

    public void setPassword(UserId id, String passwordHash, Instant at) {
        jdbc.sql("UPDATE identity_user_account SET password_hash = :hash, password_changed_at = :at, must_change_password = FALSE WHERE id = :id")
                .param("id", id.value())
                .param("hash", passwordHash)
                .param("at", Timestamp.from(at))
                .update();
        changed(id);
    }

    public void mustChangePassword(UserId id, boolean must) {
        jdbc.sql("UPDATE identity_user_account SET must_change_password = :must WHERE id = :id")
                .param("id", id.value()).param("must", must).update();
        changed(id);
    }

    public void insertReset(String tokenHash, UserId user, String issuedBy, Instant at, Instant expiresAt) {
        // A new link replaces any earlier unused one.
        jdbc.sql("DELETE FROM identity_password_reset WHERE user_id = :user AND used_at IS NULL").param("user", user.value()).update();
        jdbc.sql("""
                INSERT INTO identity_password_reset (token_hash, user_id, issued_by, created_at, expires_at)
                VALUES (:hash, :user, :by, :at, :expires)
                """)
                .param("hash", tokenHash).param("user", user.value()).param("by", issuedBy)
                .param("at", Timestamp.from(at)).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** The user an unused, unexpired reset link is for. */
    public Optional<UserId> resetFor(String tokenHash, Instant now) {
        return jdbc.sql("SELECT user_id FROM identity_password_reset WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", tokenHash).param("now", Timestamp.from(now))
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).optional();
    }

    /** Marks the link used; false when another request used it first. */
    public boolean useReset(String tokenHash, Instant now) {
        return jdbc.sql("UPDATE identity_password_reset SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).update() == 1;
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM identity_user_account WHERE lower(email) = lower(:email)")
                .param("email", email).query(Long.class).single() > 0;
    }

    public Optional<UserAccount> find(UserId id) {
        return jdbc.sql("SELECT * FROM identity_user_account WHERE id = :id")
                .param("id", id.value()).query((rs, n) -> map(rs)).optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM identity_user_account WHERE lower(email) = lower(:email)")
                .param("email", email).query((rs, n) -> map(rs)).optional();
    }

    public Optional<SignedInUser> principal(String email) {
        return jdbc.sql("SELECT * FROM identity_user_account WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query((rs, n) -> principal(rs)).optional();
    }

    public Optional<SignedInUser> principal(UserId id) {
        return jdbc.sql("SELECT * FROM identity_user_account WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> principal(rs)).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM identity_user_account ORDER BY lower(display_name), lower(email)")
                .query((rs, n) -> map(rs)).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM identity_user_account").query(Long.class).single();
    }

    private static SignedInUser principal(ResultSet rs) throws SQLException {
        UserAccount account = map(rs);
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), account.enabled(), rs.getString("password_hash"), rs.getBoolean("must_change_password"));
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_signed_in_at");
        return new UserAccount(
                new UserId(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.fromCode(rs.getString("role")).orElseThrow(),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                last == null ? null : last.toInstant(),
                rs.getBoolean("must_change_password"));
    }
}
