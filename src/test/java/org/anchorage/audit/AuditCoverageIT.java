package org.anchorage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What is on the record: refused reads, who a list showed, reads of the trail, anonymous refusals in aggregate. */
class AuditCoverageIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Test
    void navigators_and_programme_managers_open_the_placements_page() throws Exception {
        // The page audits names it shows inside read-only transactions: that was a 500.
        mvc.perform(get("/placements").with(as(Role.NAVIGATOR))).andExpect(status().isOk());
        mvc.perform(get("/placements").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk());
    }

    @Test
    void a_refused_read_records_who_tried_which_record() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(get("/participants/" + id).with(as(Role.NAVIGATOR))).andExpect(status().isNotFound());
        List<AuditEntry> found = audit.search(new AuditQuery(demoEmail(Role.NAVIGATOR), AuditAction.REFUSED, null, id, null, null, 5));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().detail()).contains("GET /participants/" + id);
    }

    @Test
    void a_list_view_records_which_people_were_shown() throws Exception {
        mvc.perform(get("/caseload").with(as(Role.NAVIGATOR))).andExpect(status().isOk());
        AuditEntry entry = jdbc.sql("SELECT sequence_number FROM audit_entry WHERE actor = :a AND detail LIKE 'opened caseload%' "
                        + "ORDER BY sequence_number DESC LIMIT 1").param("a", demoEmail(Role.NAVIGATOR))
                .query(Long.class).optional()
                .flatMap(n -> audit.search(new AuditQuery(demoEmail(Role.NAVIGATOR), AuditAction.READ, "participant", null, null, null, 20))
                        .stream().filter(e -> e.sequenceNumber() == n).findFirst())
                .orElseThrow();
        assertThat(entry.shownRecordIds()).isNotEmpty();
        String casey = jdbc.sql("SELECT id FROM participant_participant WHERE given_name = 'Casey'").query(UUID.class).single().toString();
        if (entry.shownRecordIds().contains(casey)) {
            // Searching by a person finds the list views that showed them.
            assertThat(audit.search(new AuditQuery(demoEmail(Role.NAVIGATOR), null, null, casey, null, null, 50)))
                    .anyMatch(e -> e.sequenceNumber() == entry.sequenceNumber());
        }
    }

    @Test
    void reading_the_audit_trail_is_itself_audited() throws Exception {
        mvc.perform(get("/audit").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verification").with(as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").isBoolean())
                .andExpect(jsonPath("$.entriesChecked").isNumber())
                .andExpect(jsonPath("$.lastSequenceVerified").isNumber())
                .andExpect(jsonPath("$.databaseRoleProtected").isBoolean());
        List<AuditEntry> reads = audit.search(new AuditQuery(demoEmail(Role.ADMINISTRATOR), AuditAction.READ, AuditTrail.AUDIT_TRAIL,
                null, null, null, 10));
        assertThat(reads).anyMatch(e -> e.detail().startsWith("searched the audit trail"));
        assertThat(reads).anyMatch(e -> e.detail().startsWith("verified the chain"));
    }

    @Test
    void anonymous_refusals_are_counted_per_minute_not_chained_one_by_one() throws Exception {
        long chainedBefore = anonymousRefusals();
        long countedBefore = counted();
        for (int i = 0; i < 25; i++) {
            mvc.perform(get("/api/v1/referrals/" + UUID.randomUUID())).andExpect(status().isUnauthorized());
        }
        assertThat(anonymousRefusals()).isEqualTo(chainedBefore);
        assertThat(counted() - countedBefore).isEqualTo(25);
        assertThat(jdbc.sql("SELECT count(DISTINCT route) FROM audit_refusal_count WHERE route = 'api /api/v1/referrals/{id}'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private long anonymousRefusals() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'anonymous' AND action = 'REFUSED'").query(Long.class).single();
    }

    private long counted() {
        return jdbc.sql("SELECT coalesce(sum(refusals), 0) FROM audit_refusal_count WHERE route = 'api /api/v1/referrals/{id}'")
                .query(Long.class).single();
    }
}
