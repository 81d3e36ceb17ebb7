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
                        .param("scaleId", scale()).param("score0", "11").param("score1", "5").param("score2", "5").param("score3", "5")
                        .param("barriers", "transport").param("shifts", "evenings"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#score0\"").contains("Each score must be from 0 to 10")
                .contains("value=\"transport\" checked=\"checked\"").contains("value=\"evenings\" checked=\"checked\"");
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

    private static String[] dateParts(LocalDate d) {
        return new String[] {Integer.toString(d.getDayOfMonth()), Integer.toString(d.getMonthValue()), Integer.toString(d.getYear())};
    }

    @Test
    void a_review_in_the_past_is_refused_and_a_stale_edit_does_not_overwrite() throws Exception {
        UUID id = enrol("Moss");
        String past = mvc.perform(post("/participants/" + id + "/plan/review").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("version", "0").param("reviewOnDay", "1").param("reviewOnMonth", "1").param("reviewOnYear", "2020"))
                .andReturn().getResponse().getContentAsString();
        assertThat(past).contains("The review date must be in the future").contains("href=\"#reviewOn\"")
                .contains("value=\"2020\"");
        String[] due = dateParts(LocalDate.now().plusDays(20));
        mvc.perform(post("/participants/" + id + "/plan/goals").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("version", "0").param("title", "Get a CV").param("step1.description", "Draft it")
                        .param("step1.owner", "participant").param("step1.dueDay", due[0]).param("step1.dueMonth", due[1])
                        .param("step1.dueYear", due[2]))
                .andExpect(status().is3xxRedirection());
        // A second editor who loaded the plan before that change still has version 0.
        String stale = mvc.perform(post("/participants/" + id + "/plan/goals").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("version", "0").param("title", "Another goal").param("step1.description", "Step")
                        .param("step1.owner", "navigator").param("step1.dueDay", due[0]).param("step1.dueMonth", due[1])
                        .param("step1.dueYear", due[2]))
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this plan").contains("Reload the page");
        assertThat(plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR)).goals()).extracting(Goal::title).containsExactly("Get a CV");
    }

    @Test
    void a_goal_is_made_with_several_steps_every_problem_is_listed_at_once_and_steps_are_added_later() throws Exception {
        UUID id = enrol("Rowan");
        String[] due = dateParts(LocalDate.now().plusDays(10));
        String refused = mvc.perform(post("/participants/" + id + "/plan/goals").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("version", "0").param("title", "")
                        .param("step1.description", "Practise interviews").param("step1.owner", "navigator")
                        .param("step1.dueDay", "31").param("step1.dueMonth", "2").param("step1.dueYear", due[2])
                        .param("step2.description", "").param("step2.owner", "nobody")
                        .param("step2.dueDay", due[0]).param("step2.dueMonth", due[1]).param("step2.dueYear", due[2]))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#title\"").contains("Enter the goal")
                .contains("href=\"#step1.due\"").contains("The due date must be a real date")
                .contains("href=\"#step2.description\"").contains("href=\"#step2.owner\"")
                .contains("value=\"Practise interviews\"");
        assertThat(plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR)).goals()).isEmpty();

        mvc.perform(post("/participants/" + id + "/plan/goals").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("version", "0").param("title", "Pass a values-based interview").param("agreed", "yes")
                        .param("step1.description", "Practise interviews").param("step1.owner", "navigator")
                        .param("step1.dueDay", due[0]).param("step1.dueMonth", due[1]).param("step1.dueYear", due[2])
                        .param("step2.description", "Read the trust's values").param("step2.owner", "participant")
                        .param("step2.dueDay", due[0]).param("step2.dueMonth", due[1]).param("step2.dueYear", due[2]))
                .andExpect(status().is3xxRedirection());
        Goal goal = plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR)).goals().getFirst();
        assertThat(goal.steps()).extracting(Goal.Step::description).containsExactly("Practise interviews", "Read the trust's values");
        String page = mvc.perform(get("/participants/" + id + "/plan/steps/new").param("goal", goal.id().toString())
                .with(as(Role.NAVIGATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Add a step to: Pass a values-based interview").contains("step1.dueDay");
        mvc.perform(post("/participants/" + id + "/plan/steps").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("version", "1").param("goal", goal.id().toString())
                        .param("step1.description", "Mock interview with a host").param("step1.owner", "employer")
                        .param("step1.dueDay", due[0]).param("step1.dueMonth", due[1]).param("step1.dueYear", due[2]))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(new ParticipantId(id), demo(Role.NAVIGATOR)).goals().getFirst().steps()).hasSize(3)
                .extracting(Goal.Step::owner).containsExactly("navigator", "participant", "employer");
        String plan = mvc.perform(get("/participants/" + id + "/plan").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(plan).contains("An employer, due " + org.anchorage.shared.web.Display.date(LocalDate.now().plusDays(10)))
                .contains("aria-current=\"page\"").doesNotContain("YYYY");
    }

    @Test
    void the_latest_assessment_is_shown_in_full_with_distance_travelled_over_all_assessments() throws Exception {
        UUID id = enrol("Sage");
        for (String[] scores : new String[][] {{"2", "3", "3", "8"}, {"4", "4", "5", "6"}, {"7", "6", "6", "3"}}) {
            mvc.perform(post("/participants/" + id + "/assessments").with(as(Role.NAVIGATOR)).with(csrf())
                            .param("scaleId", scale()).param("score0", scores[0]).param("score1", scores[1])
                            .param("score2", scores[2]).param("score3", scores[3]).param("barriers", "transport")
                            .param("barriers", "health-disability").param("adjustments", "Step-free access; breaks every hour"))
                    .andExpect(status().is3xxRedirection());
        }
        String page = mvc.perform(get("/participants/" + id + "/plan").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Latest assessment").contains("Transport").contains("Health and disability")
                .contains("Step-free access; breaks every hour").contains("7 out of 10").contains("3 out of 10 (lower is better)")
                .contains("From the first to the latest of 3 assessments").contains("First 2, latest 7, change +5")
                .contains("First 8, latest 3, change -5");
    }

    @Test
    void an_assessment_and_the_first_agreed_goal_move_the_stage_on_by_evidence() throws Exception {
        UUID id = enrol("Teal");
        ParticipantId person = new ParticipantId(id);
        plans.assess(person, new Assessment(null, null, null, "", List.of(), List.of(), null, List.of(), "", "",
                UUID.fromString(scale()), List.of(5, 5, 5, 5)), demo(Role.NAVIGATOR));
        assertThat(stage(id)).isEqualTo("engaged");
        LocalDate due = LocalDate.now().plusDays(5);
        plans.addGoal(person, 0, "Not yet agreed", false, List.of(new Goal.NewStep("Think about it", "participant", due)),
                demo(Role.NAVIGATOR));
        assertThat(stage(id)).isEqualTo("engaged");
        plans.addGoal(person, 1, "Work in a hospital kitchen", true, List.of(new Goal.NewStep("Food hygiene course", "navigator", due)),
                demo(Role.NAVIGATOR));
        assertThat(stage(id)).isEqualTo("preparing");
        assertThat(participants.timeline(person, demo(Role.NAVIGATOR))).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Assessed on")).anyMatch(d -> d.startsWith("Agreed a plan: Work in a hospital kitchen"));
    }

    @Test
    void reviews_and_the_navigators_steps_due_within_the_horizon_are_on_the_worklist_with_a_link_to_the_plan() throws Exception {
        UUID id = enrol("Umber");
        UUID elsewhere = enrol("Vale");
        ParticipantId person = new ParticipantId(id);
        LocalDate today = LocalDate.now();
        plans.scheduleReview(person, 0, today.plusDays(3), demo(Role.NAVIGATOR));
        plans.addGoal(person, 1, "Get a CV", false, List.of(new Goal.NewStep("Check the CV with them", "navigator", today.plusDays(30)),
                new Goal.NewStep("Write the CV", "participant", today.plusDays(2))), demo(Role.NAVIGATOR));
        plans.scheduleReview(new ParticipantId(elsewhere), 0, today.plusDays(1), demo(Role.NAVIGATOR));
        // Fixed days: today, then 20 days on (the review overdue, the navigator's step due within the horizon).
        assertThat(due.dueFor(List.of(person), today)).extracting(org.anchorage.participant.DueItem::kind).containsExactly("Plan review");
        var later = due.dueFor(List.of(person), today.plusDays(20));
        assertThat(later).extracting(org.anchorage.participant.DueItem::kind).containsExactlyInAnyOrder("Plan review", "Plan step");
        assertThat(later).allMatch(i -> i.link().equals("/participants/" + id + "/plan") && i.participant().equals(person));
        assertThat(later).filteredOn(i -> i.kind().equals("Plan review")).allMatch(i -> i.overdueOn(today.plusDays(20)));
        assertThat(later).filteredOn(i -> i.kind().equals("Plan step")).extracting(org.anchorage.participant.DueItem::what)
                .containsExactly("Check the CV with them");
    }

    @Autowired
    java.util.List<org.anchorage.participant.DueWork> dueWork;

    @Autowired
    org.anchorage.participant.Participants participants;

    private org.anchorage.participant.DueWork due;

    @org.junit.jupiter.api.BeforeEach
    void planDueWork() {
        due = dueWork.stream().filter(d -> d.getClass().getPackageName().startsWith("org.anchorage.plan")).findFirst().orElseThrow();
    }

    private String stage(UUID participant) {
        return participants.open(new ParticipantId(participant), demo(Role.NAVIGATOR)).status().code();
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
