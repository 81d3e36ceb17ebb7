package org.anchorage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anchorage.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditChainIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_trail_cannot_be_updated_or_deleted_through_sql() {
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-1", "opened");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET detail = 'edited'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void tampering_with_one_entry_is_detected_at_that_entry() {
        audit.recordAs("tester@anchorage.test", AuditAction.CHANGE, "participant", "p-2", "changed address");
        assertThat(audit.verify().intact()).isTrue();
        long target = jdbc.sql("SELECT max(sequence_number) FROM audit_entry").query(Long.class).single();
        audit.recordAs("tester@anchorage.test", AuditAction.READ, "participant", "p-2", "opened");

        // Someone with database rights switches the guard off and rewrites history.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            jdbc.sql("UPDATE audit_entry SET actor = 'someone.else@anchorage.test' WHERE sequence_number = :n")
                    .param("n", target).update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        });
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(target);
        } finally {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
                jdbc.sql("UPDATE audit_entry SET actor = 'tester@anchorage.test' WHERE sequence_number = :n")
                        .param("n", target).update();
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
            });
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void search_finds_entries_by_actor_and_record() {
        audit.recordAs("searcher@anchorage.test", AuditAction.READ, "participant", "p-search", "opened");
        var found = audit.search(new AuditQuery("searcher@", null, "participant", "p-search", null, null, 10));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().action()).isEqualTo(AuditAction.READ);
    }
}
