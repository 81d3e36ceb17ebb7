package org.anchorage.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditQuery;
import org.anchorage.audit.AuditTrail;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The participant record: who may see it, what is audited, the pipeline, and the caseload's service level. */
class ParticipantIT extends IntegrationTest {

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    AuditTrail audit;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private UUID enrol(String given) {
        Referral referral = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                given, "Participant", LocalDate.of(1998, 1, 20), "RM18 7AG", given.toLowerCase() + "@example.invalid", null,
                ContactPreference.EMAIL, List.of(WorkInterest.PHARMACY), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(referral.id(), referral.version(), navigator.id(), navigator);
        return jdbc.sql("SELECT id FROM participant_participant WHERE referral_id = :r").param("r", referral.id().value())
                .query(UUID.class).single();
    }

    @Test
    void every_read_of_a_participant_record_is_in_the_audit_trail_and_the_timeline_shows_the_referral() throws Exception {
        UUID id = enrol("Harper");
        String page = mvc.perform(get("/participants/" + id).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Harper Participant").contains("Referred themself").contains("accepted onto the programme");
        assertThat(audit.search(new AuditQuery(demoEmail(Role.NAVIGATOR), AuditAction.READ, Participants.RECORD_TYPE, id.toString(),
                null, null, 10))).isNotEmpty();
    }

    @Test
    void nobody_but_the_allocated_navigator_and_managers_sees_a_participant_or_their_equality_answers() throws Exception {
        UUID id = enrol("Indigo");
        var trust = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow().organisationId();
        var other = users.create(new NewUser("second.navigator@trust.test", "Second Navigator", Role.NAVIGATOR, trust, "second-long-password"));
        var principal = new SignedInUser(other.id(), other.email(), other.displayName(), other.role(), other.organisationId(), true, null);
        var asOther = authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        mvc.perform(get("/participants/" + id).with(asOther)).andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + id + "/equality").with(asOther)).andExpect(status().isNotFound());
        for (Role role : List.of(Role.EMPLOYER, Role.FUNDER, Role.MENTOR, Role.REFERRAL_PARTNER, Role.ADMINISTRATOR)) {
            mvc.perform(get("/participants/" + id + "/equality").with(as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/participants/" + id + "/equality").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("ethnicCategory", "Z").param("disability", "prefer-not-to-say"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/participants/" + id + "/equality").with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Z\" selected");
        assertThat(jdbc.sql("SELECT ethnic_category FROM participant_equality WHERE participant_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Z");
        String refused = mvc.perform(post("/participants/" + id + "/equality").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("ethnicCategory", "Q"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose an ethnic group from the list");
        assertThat(audit.search(new AuditQuery(null, AuditAction.READ, Participants.EQUALITY_RECORD_TYPE, id.toString(), null, null, 10)))
                .isNotEmpty();
    }

    @Test
    void the_pipeline_moves_forward_only_and_a_stale_page_does_not_overwrite() throws Exception {
        UUID id = enrol("Jules");
        mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "preparing").param("version", "0")).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "in-work").param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this record");
        String backwards = mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "engaged").param("version", "1")).andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("cannot move to engaged");
        String noReason = mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "withdrawn").param("version", "1")).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Give the reason the participant withdrew");
        assertThat(jdbc.sql("SELECT status FROM participant_participant WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("preparing");
    }

    @Test
    void overdue_first_contact_is_flagged_first_on_the_caseload_until_a_contact_is_recorded() throws Exception {
        UUID id = enrol("Kai");
        jdbc.sql("UPDATE participant_participant SET referred_on = DATE '2026-09-01' WHERE id = :id").param("id", id).update();
        var entries = participants.caseload(demo(Role.NAVIGATOR), "Kai", null);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().overdue()).isTrue();
        assertThat(participants.caseload(demo(Role.NAVIGATOR), "", null).getFirst().overdue()).isTrue();
        String page = mvc.perform(get("/caseload").with(as(Role.NAVIGATOR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Overdue");

        mvc.perform(post("/participants/" + id + "/contacts").with(as(Role.NAVIGATOR)).with(csrf())
                .param("how", "Phone call").param("note", "Talked about care roles")).andExpect(status().is3xxRedirection());
        assertThat(participants.caseload(demo(Role.NAVIGATOR), "Kai", null).getFirst().overdue()).isFalse();
        String past = mvc.perform(post("/participants/" + id + "/appointments").with(as(Role.NAVIGATOR)).with(csrf())
                .param("date", "2020-01-01").param("time", "10:00").param("place", "Library").param("purpose", "CV"))
                .andReturn().getResponse().getContentAsString();
        assertThat(past).contains("The appointment must be in the future");
        mvc.perform(get("/caseload").with(as(Role.EMPLOYER))).andExpect(status().isForbidden());
    }
}
