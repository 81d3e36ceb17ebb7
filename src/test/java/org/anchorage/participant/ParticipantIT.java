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
    void the_stage_moves_by_evidence_and_a_correction_needs_evidence_a_reason_and_a_fresh_page() throws Exception {
        UUID id = enrol("Jules");
        String jump = mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "sustained").param("reason", "They are doing well").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jump).contains("Sustained in work needs evidence first");
        assertThat(stage(id)).isEqualTo("referred");

        mvc.perform(post("/participants/" + id + "/contacts").with(as(Role.NAVIGATOR)).with(csrf())
                .param("how", "Phone call").param("note", "First call")).andExpect(status().is3xxRedirection());
        assertThat(stage(id)).as("a first contact is the evidence of engagement").isEqualTo("engaged");

        String form = mvc.perform(get("/participants/" + id + "/status").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"referred\"").contains("value=\"withdrawn\"").doesNotContain("value=\"sustained\"")
                .contains("Sustained in work needs evidence");

        String noReason = mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "referred").param("version", "1")).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Give the reason for the change");
        String stale = mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "referred").param("reason", "Set by mistake").param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this record");
        mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "referred").param("reason", "The call was with their mother").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(stage(id)).isEqualTo("referred");
        mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "withdrawn").param("reason", "Moved away").param("version", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/participants/" + id + "/status").with(as(Role.NAVIGATOR)).with(csrf())
                .param("status", "engaged").param("reason", "Came back to us").param("version", "3")).andExpect(status().is3xxRedirection());
        assertThat(stage(id)).as("a withdrawn person can rejoin at an evidenced stage").isEqualTo("engaged");
        String timeline = mvc.perform(get("/participants/" + id + "/timeline").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("Engaged → Referred: The call was with their mother").contains("Withdrawn → Engaged: Came back to us")
                .contains("Referred themself");
    }

    record Happened(ParticipantId participant, ParticipantStatus reaches, ParticipantStatus endsEvidenceFor, String description)
            implements PipelineMilestone {
        @Override
        public String actor() {
            return "placement.host@example.test";
        }
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void evidence_from_other_modules_moves_the_stage_forward_and_back_when_it_ends() {
        UUID id = enrol("Kit");
        ParticipantId pid = new ParticipantId(id);
        transactions.executeWithoutResult(t -> events.publishEvent(new Happened(pid, ParticipantStatus.IN_PLACEMENT, null, "Started the placement Porter")));
        assertThat(stage(id)).isEqualTo("in-placement");
        transactions.executeWithoutResult(t -> events.publishEvent(
                new Happened(pid, ParticipantStatus.PREPARING, ParticipantStatus.IN_PLACEMENT, "The placement Porter ended early")));
        assertThat(stage(id)).isEqualTo("preparing");
        assertThat(participants.correctableStages(pid, demo(Role.NAVIGATOR))).as("an ended placement is no longer evidence")
                .doesNotContain(ParticipantStatus.IN_PLACEMENT).contains(ParticipantStatus.REFERRED);
        assertThat(jdbc.sql("SELECT count(*) FROM participant_timeline WHERE participant_id = :id AND detail LIKE 'The placement Porter ended early%'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void details_change_with_every_error_at_once_a_letter_needs_an_address_and_a_stale_page_is_refused() throws Exception {
        UUID id = enrol("Lee");
        String refused = mvc.perform(post("/participants/" + id + "/details").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("contactPreference", "post").param("email", "not-an-email").param("postcode", "RM18 7AG")
                        .param("rightToWork", "time-limited").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Enter an email address in the correct format")
                .contains("Enter the first line of the address").contains("Enter the town or city")
                .contains("Enter the date the right to work ends").contains("href=\"#addressLine1\"");
        assertThat(jdbc.sql("SELECT contact_preference FROM participant_participant WHERE id = :id").param("id", id).query(String.class).single())
                .as("nothing half-saved").isEqualTo("email");

        mvc.perform(post("/participants/" + id + "/details").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("contactPreference", "post").param("email", "lee@example.invalid").param("addressLine1", "4 Dock Road")
                        .param("town", "Tilbury").param("postcode", "rm187ag").param("employmentStatus", "unemployed-seeking")
                        .param("rightToWork", "confirmed").param("largePrint", "yes").param("interpreterLanguage", "Polish")
                        .param("pronouns", "they/them").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/participants/" + id + "/details").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("4 Dock Road").contains("RM18 7AG").contains("Large print, Interpreter: Polish")
                .contains("Way to be contacted changed to letter").contains("Postal address changed");
        String overview = mvc.perform(get("/participants/" + id).with(as(Role.NAVIGATOR))).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("Letter").contains("4 Dock Road, Tilbury, RM18 7AG");

        String stale = mvc.perform(post("/participants/" + id + "/details").with(as(Role.PROGRAMME_MANAGER))
                        .with(csrf()).param("contactPreference", "phone").param("phone", "07700 900982").param("postcode", "RM18 7AG")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Reload the page to see their changes");
        assertThat(jdbc.sql("SELECT contact_preference FROM participant_participant WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("post");
    }

    @Test
    void the_worklist_shows_first_contacts_appointments_and_referrals_to_acknowledge_with_links_overdue_first() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        UUID id = enrol("Morgan");
        jdbc.sql("UPDATE participant_participant SET first_contact_due = DATE '2026-12-01' WHERE id = :id").param("id", id).update();
        mvc.perform(post("/participants/" + id + "/appointments").with(as(Role.NAVIGATOR)).with(csrf())
                .param("dateDay", "10").param("dateMonth", "12").param("dateYear", "2026").param("time", "2:30pm")
                .param("place", "Grays library").param("purpose", "CV help")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(as(Role.NAVIGATOR))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/worklist"));
        String worklist = mvc.perform(get("/worklist").with(as(Role.NAVIGATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(worklist).contains("Make first contact with Morgan Participant").contains("/participants/" + id + "/contacts")
                .contains("Appointment with Morgan Participant, 10 December 2026, 2:30pm: CV help").contains("Overdue")
                .contains("First contact (");
        String team = mvc.perform(get("/worklist").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(team).contains("The team").contains(users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow().displayName());
        String header = mvc.perform(get("/participants/" + id).with(as(Role.NAVIGATOR))).andReturn().getResponse().getContentAsString();
        assertThat(header).contains("Make first contact with Morgan Participant").contains("thing").contains("overdue");
    }

    private String stage(UUID id) {
        return jdbc.sql("SELECT status FROM participant_participant WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void overdue_first_contact_is_flagged_first_on_the_caseload_until_a_contact_is_recorded() throws Exception {
        UUID id = enrol("Kai");
        jdbc.sql("UPDATE participant_participant SET referred_on = DATE '2026-09-01', first_contact_due = DATE '2026-09-22' WHERE id = :id")
                .param("id", id).update();
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
                .param("dateDay", "1").param("dateMonth", "1").param("dateYear", "2020").param("time", "10:00").param("place", "")
                .param("purpose", "CV")).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("The date of the appointment must be today or in the future")
                .contains("Say where the appointment is, or give the online link");
        mvc.perform(get("/caseload").with(as(Role.EMPLOYER))).andExpect(status().isForbidden());
    }
}
