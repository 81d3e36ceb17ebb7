package org.anchorage.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Assessments, goals and reviews: ranges checked, stale edits refused, distance travelled, the participant's own view. */
class PlanIT extends IntegrationTest {

    @Autowired
    Plans plans;

    @Autowired
    Referrals referrals;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private UUID enrol(String given) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                given, "Planner", LocalDate.of(1997, 5, 5), "SS1 2AJ", null, "07700 900888", ContactPreference.PHONE,
                List.of(WorkInterest.ADMINISTRATION), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        return jdbc.sql("SELECT id FROM participant_participant WHERE referral_id = :r").param("r", r.id().value()).query(UUID.class).single();
    }

    private String scale() {
        return plans.scales().stream().filter(s -> s.code().equals("ONS4")).findFirst().orElseThrow().id().toString();
    }

    @Test
    void a_score_outside_its_range_is_refused_naming_the_question_and_two_assessments_show_distance_travelled() throws Exception {
        UUID id = enrol("Lane");
        String refused = mvc.perform(post("/participants/" + id + "/assessments").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("scaleId", scale()).param("score0", "11").param("score1", "5").param("score2", "5").param("score3", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#score0\"").contains("Each score must be from 0 to 10");
        for (String[] scores : new String[][] {{"3", "4", "4", "9"}, {"6", "7", "6", "4"}}) {
            mvc.perform(post("/participants/" + id + "/assessments").with(as(Role.NAVIGATOR)).with(csrf())
                            .param("scaleId", scale()).param("score0", scores[0]).param("score1", scores[1])
                            .param("score2", scores[2]).param("score3", scores[3]).param("barriers", "transport").param("barriers", "confidence"))
                    .andExpect(status().is3xxRedirection());
        }
        var plan = plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR));
        assertThat(plan.distanceTravelled()).hasSize(5);
        assertThat(plan.distanceTravelled().get(0).better()).isTrue();       // life satisfaction 3 → 6
        assertThat(plan.distanceTravelled().get(3).better()).isTrue();       // anxiety 9 → 4 is better
        String page = mvc.perform(get("/participants/" + id + "/plan").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Distance travelled").contains("Better");
    }

    @Test
    void a_review_in_the_past_is_refused_and_a_stale_edit_does_not_overwrite() throws Exception {
        UUID id = enrol("Moss");
        String past = mvc.perform(post("/participants/" + id + "/plan").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "review").param("version", "0").param("reviewOn", "2020-01-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(past).contains("The review date must be in the future");
        String due = LocalDate.now().plusDays(20).toString();
        mvc.perform(post("/participants/" + id + "/plan").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "goal").param("version", "0").param("title", "Get a CV").param("step", "Draft it")
                        .param("owner", "participant").param("due", due))
                .andExpect(status().is3xxRedirection());
        // A second editor who loaded the plan before that change still has version 0.
        String stale = mvc.perform(post("/participants/" + id + "/plan").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("action", "goal").param("version", "0").param("title", "Another goal").param("step", "Step")
                        .param("owner", "navigator").param("due", due))
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this plan");
        assertThat(plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR)).goals()).extracting(Goal::title).containsExactly("Get a CV");
    }

    @Test
    void the_participant_reads_their_own_plan_and_certificates_and_nobody_elses() throws Exception {
        String mine = mvc.perform(get("/my-plan").with(as(Role.PARTICIPANT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Start a healthcare support worker placement").contains("Finish the Care Certificate");
        UUID other = enrol("Nova");
        mvc.perform(get("/participants/" + other + "/plan").with(as(Role.PARTICIPANT))).andExpect(status().isForbidden());
    }

    @Test
    void a_programme_adds_a_licensed_scale_through_the_api_and_a_broken_one_is_refused() throws Exception {
        mvc.perform(post("/api/v1/wellbeing-scales").with(as(Role.PROGRAMME_MANAGER)).contentType("application/json")
                        .content("{\"code\":\"API-2\",\"name\":\"Two-item scale\",\"licence\":\"© Holder, used under licence\","
                                + "\"minScore\":1,\"maxScore\":5,\"items\":[{\"text\":\"I feel rested\",\"lowerIsBetter\":false},"
                                + "{\"text\":\"I feel worried\",\"lowerIsBetter\":true}]}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/wellbeing-scales").with(as(Role.PROGRAMME_MANAGER)).contentType("application/json")
                        .content("{\"code\":\"API-3\",\"name\":\"Broken\",\"licence\":\"x\",\"minScore\":5,\"maxScore\":5,"
                                + "\"items\":[{\"text\":\"Q\",\"lowerIsBetter\":false}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("maxScore"));
        // Refused for the role before the body is even looked at.
        mvc.perform(post("/api/v1/wellbeing-scales").with(as(Role.NAVIGATOR)).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        assertThat(plans.scales()).extracting(WellbeingScale::code).contains("API-2").doesNotContain("API-3");
    }

    @Test
    void a_new_validated_scale_is_data_not_code() {
        WellbeingScale added = plans.addScale("TEST-3", "A licensed three-item scale", "© Example licence holder", 1, 5,
                List.of(new WellbeingScale.Item("I feel useful", false), new WellbeingScale.Item("I feel calm", false),
                        new WellbeingScale.Item("I feel close to people", false)));
        assertThat(plans.scales()).extracting(WellbeingScale::code).contains("ONS4", "TEST-3");
        UUID id = enrol("Oak");
        plans.assess(new ParticipantId(id), new Assessment(null, null, null, "", List.of(), List.of(), null, List.of(), "", "",
                added.id(), List.of(4, 5, 3)), demo(Role.NAVIGATOR));
        assertThat(plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR)).scale().code()).isEqualTo("TEST-3");
    }
}
