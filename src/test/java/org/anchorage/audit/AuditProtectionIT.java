package org.anchorage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.anchorage.IntegrationTest;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.database.DatabaseAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the database itself refuses: the app role cannot rewrite the trail, nobody logs in without a password. */
class AuditProtectionIT extends IntegrationTest {

    @Autowired
    DatabaseAccounts accounts;

    @Autowired
    AnchorageProperties properties;

    @Test
    void the_app_role_may_not_truncate_update_delete_or_disable_the_triggers_of_the_trail() {
        if (!accounts.separateRoles()) {
            System.out.println("SKIPPED: app-role refusals on audit_entry, because the application connects as "
                    + accounts.appUser() + ", the same role that owns the tables (external database without "
                    + "ANCHORAGE_DB_MIGRATION_USERNAME); only the triggers and the keyed chain protect the trail here");
            return;
        }
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(accounts.appUser());
        for (String sql : new String[] {
                "TRUNCATE audit_entry", "TRUNCATE audit_link",
                "UPDATE audit_entry SET detail = 'edited'", "DELETE FROM audit_entry",
                "UPDATE audit_link SET entry_mac = 'x'", "DELETE FROM audit_link"}) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining("permission denied");
        }
        for (String sql : new String[] {
                "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update",
                "ALTER TABLE audit_link DISABLE TRIGGER ALL", "DROP TABLE audit_link",
                "ALTER TABLE audit_entry OWNER TO " + accounts.appUser()}) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining("must be owner");
        }
        // ... and it still writes and reads everything else.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT has_table_privilege('participant_participant', 'UPDATE')").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user")
                .query(Long.class).single()).as("objects the app role owns").isZero();
    }

    @Test
    void the_embedded_server_refuses_a_passwordless_or_wrong_password_login() throws Exception {
        if (!accounts.embedded()) {
            System.out.println("SKIPPED: passwordless login check, because the tests run against the external "
                    + "database " + accounts.jdbcUrl() + ", whose authentication is the operator's");
            return;
        }
        for (String user : new String[] {"postgres", accounts.appUser()}) {
            assertThatThrownBy(() -> DriverManager.getConnection(accounts.jdbcUrl(), user, null).close()).as(user)
                    .hasMessageMatching("(?s).*(password|authentication).*");
            assertThatThrownBy(() -> DriverManager.getConnection(accounts.jdbcUrl(), user, "wrong-password").close()).as(user)
                    .hasMessageContaining("password authentication failed");
        }
        Path home = properties.home().toAbsolutePath();
        Path hba = home.resolve("postgres/pg_hba.conf");
        assertThat(Files.readString(hba)).doesNotContain("trust").contains("scram-sha-256");
        for (String secret : new String[] {"postgres-superuser.secret", "postgres-app.secret", "audit.key"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(secret))))
                    .as(secret).isEqualTo("rw-------");
        }
        assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
    }
}
