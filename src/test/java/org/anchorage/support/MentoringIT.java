package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.participant.Encounters;
import org.anchorage.participant.ParticipantId;
import org.anchorage.plan.Goal;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RecordNotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mentoring and wellbeing: who may assign whom, the dates, the session and score checks, what a mentor sees, the trend. */
class MentoringIT extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Autowired Mentoring mentoring;
    @Autowired Wellbeing wellbeing;
    @Autowired Referrals referrals;
    @Autowired Plans plans;
    @Autowired Organisations organisations;
    @Autowired List<Encounters> encounters;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private SignedInUser user(Role role, org.anchorage.organisation.OrganisationId organisation) {
        var a = users.create(new NewUser(role.code() + "." + UUID.randomUUID() + "@mentoring.test", "Mentor " + role.label(), role,
                organisation, "mentoring-test-password-2026"));
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private ParticipantId enrol(String given, String postcode) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                given, "Mentored", LocalDate.of(1996, 4, 4), postcode, null, "07700 900777", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        return new ParticipantId(jdbc.sql("SELECT id FROM participant_participant WHERE referral_id = :r")
                .param("r", r.id().value()).query(UUID.class).single());
    }

    private static List<String> fields(Throwable e) {
        return ((MentoringProblems) e).problems().stream().map(org.anchorage.shared.RuleViolation::field).toList();
    }

    @Test
    void a_mentor_must_be_an_enabled_mentor_of_an_organisation_in_the_programme_and_a_person_has_one_mentor_at_a_time() {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Morgan", "SS1 2AJ");
        SignedInUser navigator = demo(Role.NAVIGATOR);
        var outside = organisations.add("Faraway Trust (mentoring test)", OrganisationType.NHS_TRUST);
        SignedInUser farMentor = user(Role.MENTOR, outside.id());
        SignedInUser trainer = user(Role.TRAINER, navigator.organisationId());
        SignedInUser disabled = user(Role.MENTOR, navigator.organisationId());
        users.change(disabled.id(), disabled.displayName(), Role.MENTOR, false);

        for (SignedInUser wrong : List.of(farMentor, trainer, disabled)) {
            assertThatThrownBy(() -> mentoring.assign(person, wrong.id(), TODAY, null, navigator))
                    .isInstanceOf(MentoringProblems.class).satisfies(e -> assertThat(fields(e)).containsExactly("mentor"));
        }
        SignedInUser mentor = user(Role.MENTOR, navigator.organisationId());
        mentoring.assign(person, mentor.id(), TODAY, TODAY.plusMonths(6), navigator);
        SignedInUser second = user(Role.MENTOR, navigator.organisationId());
        assertThatThrownBy(() -> mentoring.assign(person, second.id(), TODAY.plusDays(1), null, navigator))
                .isInstanceOf(MentoringProblems.class).hasMessageContaining("already have a mentor");
        assertThat(jdbc.sql("SELECT count(*) FROM support_mentoring WHERE participant_id = :p").param("p", person.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_start_and_end_dates_are_checked_and_every_problem_is_named_at_once() {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Dale", "SS1 2AJ");
        SignedInUser navigator = demo(Role.NAVIGATOR);
        SignedInUser mentor = user(Role.MENTOR, navigator.organisationId());
        assertThatThrownBy(() -> mentoring.assign(person, mentor.id(), TODAY.minusDays(31), TODAY.minusDays(40), navigator))
                .satisfies(e -> assertThat(fields(e)).containsExactly("startsOn", "endsOn"));
        assertThatThrownBy(() -> mentoring.assign(person, mentor.id(), TODAY, TODAY, navigator))
                .satisfies(e -> assertThat(fields(e)).containsExactly("endsOn"));
        assertThatThrownBy(() -> mentoring.assign(person, mentor.id(), TODAY.plusYears(2), null, navigator))
                .satisfies(e -> assertThat(fields(e)).containsExactly("startsOn"));
    }

    @Test
    void only_the_persons_navigator_or_a_manager_of_their_programme_assigns_and_the_page_answers_not_found_to_others() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Quinn", "SS1 2AJ");
        SignedInUser navigator = demo(Role.NAVIGATOR);
        SignedInUser colleague = user(Role.NAVIGATOR, navigator.organisationId());
        SignedInUser mentor = user(Role.MENTOR, navigator.organisationId());
        assertThatThrownBy(() -> mentoring.assign(person, mentor.id(), TODAY, null, colleague)).isInstanceOf(RecordNotFound.class);
        mentoring.assign(person, mentor.id(), TODAY, null, demo(Role.PROGRAMME_MANAGER));
        mvc.perform(get("/participants/" + person.value() + "/mentoring").with(as(Role.MENTOR))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/participants/" + person.value() + "/mentoring").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(mentor.displayName()).contains("End this mentoring early");
    }

    @Test
    void a_session_dated_in_the_future_or_before_the_mentoring_started_or_of_a_wrong_length_is_refused_naming_the_field()
            throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Sky", "SS1 2AJ");
        mentoring.assign(person, demo(Role.MENTOR).id(), TODAY.minusDays(10), null, demo(Role.NAVIGATOR));
        String path = "/mentees/" + person.value() + "/sessions";
        String future = mvc.perform(post(path).with(as(Role.MENTOR)).with(csrf()).param("heldOnDay", "9").param("heldOnMonth", "12")
                        .param("heldOnYear", "2026").param("attended", "yes").param("minutes", "481").param("mode", "by-pigeon"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("href=\"#heldOn\"").contains("The date of the session must be today or in the past")
                .contains("href=\"#minutes\"").contains("from 1 to 480").contains("href=\"#mode\"");
        String before = mvc.perform(post(path).with(as(Role.MENTOR)).with(csrf()).param("heldOnDay", "27").param("heldOnMonth", "11")
                        .param("heldOnYear", "2026").param("attended", "yes").param("minutes", "0").param("mode", "phone"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("href=\"#heldOn\"").contains("on or after the mentoring started").contains("href=\"#minutes\"");
        assertThat(jdbc.sql("SELECT count(*) FROM support_mentoring_session WHERE participant_id = :p").param("p", person.value())
                .query(Integer.class).single()).as("nothing half-saved").isZero();

        mvc.perform(post(path).with(as(Role.MENTOR)).with(csrf()).param("heldOnDay", "8").param("heldOnMonth", "12")
                        .param("heldOnYear", "2026").param("attended", "no").param("mode", "phone"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path).with(as(Role.MENTOR)).with(csrf()).param("heldOnDay", "1").param("heldOnMonth", "12")
                        .param("heldOnYear", "2026").param("attended", "yes").param("minutes", "45").param("mode", "in-person")
                        .param("topics", "confidence").param("topics", "travel").param("notes", "Worried about the early bus")
                        .param("shareWithNavigator", "yes"))
                .andExpect(status().is3xxRedirection());
        mentoring.logSession(person, new Mentoring.NewSession(TODAY.minusDays(2), 30, "video", true, List.of(), "Private thoughts", false),
                demo(Role.MENTOR));
        String staff = mvc.perform(get("/participants/" + person.value() + "/mentoring").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("Worried about the early bus").contains("Confidence and motivation, Travel and getting to work")
                .contains("Did not attend").contains("Notes kept by the mentor").doesNotContain("Private thoughts");
    }

    @Test
    void a_mentor_sees_only_what_mentoring_needs_and_only_while_assigned() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Robin", "RM17 6PU");
        SignedInUser navigator = demo(Role.NAVIGATOR);
        int version = plans.plan(person, navigator).version();
        plans.addGoal(person, version, "Get a job in a hospital kitchen", true, true,
                List.of(new Goal.NewStep("Visit the kitchen", "participant", TODAY.plusDays(10))), navigator);
        plans.addGoal(person, version + 1, "Sort out debts", true, false,
                List.of(new Goal.NewStep("See the money adviser", "participant", TODAY.plusDays(10))), navigator);
        mvc.perform(get("/mentees/" + person.value()).with(as(Role.MENTOR))).andExpect(status().isNotFound());
        var id = mentoring.assign(person, demo(Role.MENTOR).id(), TODAY, null, navigator);

        String list = mvc.perform(get("/mentees").with(as(Role.MENTOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("/mentees/" + person.value()).contains("Robin");
        String page = mvc.perform(get("/mentees/" + person.value()).with(as(Role.MENTOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Robin").contains("Phone call").contains("Get a job in a hospital kitchen")
                .doesNotContain("Mentored").doesNotContain("RM17 6PU").doesNotContain("1996").doesNotContain("Sort out debts");
        assertThat(encounters.stream().anyMatch(e -> e.meets(demo(Role.MENTOR), person))).isTrue();

        var current = mentoring.onRecord(person, navigator).current(TODAY).orElseThrow();
        mentoring.endEarly(person, id, current.version(), "They asked for a different mentor", navigator);
        mvc.perform(get("/mentees/" + person.value()).with(as(Role.MENTOR))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/mentees").with(as(Role.MENTOR))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/mentees/" + person.value());
        assertThat(encounters.stream().anyMatch(e -> e.meets(demo(Role.MENTOR), person))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_id = :p AND detail LIKE 'mentor viewed%'")
                .param("p", person.value().toString()).query(Integer.class).single()).as("every read audited").isPositive();
    }

    @Test
    void a_new_mentor_never_reads_an_earlier_mentors_notes_and_sees_the_person_only_by_preferred_name_when_raising_a_concern()
            throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Sasha", "RM17 6PU");
        SignedInUser navigator = demo(Role.NAVIGATOR);
        SignedInUser first = demo(Role.MENTOR);
        var id = mentoring.assign(person, first.id(), TODAY.minusDays(10), null, navigator);
        mentoring.logSession(person, new Mentoring.NewSession(TODAY.minusDays(3), 30, "phone", true, List.of(),
                "Kept between us: worried about rent", false), first);
        mentoring.logSession(person, new Mentoring.NewSession(TODAY.minusDays(2), 30, "phone", true, List.of(),
                "Shared with the navigator: wants more hours", true), first);
        var current = mentoring.onRecord(person, navigator).current(TODAY).orElseThrow();
        mentoring.endEarly(person, id, current.version(), "Moved to another site", navigator);
        SignedInUser second = user(Role.MENTOR, first.organisationId());
        mentoring.assign(person, second.id(), TODAY, null, navigator);
        mentoring.logSession(person, new Mentoring.NewSession(TODAY, 20, "video", true, List.of(), "Our first chat", false), second);

        var seen = mentoring.mentee(person, second).sessions();
        assertThat(seen).hasSize(3);
        assertThat(seen.stream().map(MentoringSession::notes).toList()).containsExactlyInAnyOrder("Our first chat", "", "");
        String raise = mvc.perform(get("/safeguarding/raise/" + person.value()).with(as(second))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(raise).contains("Sasha").doesNotContain("Mentored");
    }

        @Test
    void mentors_are_suggested_by_shared_role_family_first_then_distance_and_each_says_why() {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Alex", "RM17 6PU");
        SignedInUser navigator = demo(Role.NAVIGATOR);
        plans.assess(person, new org.anchorage.plan.Assessment(null, null, null, "", List.of(), List.of("portering"), 20, List.of(),
                "", "", plans.scales().getFirst().id(), List.of(5, 5, 5, 5)), navigator);
        SignedInUser near = user(Role.MENTOR, navigator.organisationId());
        SignedInUser sameFamilyFar = user(Role.MENTOR, navigator.organisationId());
        SignedInUser full = user(Role.MENTOR, navigator.organisationId());
        mentoring.changeProfile(new MentorProfile("catering", "RM17 6PU", 2), near);
        mentoring.changeProfile(new MentorProfile("portering", "SS1 2AJ", 2), sameFamilyFar);
        mentoring.changeProfile(new MentorProfile("portering", "RM17 6PU", 0), full);
        List<MentorSuggestion> suggestions = mentoring.suggestions(person, navigator);
        List<org.anchorage.identity.UserId> order = suggestions.stream().map(MentorSuggestion::mentor).toList();
        assertThat(order).doesNotContain(full.id());
        assertThat(order.indexOf(sameFamilyFar.id())).isLessThan(order.indexOf(near.id()));
        MentorSuggestion first = suggestions.stream().filter(s -> s.mentor().equals(sameFamilyFar.id())).findFirst().orElseThrow();
        assertThat(first.reasons()).anyMatch(r -> r.contains("portering, which they are interested in"))
                .anyMatch(r -> r.matches("Based [0-9.]+ km from their home postcode"));
        assertThat(first.kilometres()).isGreaterThan(10);
    }

    @Test
    void a_check_in_score_outside_the_scale_is_refused_naming_the_item_and_the_trend_shows_every_check_in() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = enrol("Jamie", "SS1 2AJ");
        mentoring.assign(person, demo(Role.MENTOR).id(), TODAY.minusDays(3), null, demo(Role.NAVIGATOR));
        String refused = mvc.perform(post("/mentees/" + person.value() + "/wellbeing").with(as(Role.MENTOR)).with(csrf())
                        .param("score0", "5").param("score1", "5").param("score2", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#score2\"").contains("The answer for happiness yesterday must be from 0 to 10")
                .contains("href=\"#score3\"").contains("Choose an answer for anxiety yesterday");
        assertThatThrownBy(() -> wellbeing.checkIn(person, List.of(5, 5, 5, -1), demo(Role.NAVIGATOR)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("score3"));
        assertThat(jdbc.sql("SELECT count(*) FROM support_wellbeing_checkin WHERE participant_id = :p").param("p", person.value())
                .query(Integer.class).single()).isZero();

        mvc.perform(post("/mentees/" + person.value() + "/wellbeing").with(as(Role.MENTOR)).with(csrf())
                        .param("score0", "2").param("score1", "3").param("score2", "2").param("score3", "9"))
                .andExpect(status().is3xxRedirection());
        clock.fixAt("2026-12-15T09:00");
        mvc.perform(post("/participants/" + person.value() + "/wellbeing").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("score0", "4").param("score1", "5").param("score2", "5").param("score3", "6"))
                .andExpect(status().is3xxRedirection());
        String trend = mvc.perform(get("/participants/" + person.value() + "/wellbeing").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(trend).contains("role=\"img\"").contains("<title id=\"trend-title\"").contains(">Mentor<")
                .contains(">Navigator<").contains("anxiety yesterday 9 to 6").contains("For anxiety, lower is better")
                .contains("id=\"trend-table\"").contains("8 Dec 2026").contains("15 Dec 2026")
                .contains("from 8 December 2026 to 15 December 2026");
        assertThat(jdbc.sql("SELECT recorded_as FROM support_wellbeing_checkin WHERE participant_id = :p ORDER BY checked_on")
                .param("p", person.value()).query(String.class).list()).containsExactly("mentor", "navigator");
    }

    @Test
    void the_participant_sees_their_mentors_first_name_and_next_session_and_checks_in_themselves() throws Exception {
        String page = mvc.perform(get("/my-support").with(as(Role.PARTICIPANT))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Your mentor is Demo.").contains("Your next session is on").contains("id=\"my-support-actions\"")
                .contains("Overall, how satisfied are you with your life nowadays?");
        ParticipantId casey = new ParticipantId(UUID.fromString(resolve("{casey}")));
        int before = jdbc.sql("SELECT count(*) FROM support_wellbeing_checkin WHERE participant_id = :p AND recorded_as = 'participant'")
                .param("p", casey.value()).query(Integer.class).single();
        String refused = mvc.perform(post("/my-support/wellbeing").with(as(Role.PARTICIPANT)).with(csrf()).param("score0", "11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#score0\"").contains("life satisfaction must be from 0 to 10");
        mvc.perform(post("/my-support/wellbeing").with(as(Role.PARTICIPANT)).with(csrf()).param("score0", "7").param("score1", "7")
                .param("score2", "6").param("score3", "3")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM support_wellbeing_checkin WHERE participant_id = :p AND recorded_as = 'participant'")
                .param("p", casey.value()).query(Integer.class).single()).isEqualTo(before + 1);
    }

    @Test
    void a_programme_can_choose_its_wellbeing_scale_on_its_page_and_ons4_is_the_default() throws Exception {
        var scale = plans.addScale("TEST-" + UUID.randomUUID().toString().substring(0, 8), "A two-question test scale",
                "Test licence", 1, 5, List.of(new org.anchorage.plan.WellbeingScale.Item("How are you?", false),
                        new org.anchorage.plan.WellbeingScale.Item("How tired?", true)));
        var programme = programmes.add(new org.anchorage.programme.ProgrammeDetails("Mentoring test programme",
                org.anchorage.programme.ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1), "test",
                java.util.Set.of(demo(Role.PROGRAMME_MANAGER).organisationId())), null, demo(Role.PROGRAMME_MANAGER));
        assertThat(wellbeing.scaleFor(programme.id()).code()).isEqualTo("ONS4");
        assertThatThrownBy(() -> wellbeing.chooseScale(programme.id(), scale.code(), demo(Role.NAVIGATOR)))
                .isInstanceOf(RecordNotFound.class);
        String path = "/programmes/" + programme.id().value() + "/wellbeing-scale";
        assertThat(mvc.perform(get(path).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("use ONS personal wellbeing (ONS4)").contains(scale.code());
        assertThat(mvc.perform(post(path).with(as(Role.PROGRAMME_MANAGER)).with(csrf()).param("scale", "NOT-A-SCALE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("There is a problem").contains("href=\"#scale\"").contains("Choose a wellbeing scale the service holds");
        assertThat(wellbeing.scaleFor(programme.id()).code()).as("nothing changed").isEqualTo("ONS4");
        mvc.perform(post(path).with(as(Role.PROGRAMME_MANAGER)).with(csrf()).param("scale", scale.code()))
                .andExpect(status().is3xxRedirection());
        assertThat(wellbeing.scaleFor(programme.id()).code()).isEqualTo(scale.code());
        mvc.perform(get(path).with(as(Role.NAVIGATOR))).andExpect(status().isForbidden());
        assertThat(Wellbeing.problemsWith(scale, java.util.Arrays.asList(0, 6))).extracting(org.anchorage.shared.RuleViolation::field)
                .containsExactly("score0", "score1");
    }
}
