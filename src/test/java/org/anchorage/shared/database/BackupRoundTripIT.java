package org.anchorage.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.AnchorageApplication;
import org.anchorage.IntegrationTest;
import org.anchorage.audit.AuditTrail;
import org.anchorage.shared.AnchorageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup restores: the whole database, copied in one snapshot and encrypted, comes back into an
 * empty home with every table's rows, and the audit chain still verifies with the restored key and
 * checkpoints. A file that is not ours, is cut short, or meets the wrong passphrase is refused whole,
 * and so is a restore over a home that holds data.
 */
class BackupRoundTripIT extends IntegrationTest {

    static final char[] PASSPHRASE = "sea wall at low tide 2026".toCharArray();
    static final List<String> STABLE = List.of("programme_programme", "programme_organisation", "organisation_organisation",
            "referral_referral", "participant_participant", "plan_assessment", "training_session", "placement_offer",
            "identity_user_account");

    @Autowired
    DatabaseAccounts accounts;

    @Autowired
    AnchorageProperties properties;

    private Map<String, String> checksums(JdbcClient client) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : STABLE) {
            sums.put(table, client.sql("SELECT count(*) || ':' || md5(coalesce(string_agg(h, '' ORDER BY h), '')) FROM "
                    + "(SELECT md5(t::text) AS h FROM " + table + " t) x").query(String.class).single());
        }
        return sums;
    }

    @Test
    void a_backup_restores_into_an_empty_home_with_every_row_and_an_intact_audit_chain() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "backup-");
        Path backup = work.resolve("anchorage.backup");
        Map<String, String> before = checksums(jdbc);
        Backups.Summary written;
        try (Connection connection = accounts.ownerConnection()) {
            written = Backups.write(connection, properties.home().toAbsolutePath().normalize(), backup, PASSPHRASE);
        }
        assertThat(written.tables()).isGreaterThan(30);
        assertThat(Files.size(backup)).isPositive();
        assertThat(Files.readString(backup, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Casey");

        // Refused whole, changing nothing.
        Path empty = work.resolve("empty-home");
        Path notOurs = Files.write(work.resolve("not-ours"), "reference,postcode\nA1,RM18 7AG\n".getBytes());
        Path truncated = Files.write(work.resolve("truncated"), java.util.Arrays.copyOf(Files.readAllBytes(backup),
                (int) (Files.size(backup) / 2)));
        assertThatThrownBy(() -> Backups.restore(notOurs, empty, PASSPHRASE)).hasMessageContaining("not an Anchorage backup");
        assertThatThrownBy(() -> Backups.restore(truncated, empty, PASSPHRASE)).hasMessageContaining("cut short");
        assertThatThrownBy(() -> Backups.restore(backup, empty, "the wrong passphrase".toCharArray()))
                .hasMessageContaining("passphrase is wrong");
        assertThat(Files.exists(empty.resolve("postgres"))).isFalse();
        assertThat(Files.exists(empty.resolve("audit.key"))).isFalse();

        Backups.Summary restored = Backups.restore(backup, empty, PASSPHRASE);
        assertThat(restored.rows()).isEqualTo(written.rows());
        assertThat(restored.flywayVersion()).isEqualTo(written.flywayVersion());
        assertThatThrownBy(() -> Backups.restore(backup, empty, PASSPHRASE)).hasMessageContaining("already holds data");

        try (var restoredApp = new SpringApplicationBuilder(AnchorageApplication.class).run("--server.port=0",
                "--anchorage.home=" + empty, "--anchorage.admin.email=" + ADMIN_EMAIL,
                "--anchorage.admin.password=" + ADMIN_PASSWORD)) {
            assertThat(checksums(restoredApp.getBean(JdbcClient.class))).isEqualTo(before);
            var verification = restoredApp.getBean(AuditTrail.class).verify();
            assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
            assertThat(verification.entriesChecked()).isPositive();
        }
    }
}
