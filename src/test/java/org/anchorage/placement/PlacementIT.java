package org.anchorage.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Placements end to end on PostgreSQL: pay against the minimum wage for age, bad input named and
 * nothing half-saved, the last place won by exactly one screen, hosts limited to their own candidates
 * with minimum data, checks blocking the start, and the participant's status moved by events.
 */
class PlacementIT extends IntegrationTest {

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    Referrals referrals;

    @Autowired
    Plans plans;

    @Autowired
    Organisations organisations;

    @Autowired
    org.anchorage.participant.Participants participantRecords;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private ProgrammeId pilot() {
        return new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
    }

    /** A participant of the demo navigator, born on the date given, assessed as interested in nursing support. */
    private ParticipantId participant(String given, LocalDate born) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(pilot(), given, "Placed", born, "RM18 7AG", null, "07700 900123",
                ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        ParticipantId id = participantRecords.forReferral(r.id()).orElseThrow();
        plans.assess(id, new Assessment(null, null, null, "Cared for a relative", List.of("transport", "health-disability"),
                List.of("nursing-support"), 30, List.of("weekday-days"), "", "Needs a quiet room for breaks (private)",
                plans.scales().getFirst().id(), List.of(6, 6, 6, 4)), navigator);
        return id;
    }

    private Site site(String name) {
        return employers.addSite(name, "Rowley Road, Orsett", "RM16 3EU", demo(Role.EMPLOYER));
    }

    private PlacementOffer offer(String title, int places, int payPence, int minimumAge) {
        return offer(title, places, payPence, minimumAge, TODAY.plusDays(7));
    }

    private PlacementOffer offer(String title, int places, int payPence, int minimumAge, LocalDate startsOn) {
        return placements.post(new Placements.NewPlacement(pilot(), site(title + " site").id(), null, title, "nursing-support", "2",
                "", new BigDecimal("30"), "weekday-days", payPence, startsOn, startsOn.plusDays(83), places, "enhanced",
                minimumAge, List.of("identity", "right-to-work")), demo(Role.EMPLOYER));
    }

    /** Suggest and put forward as the navigator, then interview as the host: ready for an outcome. */
    private UUID interviewed(PlacementOffer offer, ParticipantId person) {
        UUID candidate = placements.suggest(offer.id(), person, 70, "test", demo(Role.NAVIGATOR));
        placements.putForward(candidate, "30 hours, weekdays", "Care Certificate under way", "", demo(Role.NAVIGATOR));
        // Midnight today: an interview that has already happened, so its outcome can be recorded now.
        placements.scheduleInterview(candidate, TODAY, java.time.LocalTime.MIDNIGHT, demo(Role.EMPLOYER));
        return candidate;
    }

    private long offers() {
        return jdbc.sql("SELECT count(*) FROM placement_offer").query(Long.class).single();
    }

    private String placementJson(Map<String, Object> overrides) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("programmeId", resolve("{national-pilot}"),
                "siteId", site("API site " + UUID.randomUUID()).id().toString(), "title", "Ward support worker",
                "roleFamily", "nursing-support", "hoursPerWeek", 30, "shiftPattern", "weekday-days", "hourlyPay", 12.71,
                "startsOn", TODAY.plusDays(10).toString(), "endsOn", TODAY.plusDays(100).toString(), "places", 2));
        body.put("dbsLevel", "enhanced");
        body.put("minimumAge", 18);
        body.putAll(overrides);
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }

    @Test
    void an_employer_posts_a_placement_by_api_and_bad_input_is_named_with_nothing_saved() throws Exception {
        mvc.perform(post("/api/v1/placements").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content(placementJson(Map.of())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.placesLeft").value(2))
                .andExpect(jsonPath("$.hourlyPay").value(12.71));
        long before = offers();
        // Pay below the National Living Wage for someone aged 21 on the start date.
        mvc.perform(post("/api/v1/placements").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content(placementJson(Map.of("hourlyPay", 10.50, "minimumAge", 21))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("hourlyPay"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("below the legal minimum")));
        mvc.perform(post("/api/v1/placements").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content(placementJson(Map.of("endsOn", TODAY.plusDays(5).toString()))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(post("/api/v1/placements").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content(placementJson(Map.of("places", 0))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("places"));
        mvc.perform(post("/api/v1/placements").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content(placementJson(Map.of("places", "many"))))
                .andExpect(status().isBadRequest());
        assertThat(offers()).isEqualTo(before);
        // A navigator cannot post placements; a funder cannot even read them.
        mvc.perform(post("/api/v1/placements").with(as(Role.NAVIGATOR)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/placements").with(as(Role.FUNDER))).andExpect(status().isForbidden());
    }

    @Test
    void a_site_postcode_not_in_the_data_is_refused_naming_the_postcode() throws Exception {
        long sites = jdbc.sql("SELECT count(*) FROM placement_site").query(Long.class).single();
        mvc.perform(post("/api/v1/placement-sites").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nowhere clinic\",\"address\":\"1 High Street\",\"postcode\":\"ZZ99 9ZZ\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("postcode"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ZZ99 9ZZ was not found")));
        mvc.perform(post("/api/v1/placement-sites").with(as(Role.EMPLOYER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nowhere clinic\",\"address\":\"1 High Street\",\"postcode\":\"not a postcode\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("postcode"));
        // The page says so in the NHS.UK error summary, linking to the field.
        String page = mvc.perform(post("/placements/sites").with(as(Role.EMPLOYER))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Nowhere clinic").param("address", "1 High Street").param("postcode", "ZZ99 9ZZ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#postcode\"").contains("ZZ99 9ZZ was not found");
        assertThat(jdbc.sql("SELECT count(*) FROM placement_site").query(Long.class).single()).isEqualTo(sites);
        // A real postcode is located from the shipped data.
        Site located = site("Orsett clinic " + UUID.randomUUID());
        assertThat(located.latitude()).isBetween(51.50, 51.52);
        assertThat(located.localAuthorityCode()).isEqualTo("E06000034");
    }

    @Test
    void two_screens_offering_the_last_place_at_once_exactly_one_wins() throws Exception {
        PlacementOffer offer = offer("Last place test", 1, 1271, 18);
        UUID first = interviewed(offer, participant("Ash", LocalDate.of(1995, 1, 1)));
        UUID second = interviewed(offer, participant("Birch", LocalDate.of(1996, 2, 2)));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (UUID candidate : List.of(first, second)) {
            results.add(pool.submit((Callable<String>) () -> {
                go.await();
                try {
                    placements.recordOutcome(candidate, true, "Good interview", TODAY.plusDays(7), demo(Role.EMPLOYER));
                    return "offered";
                } catch (PlacementsFull e) {
                    return "full";
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("offered", "full");
        assertThat(placements.offer(offer.id(), demo(Role.EMPLOYER)).placesLeft()).isZero();
        // The loser was not half-changed: still at interview, with no checks begun.
        UUID loser = outcomes.get(0).equals("full") ? first : second;
        assertThat(placements.hostView(loser, demo(Role.EMPLOYER)).stage()).isEqualTo("interview");
        assertThat(placements.hostView(loser, demo(Role.EMPLOYER)).checks()).isEmpty();
    }

    @Test
    void an_employer_asking_for_another_employers_candidate_gets_404() throws Exception {
        PlacementOffer offer = offer("Other employer test", 2, 1271, 18);
        UUID candidate = interviewed(offer, participant("Cedar", LocalDate.of(1998, 3, 3)));
        var otherOrg = organisations.add("Other Care Home (placement test)", OrganisationType.EMPLOYER);
        var other = users.create(new NewUser("manager@other-care-home.test", "Other Host", Role.EMPLOYER, otherOrg.id(),
                "another-long-password"));
        var principal = new SignedInUser(other.id(), other.email(), other.displayName(), other.role(), other.organisationId(), true, null);
        var asOther = authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        mvc.perform(get("/api/v1/placement-candidates/" + candidate).with(asOther)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/" + offer.id() + "/candidates").with(asOther)).andExpect(status().isNotFound());
        mvc.perform(get("/placements/candidates/" + candidate).with(asOther)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/placement-candidates/" + candidate + "/outcome").with(asOther).contentType(MediaType.APPLICATION_JSON)
                .content("{\"offered\":true,\"plannedStart\":\"" + TODAY.plusDays(7) + "\"}")).andExpect(status().isNotFound());
        assertThat(placements.hostView(candidate, demo(Role.EMPLOYER)).stage()).isEqualTo("interview");
        // Their own host sees it.
        mvc.perform(get("/api/v1/placement-candidates/" + candidate).with(as(Role.EMPLOYER))).andExpect(status().isOk());
    }

    @Test
    void the_employers_responses_hold_only_the_permitted_fields() throws Exception {
        PlacementOffer offer = offer("Minimum data test", 2, 1271, 18);
        ParticipantId person = participant("Dale", LocalDate.of(1997, 4, 4));
        UUID candidate = interviewed(offer, person);
        // A suggestion the navigator has not put forward stays invisible to the host.
        UUID unseen = placements.suggest(offer.id(), participant("Elm", LocalDate.of(1997, 5, 5)), 50, "test", demo(Role.NAVIGATOR));

        String one = mvc.perform(get("/api/v1/placement-candidates/" + candidate).with(as(Role.EMPLOYER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> json = JsonPath.read(one, "$");
        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "placementId", "name", "stage", "availability", "readinessSummary",
                "adjustments", "interviewAt", "interviewOutcome", "offeredOn", "plannedStartOn", "startedOn", "endedOn", "checks",
                "attendance", "feedback",
                // Step 8: what the host must know to welcome them, in plain words, never the date of birth or a disability.
                "youngPerson", "longerInduction");
        assertThat(json.get("name")).isEqualTo("Dale Placed");
        String list = mvc.perform(get("/api/v1/placements/" + offer.id() + "/candidates").with(as(Role.EMPLOYER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> all = JsonPath.read(list, "$");
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().keySet()).isEqualTo(json.keySet());
        mvc.perform(get("/api/v1/placement-candidates/" + unseen).with(as(Role.EMPLOYER))).andExpect(status().isNotFound());

        String page = mvc.perform(get("/placements/candidates/" + candidate).with(as(Role.EMPLOYER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String response : List.of(one, list, page)) {
            assertThat(response).doesNotContain("RM18 7AG", "1997", "07700 900123", "Cared for a relative", "quiet room",
                    "health-disability", "Suitability", "suitability", "transport");
        }
        // The navigator sees the full record, including the reasons for the suggestion.
        mvc.perform(get("/api/v1/placement-candidates/" + candidate).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suitability").value(70));
    }

    @Test
    void pay_below_the_minimum_for_the_persons_age_on_the_start_date_refuses_putting_them_forward() {
        // £11.00 is legal for 18 to 20 year olds (£10.85 from April 2026) but not for 21 and over (£12.71).
        PlacementOffer offer = offer("Young person's placement", 2, 1100, 18);
        assertThat(placements.oldestLegalAge(1100, offer.startsOn())).isEqualTo(20);
        ParticipantId older = participant("Fern", LocalDate.of(1990, 6, 6));
        UUID candidate = placements.suggest(offer.id(), older, 60, "test", demo(Role.NAVIGATOR));
        assertThatThrownBy(() -> placements.putForward(candidate, "weekdays", "ready", "", demo(Role.NAVIGATOR)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("below the legal minimum of £12.71");
        ParticipantId younger = participant("Gale", TODAY.minusYears(19));
        UUID ok = placements.suggest(offer.id(), younger, 60, "test", demo(Role.NAVIGATOR));
        placements.putForward(ok, "weekdays", "ready", "", demo(Role.NAVIGATOR));
        assertThat(placements.candidate(ok, demo(Role.NAVIGATOR)).stage()).isEqualTo(Stage.PUT_FORWARD);
        assertThat(placements.candidate(candidate, demo(Role.NAVIGATOR)).stage()).isEqualTo(Stage.SUGGESTED);
    }

    @Test
    void the_minimum_wage_is_read_from_the_table_by_the_date() {
        assertThat(placements.minimumWage(25, LocalDate.of(2025, 6, 1)).hourlyPence()).isEqualTo(1221);
        assertThat(placements.minimumWage(25, LocalDate.of(2026, 4, 1)).hourlyPence()).isEqualTo(1271);
        assertThat(placements.minimumWage(19, LocalDate.of(2026, 4, 1)).hourlyPence()).isEqualTo(1085);
        assertThat(placements.minimumWage(17, LocalDate.of(2026, 3, 31)).hourlyPence()).isEqualTo(755);
    }

    @Test
    void checks_block_the_start_until_passed_then_attendance_feedback_and_an_early_end_move_the_participant_by_events() {
        PlacementOffer offer = offer("Pipeline test", 2, 1271, 18, TODAY);
        ParticipantId person = participant("Hazel", LocalDate.of(1994, 7, 7));
        UUID candidate = interviewed(offer, person);
        assertThat(participantRecords.open(person, demo(Role.NAVIGATOR)).status()).isEqualTo(ParticipantStatus.PREPARING);
        placements.recordOutcome(candidate, true, "", TODAY, demo(Role.EMPLOYER));
        HostCandidate offered = placements.hostView(candidate, demo(Role.EMPLOYER));
        assertThat(offered.checks()).hasSize(6);
        assertThat(offered.checks().stream().filter(EmploymentCheck::requiredBeforeStart).map(EmploymentCheck::standard))
                .containsExactlyInAnyOrder(CheckStandard.IDENTITY, CheckStandard.RIGHT_TO_WORK);

        assertThatThrownBy(() -> placements.start(candidate, TODAY, demo(Role.EMPLOYER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Identity").hasMessageContaining("Right to work");
        assertThatThrownBy(() -> placements.updateCheck(candidate, CheckStandard.IDENTITY,
                new Placements.CheckUpdate("passed", null, null, null, null, ""), demo(Role.EMPLOYER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("evidence");
        assertThatThrownBy(() -> placements.updateCheck(candidate, CheckStandard.IDENTITY,
                new Placements.CheckUpdate("passed", null, null, null, TODAY.minusDays(1), "Passport, original seen"), demo(Role.EMPLOYER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("expired");
        placements.updateCheck(candidate, CheckStandard.IDENTITY,
                new Placements.CheckUpdate("passed", null, null, null, TODAY.plusYears(5), "UK passport, original seen"), demo(Role.EMPLOYER));
        placements.updateCheck(candidate, CheckStandard.RIGHT_TO_WORK,
                new Placements.CheckUpdate("passed", null, null, null, null, "UK passport"), demo(Role.NAVIGATOR));
        placements.updateCheck(candidate, CheckStandard.EMPLOYMENT_HISTORY_REFERENCES,
                new Placements.CheckUpdate("in-progress", "third-party", TODAY.minusDays(1), null, null, ""), demo(Role.EMPLOYER));
        assertThat(placements.worklist(demo(Role.EMPLOYER)).stream().filter(c -> c.id().equals(candidate)).findFirst().orElseThrow()
                .overdueChecks()).isEqualTo(1);

        placements.start(candidate, TODAY, demo(Role.EMPLOYER));
        assertThat(participantRecords.open(person, demo(Role.NAVIGATOR)).status()).isEqualTo(ParticipantStatus.IN_PLACEMENT);
        LocalDate monday = TODAY.minusDays(TODAY.getDayOfWeek().getValue() - 1L);
        assertThatThrownBy(() -> placements.confirmWeek(candidate, monday.plusDays(1), new BigDecimal("30"), 0, "", demo(Role.EMPLOYER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Monday");
        placements.confirmWeek(candidate, monday, new BigDecimal("28.5"), 0, "Settling in well", demo(Role.EMPLOYER));
        placements.feedback(candidate, "midpoint", 5, 4, 4, 5, "Kind with patients", "not-yet", demo(Role.EMPLOYER));
        assertThatThrownBy(() -> placements.feedback(candidate, "midpoint", 5, 4, 4, 5, "again", "yes", demo(Role.EMPLOYER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already");

        assertThatThrownBy(() -> placements.end(candidate, TODAY, false, " ", demo(Role.EMPLOYER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reason");
        placements.end(candidate, TODAY, false, "Moved away from the area", demo(Role.EMPLOYER));
        var record = participantRecords.open(person, demo(Role.NAVIGATOR));
        assertThat(record.status()).isEqualTo(ParticipantStatus.PREPARING);
        assertThat(participantRecords.timeline(person, demo(Role.NAVIGATOR))).anySatisfy(e ->
                assertThat(e.detail()).contains("ended early").contains("Moved away from the area"));
        Candidate full = placements.candidate(candidate, demo(Role.NAVIGATOR));
        assertThat(full.stage()).isEqualTo(Stage.ENDED_EARLY);
        assertThat(full.attendance()).singleElement().satisfies(w -> assertThat(w.hoursAttended()).isEqualByComparingTo("28.5"));
        assertThat(full.daysOfferToStart()).isZero();
    }

    @Test
    void a_host_cannot_act_on_a_candidate_before_they_are_put_forward_and_stale_pages_are_refused() {
        PlacementOffer offer = offer("Stage test", 2, 1271, 18);
        UUID candidate = placements.suggest(offer.id(), participant("Iris", LocalDate.of(1999, 9, 9)), 55, "test", demo(Role.NAVIGATOR));
        assertThatThrownBy(() -> placements.hostView(candidate, demo(Role.EMPLOYER))).isInstanceOf(RecordNotFound.class);
        placements.putForward(candidate, "weekdays", "ready", "", demo(Role.NAVIGATOR));
        assertThatThrownBy(() -> placements.putForward(candidate, "weekdays", "ready", "", demo(Role.NAVIGATOR)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Reload");
        assertThatThrownBy(() -> placements.start(candidate, TODAY, demo(Role.EMPLOYER))).isInstanceOf(RuleViolation.class);
        assertThat(Set.of(placements.hostView(candidate, demo(Role.EMPLOYER)).stage())).containsExactly("put-forward");
        // Once closed, nobody new is suggested, and the placement is no longer offered to matching.
        placements.close(offer.id(), demo(Role.EMPLOYER));
        assertThatThrownBy(() -> placements.suggest(offer.id(), participant("Jay", LocalDate.of(1999, 9, 9)), 55, "test",
                demo(Role.NAVIGATOR))).isInstanceOf(RuleViolation.class).hasMessageContaining("closed");
        assertThat(placements.openPlacements(pilot(), demo(Role.NAVIGATOR))).noneMatch(o -> o.id().equals(offer.id()));
        assertThatThrownBy(() -> placements.close(offer.id(), demo(Role.NAVIGATOR))).isInstanceOf(RecordNotFound.class);
    }
}
