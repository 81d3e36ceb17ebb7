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

    UserRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                account.organisationId(), account.enabled(), rs.getString("password_hash"));
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
                last == null ? null : last.toInstant());
    }
}
