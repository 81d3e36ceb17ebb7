package org.anchorage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.anchorage.IntegrationTest;
import org.anchorage.audit.internal.AuditChain;
import org.anchorage.audit.internal.Checkpoints;
import org.anchorage.shared.database.DatabaseAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keyed chain against someone with full database rights: the owner (or superuser) on a connection
 * of their own, holding the chainer's advisory lock so nothing is linked while they tamper.
 */
class AuditChainIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    DatabaseAccounts accounts;

    @Autowired
    Checkpoints checkpoints;

    @Test
    void the_trail_cannot_be_updated_or_deleted_through_sql() {
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-1", "opened");
        // The app role has no UPDATE/DELETE at all; where it is the owner (external superuser) the trigger refuses.
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET detail = 'edited'").update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|append-only).*");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|append-only).*");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_link").update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|append-only).*");
    }

    @Test
    void tampering_with_one_entry_is_detected_at_that_entry() throws Exception {
        audit.recordAs("tester@anchorage.test", AuditAction.CHANGE, "participant", "p-2", "changed address");
        long target = latestSequence();
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-2", "opened");
        assertThat(audit.verify().intact()).isTrue();

        try (Connection owner = accounts.ownerConnection()) {
            lockChainer(owner);
            exec(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
            exec(owner, "UPDATE audit_entry SET actor = 'someone.else@anchorage.test' WHERE sequence_number = " + target);
            exec(owner, "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update");
            try {
                ChainVerification result = audit.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSequence()).isEqualTo(target);
            } finally {
                exec(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
                exec(owner, "UPDATE audit_entry SET actor = 'tester@anchorage.test' WHERE sequence_number = " + target);
                exec(owner, "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update");
                unlockChainer(owner);
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_rewritten_entry_with_every_later_link_recomputed_without_the_key_is_detected() throws Exception {
        audit.recordAs("tester@anchorage.test", AuditAction.CHANGE, "participant", "p-3", "changed phone");
        long target = latestSequence();
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-3", "opened");
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-3", "opened again");
        assertThat(audit.verify().intact()).isTrue();

        try (Connection owner = accounts.ownerConnection()) {
            lockChainer(owner);
            exec(owner, "CREATE TEMP TABLE saved_links AS SELECT * FROM audit_link WHERE position >= "
                    + "(SELECT position FROM audit_link WHERE entry_sequence = " + target + ")");
            exec(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
            exec(owner, "ALTER TABLE audit_link DISABLE TRIGGER audit_link_no_update");
            try {
                exec(owner, "UPDATE audit_entry SET actor = 'someone.else@anchorage.test' WHERE sequence_number = " + target);
                // What an attacker without the key can do: recompute every later link with plain SHA-256.
                recomputeWithSha256(owner, target);
                ChainVerification result = audit.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSequence()).isEqualTo(target);
                assertThat(result.problem()).contains("changed");
            } finally {
                exec(owner, "UPDATE audit_entry SET actor = 'tester@anchorage.test' WHERE sequence_number = " + target);
                exec(owner, "UPDATE audit_link l SET previous_mac = s.previous_mac, entry_mac = s.entry_mac "
                        + "FROM saved_links s WHERE s.position = l.position");
                exec(owner, "ALTER TABLE audit_link ENABLE TRIGGER audit_link_no_update");
                exec(owner, "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update");
                exec(owner, "DROP TABLE saved_links");
                unlockChainer(owner);
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void deleting_the_last_entries_is_detected_by_the_signed_checkpoint() throws Exception {
        for (int i = 0; i < 3; i++) {
            audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-4", "opened " + i);
        }
        audit.checkpointNow();
        try (Connection owner = accounts.ownerConnection()) {
            lockChainer(owner);
            long checkpointed = checkpoints.latest().position();
            String tail = "position > " + (checkpointed - 2);
            exec(owner, "CREATE TEMP TABLE saved_links AS SELECT * FROM audit_link WHERE " + tail);
            exec(owner, "CREATE TEMP TABLE saved_entries AS SELECT * FROM audit_entry WHERE sequence_number IN "
                    + "(SELECT entry_sequence FROM saved_links)");
            exec(owner, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
            exec(owner, "ALTER TABLE audit_link DISABLE TRIGGER audit_link_no_update");
            try {
                exec(owner, "DELETE FROM audit_link WHERE " + tail);
                exec(owner, "DELETE FROM audit_entry WHERE sequence_number IN (SELECT sequence_number FROM saved_entries)");
                ChainVerification result = audit.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.latestCheckpointMatched()).isFalse();
                assertThat(result.lastPositionVerified()).isEqualTo(checkpointed - 2);
                assertThat(result.problem()).contains("removed from the end");
            } finally {
                exec(owner, "INSERT INTO audit_entry SELECT * FROM saved_entries");
                exec(owner, "INSERT INTO audit_link SELECT * FROM saved_links");
                exec(owner, "ALTER TABLE audit_link ENABLE TRIGGER audit_link_no_update");
                exec(owner, "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update");
                exec(owner, "DROP TABLE saved_links");
                exec(owner, "DROP TABLE saved_entries");
                unlockChainer(owner);
            }
        }
        ChainVerification restored = audit.verify();
        assertThat(restored.intact()).isTrue();
        assertThat(restored.latestCheckpointMatched()).isTrue();
    }

    @Test
    void verification_says_what_was_checked_and_up_to_where() {
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-5", "opened");
        long written = latestSequence();
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isPositive();
        assertThat(result.lastSequenceVerified()).isGreaterThanOrEqualTo(written);
        assertThat(result.latestCheckpointPosition()).isNotNull();
        assertThat(result.latestCheckpointMatched()).isTrue();
        assertThat(result.databaseRoleProtected()).isEqualTo(accounts.separateRoles());
        assertThat(result.databaseRoleProtection()).contains(accounts.separateRoles() ? "owns nothing" : "Weaker");
    }

    @Test
    void search_finds_entries_by_actor_and_record() {
        audit.recordAs("searcher@anchorage.test", AuditAction.READ, "participant", "p-search", "opened");
        var found = audit.search(new AuditQuery("searcher@", null, "participant", "p-search", null, null, 10));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().action()).isEqualTo(AuditAction.READ);
    }

    private long latestSequence() {
        return jdbc.sql("SELECT max(sequence_number) FROM audit_entry").query(Long.class).single();
    }

    private static void lockChainer(Connection owner) throws Exception {
        exec(owner, "SELECT pg_advisory_lock(" + AuditChain.LOCK_KEY + ")");
    }

    private static void unlockChainer(Connection owner) throws Exception {
        exec(owner, "SELECT pg_advisory_unlock(" + AuditChain.LOCK_KEY + ")");
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void recomputeWithSha256(Connection owner, long fromSequence) throws Exception {
        record Row(long position, String entryText) {}
        List<Row> rows = new ArrayList<>();
        String previous;
        try (Statement st = owner.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT l.position, l.previous_mac, e.sequence_number, e.occurred_at, e.actor, e.action, e.record_type,
                            e.record_id, e.detail, e.source_address
                     FROM audit_link l JOIN audit_entry e ON e.sequence_number = l.entry_sequence
                     WHERE l.position >= (SELECT position FROM audit_link WHERE entry_sequence = %d) ORDER BY l.position
                     """.formatted(fromSequence))) {
            previous = null;
            while (rs.next()) {
                if (previous == null) {
                    previous = rs.getString("previous_mac");
                }
                rows.add(new Row(rs.getLong(1), String.join("|", rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
            }
        }
        try (PreparedStatement update = owner.prepareStatement(
                "UPDATE audit_link SET previous_mac = ?, entry_mac = ? WHERE position = ?")) {
            for (Row row : rows) {
                String mac = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest((previous + "|" + row.position() + "|" + row.entryText()).getBytes(StandardCharsets.UTF_8)));
                update.setString(1, previous);
                update.setString(2, mac);
                update.setLong(3, row.position());
                update.executeUpdate();
                previous = mac;
            }
        }
    }
}
