package org.anchorage.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.Worklist;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.web.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The placement steps as a navigator and a host work them: dates that follow each other (interview,
 * offer, start), every refusal at once on the page, feedback with no rating assumed, the placements
 * section of the record, and what placements put on the worklist. Dates are relative to today's clock.
 */
class PlacementWorkIT extends IntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    Referrals referrals;

    @Autowired
    Plans plans;

    @Autowired
    Participants participants;

    @Autowired
    Worklist worklist;

    private LocalDate today() {
        return worklist.today();
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private ProgrammeId pilot() {
        return new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
    }

    private ParticipantId participant(String given) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(pilot(), given, "Worked", LocalDate.of(1996, 3, 3), "RM18 7AG", null,
                "07700 900321", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        ParticipantId id = participants.forReferral(r.id()).orElseThrow();
        plans.assess(id, new Assessment(null, null, null, "", List.of(), List.of("nursing-support"), 30, List.of("weekday-days"),
                "", "", plans.scales().getFirst().id(), List.of(6, 6, 6, 6)), navigator);
        return id;
    }

    private PlacementOffer offer(String title, LocalDate startsOn, LocalDate endsOn) {
        Site site = employers.addSite(title + " site " + UUID.randomUUID().toString().substring(0, 6), "Rowley Road, Orsett",
                "RM16 3EU", demo(Role.EMPLOYER));
        return placements.post(new Placements.NewPlacement(pilot(), site.id(), null, title, "nursing-support", "2", "",
                new BigDecimal("30"), "weekday-days", 1271, startsOn, endsOn, 3, "enhanced", 18, List.of("identity")),
                demo(Role.EMPLOYER));
    }

    private UUID putForward(PlacementOffer offer, ParticipantId person) {
        UUID candidate = placements.suggest(offer.id(), person, 60, "test", demo(Role.NAVIGATOR));
        placements.putForward(candidate, "Weekdays", "Ready", "", demo(Role.NAVIGATOR));
        return candidate;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String stage(UUID candidate) {
        return jdbc.sql("SELECT stage FROM placement_candidate WHERE id = :id").param("id", candidate).query(String.class).single();
    }

    @Test
    void an_interview_in_the_past_is_refused_with_a_bad_time_too_and_one_today_may_be_recorded() throws Exception {
        UUID candidate = putForward(offer("Interview dates", today().plusDays(7), today().plusDays(90)), participant("Ivy"));
        LocalDate yesterday = today().minusDays(1);
        String refused = page(post("/placements/candidates/" + candidate + "/interview").with(as(Role.EMPLOYER)).with(csrf())
                .param("interviewDateDay", Integer.toString(yesterday.getDayOfMonth()))
                .param("interviewDateMonth", Integer.toString(yesterday.getMonthValue()))
                .param("interviewDateYear", Integer.toString(yesterday.getYear())).param("interviewTime", "half past ten"));
        assertThat(refused).contains("There is a problem")
                .contains("href=\"#interviewDate\"").contains("The interview date cannot be before they were put forward on "
                        + Display.date(today()))
                .contains("href=\"#interviewTime\"").contains("Enter the time like 14:30")
                .contains("value=\"half past ten\"").contains("value=\"" + yesterday.getDayOfMonth() + "\"");
        assertThat(stage(candidate)).isEqualTo("put-forward");

        // One that already happened is recorded, from the day they were put forward; shown as the style guide writes it.
        jdbc.sql("UPDATE placement_candidate SET put_forward_at = put_forward_at - interval '3 days' WHERE id = :id")
                .param("id", candidate).update();
        placements.scheduleInterview(candidate, today().minusDays(2), LocalTime.of(10, 0), demo(Role.EMPLOYER));
        assertThat(page(get("/placements/candidates/" + candidate).with(as(Role.EMPLOYER))))
                .contains(Display.date(today().minusDays(2)) + ", 10am");
        placements.scheduleInterview(candidate, today(), LocalTime.MIDNIGHT, demo(Role.EMPLOYER));
        String shown = page(get("/placements/candidates/" + candidate).with(as(Role.EMPLOYER)));
        assertThat(shown).contains(Display.date(today()) + ", midnight").doesNotContain("T00:00");
    }

    @Test
    void no_offer_before_the_interview_and_no_planned_start_before_the_placement_starts_both_said_at_once() throws Exception {
        PlacementOffer offer = offer("Offer dates", today().plusDays(20), today().plusDays(90));
        UUID candidate = putForward(offer, participant("Olive"));
        placements.scheduleInterview(candidate, today().plusDays(2), LocalTime.of(10, 0), demo(Role.EMPLOYER));
        LocalDate early = today().plusDays(5);
        String refused = page(post("/placements/candidates/" + candidate + "/outcome").with(as(Role.EMPLOYER)).with(csrf())
                .param("outcome", "offer").param("plannedStartDay", Integer.toString(early.getDayOfMonth()))
                .param("plannedStartMonth", Integer.toString(early.getMonthValue()))
                .param("plannedStartYear", Integer.toString(early.getYear())));
        assertThat(refused).contains("href=\"#outcome\"").contains("Record the outcome once it has happened")
                .contains(Display.date(today().plusDays(2)) + ", 10am")
                .contains("href=\"#plannedStart\"").contains("cannot be before the placement starts on " + Display.date(offer.startsOn()));
        assertThat(stage(candidate)).isEqualTo("interview");
        assertThat(jdbc.sql("SELECT count(*) FROM placement_check WHERE candidate_id = :c").param("c", candidate)
                .query(Long.class).single()).isZero();
    }

    @Test
    void no_start_before_the_placement_starts_named_with_the_checks_still_to_pass() throws Exception {
        PlacementOffer offer = offer("Start dates", today().plusDays(3), today().plusDays(60));
        UUID candidate = putForward(offer, participant("Stella"));
        placements.scheduleInterview(candidate, today(), LocalTime.MIDNIGHT, demo(Role.EMPLOYER));
        placements.recordOutcome(candidate, true, "", offer.startsOn(), demo(Role.EMPLOYER));
        String refused = page(post("/placements/candidates/" + candidate + "/start").with(as(Role.EMPLOYER)).with(csrf())
                .param("startedOnDay", Integer.toString(today().getDayOfMonth()))
                .param("startedOnMonth", Integer.toString(today().getMonthValue()))
                .param("startedOnYear", Integer.toString(today().getYear())));
        assertThat(refused).contains("href=\"#startedOn\"").contains("cannot be before the placement starts on " + Display.date(offer.startsOn()))
                .contains("href=\"#checks\"").contains("must pass before the start: Identity");
        assertThat(stage(candidate)).isEqualTo("conditional-offer");
        // A start before the offer is refused too (the API and the page share the facade).
        assertThatThrownBy(() -> placements.start(candidate, today().minusDays(1), demo(Role.EMPLOYER)))
                .isInstanceOf(Refusals.class).hasMessageContaining("before the conditional offer");
    }

    @Test
    void host_feedback_offers_no_rating_until_chosen_and_names_each_one_missing() throws Exception {
        PlacementOffer offer = offer("Feedback", today(), today().plusDays(10));
        UUID candidate = putForward(offer, participant("Fern"));
        placements.scheduleInterview(candidate, today(), LocalTime.MIDNIGHT, demo(Role.EMPLOYER));
        placements.recordOutcome(candidate, true, "", today(), demo(Role.EMPLOYER));
        placements.updateCheck(candidate, CheckStandard.IDENTITY,
                new Placements.CheckUpdate("passed", null, null, null, null, "UK passport, original seen"), demo(Role.EMPLOYER));
        placements.start(candidate, today(), demo(Role.EMPLOYER));

        String form = page(get("/placements/candidates/" + candidate).with(as(Role.EMPLOYER)));
        assertThat(form).contains("name=\"reliability\"").doesNotContainPattern("type=\"radio\"[^>]*checked");
        String refused = page(post("/placements/candidates/" + candidate + "/feedback").with(as(Role.EMPLOYER)).with(csrf())
                .param("point", "midpoint").param("teamwork", "4").param("comments", "Kind with patients"));
        assertThat(refused).contains("href=\"#reliability\"").contains("Choose a rating from 1 to 5 for reliability")
                .contains("href=\"#communication\"").contains("Choose a rating from 1 to 5 for communication")
                .contains("href=\"#careValues\"").contains("Choose a rating from 1 to 5 for care and NHS values")
                .contains("href=\"#jobReady\"").doesNotContain("href=\"#teamwork\"")
                .containsPattern("id=\"teamwork-4\"[^>]*checked").doesNotContainPattern("id=\"teamwork-[1235]\"[^>]*checked");
        assertThat(jdbc.sql("SELECT count(*) FROM placement_feedback WHERE candidate_id = :c").param("c", candidate)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_record_shows_each_placement_linking_to_it_and_to_matching_for_the_person() throws Exception {
        ParticipantId person = participant("Rhea");
        String none = page(get("/participants/" + person.value() + "/placements").with(as(Role.NAVIGATOR)));
        assertThat(none).contains("Not suggested for any placement yet")
                .contains("href=\"/matching?participant=" + person.value() + "\"").contains("Find placements for Rhea Worked")
                .contains("aria-current=\"page\"");
        PlacementOffer offer = offer("Record section", today().plusDays(7), today().plusDays(90));
        UUID candidate = putForward(offer, person);
        placements.scheduleInterview(candidate, today().plusDays(1), LocalTime.of(14, 30), demo(Role.EMPLOYER));
        String section = page(get("/participants/" + person.value() + "/placements").with(as(Role.NAVIGATOR)));
        assertThat(section).contains("href=\"/placements/candidates/" + candidate + "\"").contains("Record section at")
                .contains("Host interview").contains(Display.date(today().plusDays(1)) + ", 2:30pm");

        // Matching for one person: Rhea is already going ahead, and is told so; Remy is offered the placement.
        String busy = page(get("/matching").param("participant", person.value().toString()).with(as(Role.NAVIGATOR)));
        assertThat(busy).contains("Placements for Rhea Worked").contains("Already going ahead with a placement")
                .contains("href=\"/participants/" + person.value() + "/placements\"");
        ParticipantId remy = participant("Remy");
        String matching = page(get("/matching").param("participant", remy.value().toString()).with(as(Role.NAVIGATOR)));
        assertThat(matching).contains("Placements for Remy Worked").contains("value=\"" + remy.value() + ":" + offer.id() + "\"");
        // Confirming from there goes back to the record, where the suggestion now is.
        mvc.perform(post("/matching/confirmations").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("programme", pilot().value().toString()).param("participant", remy.value().toString())
                        .param("pairs", remy.value() + ":" + offer.id()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/participants/" + remy.value() + "/placements"));
        assertThat(page(get("/participants/" + remy.value() + "/placements").with(as(Role.NAVIGATOR))))
                .contains("Record section at").contains("Suggested");
        // The candidate page leads back to the record, and on to the placement.
        String candidatePage = page(get("/placements/candidates/" + candidate).with(as(Role.NAVIGATOR)));
        assertThat(candidatePage).contains("href=\"/participants/" + person.value() + "/placements\"")
                .contains("href=\"/placements/" + offer.id() + "\"");
        // Nobody else's navigator, and no host, sees the section.
        mvc.perform(get("/participants/" + person.value() + "/placements").with(as(Role.EMPLOYER))).andExpect(status().isForbidden());
    }

    @Test
    void the_worklist_holds_checks_feedback_endings_and_interviews_from_real_records_for_the_people_asked_about() {
        // A short placement started today: its midpoint and end feedback, and its end, all fall within the horizon.
        ParticipantId placed = participant("Wren");
        PlacementOffer short_ = offer("Short placement", today(), today().plusDays(10));
        UUID started = putForward(short_, placed);
        placements.scheduleInterview(started, today(), LocalTime.MIDNIGHT, demo(Role.EMPLOYER));
        placements.recordOutcome(started, true, "", today(), demo(Role.EMPLOYER));
        placements.updateCheck(started, CheckStandard.IDENTITY,
                new Placements.CheckUpdate("passed", null, null, null, null, "UK passport, original seen"), demo(Role.EMPLOYER));
        // A reference check chased and now overdue.
        placements.updateCheck(started, CheckStandard.EMPLOYMENT_HISTORY_REFERENCES,
                new Placements.CheckUpdate("in-progress", "third-party", today().minusDays(2), null, null, ""), demo(Role.EMPLOYER));
        placements.start(started, today(), demo(Role.EMPLOYER));
        // Someone else with an interview the day after tomorrow.
        ParticipantId interviewing = participant("Ida");
        UUID interview = putForward(offer("Interviewing", today().plusDays(7), today().plusDays(90)), interviewing);
        placements.scheduleInterview(interview, today().plusDays(2), LocalTime.of(10, 0), demo(Role.EMPLOYER));

        List<DueItem> due = worklist.dueFor(List.of(placed, interviewing));
        String link = "/placements/candidates/" + started;
        assertThat(due).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("Employment check");
            assertThat(d.what()).isEqualTo("Employment history and references check for Short placement at " + short_.site().name());
            assertThat(d.dueOn()).isEqualTo(today().minusDays(2));
            assertThat(d.overdueOn(today())).isTrue();
            assertThat(d.link()).isEqualTo(link);
        });
        assertThat(due).filteredOn(d -> d.kind().equals("Host feedback")).extracting(DueItem::what, DueItem::dueOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Midpoint feedback from the host for Short placement at " + short_.site().name(),
                                today().plusDays(5)),
                        org.assertj.core.groups.Tuple.tuple("End feedback from the host for Short placement at " + short_.site().name(),
                                today().plusDays(10)));
        assertThat(due).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("Placement ending");
            assertThat(d.dueOn()).isEqualTo(today().plusDays(10));
            assertThat(d.participant()).isEqualTo(placed);
        });
        assertThat(due).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("Interview");
            assertThat(d.participant()).isEqualTo(interviewing);
            assertThat(d.what()).endsWith(Display.date(today().plusDays(2)) + ", 10am");
            assertThat(d.link()).isEqualTo("/placements/candidates/" + interview);
        });
        // Checks due four weeks after the offer are beyond the horizon; nothing for people not asked about.
        assertThat(due).noneMatch(d -> d.kind().equals("Employment check") && d.dueOn().isAfter(today().plusDays(14)));
        assertThat(worklist.dueFor(List.of(interviewing))).allMatch(d -> d.participant().equals(interviewing));

        // Given feedback leaves the list.
        placements.feedback(started, "midpoint", 4, 4, 4, 5, "", "not-yet", demo(Role.EMPLOYER));
        assertThat(worklist.dueFor(List.of(placed))).noneMatch(d -> d.what().startsWith("Midpoint"));
    }
}
