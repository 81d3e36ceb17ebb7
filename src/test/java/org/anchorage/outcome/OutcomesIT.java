package org.anchorage.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.participant.TimelineEntry;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outcomes on PostgreSQL with a fixed clock: a full-time start at £13.00 an hour, its 4-, 13- and 26-week checks,
 * the statuses changing with time and with evidence, the sustainment outcome moving the person to Sustained in
 * work, a manager marking a claim (bad dates refused naming the field), the claims CSV, and the API.
 */
class OutcomesIT extends IntegrationTest {

    @Autowired
    JobStarts jobStarts;

    @Autowired
    Outcomes outcomes;

    @Autowired
    Participants participants;

    @Autowired
    Referrals referrals;

    Programme programme;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        programme = programmes.add(new ProgrammeDetails("Outcomes test " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Made by the outcomes tests", demoOrganisations), null, demo(Role.ADMINISTRATOR));
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    /** A programme only another organisation (not the demo manager's) takes part in. */
    private Programme programmeElsewhere() {
        UUID other = jdbc.sql("SELECT id FROM organisation_organisation WHERE id <> :mine ORDER BY name LIMIT 1")
                .param("mine", demo(Role.PROGRAMME_MANAGER).organisationId().value()).query(UUID.class).single();
        return programmes.add(new ProgrammeDetails("Elsewhere " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Not the demo manager's", Set.of(new OrganisationId(other))), null, demo(Role.ADMINISTRATOR));
    }

    private ParticipantId person(String given) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Outcomes", LocalDate.of(1990, 3, 1), "RM18 7AG", null,
                "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(r.id(), r.version(), demo(Role.NAVIGATOR).id(), demo(Role.NAVIGATOR));
        return participants.forReferral(r.id()).orElseThrow();
    }

    private static SustainmentCheck.New check(int weeks, LocalDate on, String evidence) {
        return new SustainmentCheck.New(weeks, on, "same-job", new BigDecimal("37.5"), evidence, "", null, null);
    }

    private Map<String, OutcomeStatus> statuses(ParticipantId person) {
        return outcomes.of(person, demo(Role.NAVIGATOR)).getFirst().outcomes().stream()
                .collect(Collectors.toMap(OutcomeStatus::definition, s -> s));
    }

    private Map<String, String> statusNames(ParticipantId person) {
        return statuses(person).values().stream().collect(Collectors.toMap(OutcomeStatus::definition, OutcomeStatus::status));
    }

    @Test
    void outcomes_change_with_time_and_evidence_the_sustainment_outcome_moves_the_person_on_and_a_manager_claims_it() throws Exception {
        clock.fixAt("2026-12-06T09:00");
        ParticipantId person = person("Bethan");
        LocalDate start = LocalDate.of(2026, 12, 7);
        // 37.5 h × £13.00 = £487.50 a week against 416 × £12.71 (the living wage from April 2026) = £5,287.36:
        // 10 weeks £4,875.00, 11 weeks £5,362.50, so week 11, ending 7 December + 77 days − 1 = 21 February 2027.
        // IPS baseline: week 13 ends 7 March 2027; sustained 3 months: 7 March 2027.
        UUID job = jobStarts.record(person, new JobStart.New("Royal Free Hospital", "nhs", "Porter", "portering", "Band 2", 1300,
                new BigDecimal("37.5"), false, "permanent", start, "employer-confirmation"), demo(Role.NAVIGATOR));
        assertThat(statuses(person)).extractingFromEntries(e -> e.getValue().projectedOn()).containsExactlyInAnyOrder(
                LocalDate.of(2027, 2, 21), LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 7));
        assertThat(statusNames(person)).containsOnlyKeys("dwp-earnings", "ips-baseline", "sustained-3-months")
                .allSatisfy((k, v) -> assertThat(v).isEqualTo(OutcomeStatus.ON_TRACK));

        clock.fixAt("2027-01-05T09:00");
        jobStarts.recordCheck(person, job, check(4, LocalDate.of(2027, 1, 5), "payslip-seen"), demo(Role.NAVIGATOR));
        assertThat(statusNames(person)).allSatisfy((k, v) -> assertThat(v).isEqualTo(OutcomeStatus.ON_TRACK));

        clock.fixAt("2027-02-22T09:00");
        assertThat(statusNames(person)).containsEntry("dwp-earnings", OutcomeStatus.NEEDS_EVIDENCE)
                .containsEntry("sustained-3-months", OutcomeStatus.ON_TRACK);

        // The 13-week check on the participant's word: every projected date has passed, but that is not evidence.
        clock.fixAt("2027-03-08T09:00");
        jobStarts.recordCheck(person, job, check(13, LocalDate.of(2027, 3, 8), "participant-said"), demo(Role.NAVIGATOR));
        assertThat(statusNames(person)).allSatisfy((k, v) -> assertThat(v).isEqualTo(OutcomeStatus.NEEDS_EVIDENCE));
        assertThat(participants.open(person, demo(Role.NAVIGATOR)).status()).isEqualTo(ParticipantStatus.IN_WORK);

        // The 26-week check with a payslip seen evidences all three; the sustainment one moves the person on.
        clock.fixAt("2027-06-07T09:00");
        jobStarts.recordCheck(person, job, check(26, LocalDate.of(2027, 6, 7), "payslip-seen"), demo(Role.NAVIGATOR));
        assertThat(statuses(person).values()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(OutcomeStatus.ACHIEVED);
            assertThat(s.achievedOn()).isEqualTo(LocalDate.of(2027, 6, 7));
            assertThat(s.achievementId()).isNotNull();
        });
        assertThat(participants.open(person, demo(Role.NAVIGATOR)).status()).isEqualTo(ParticipantStatus.SUSTAINED);
        assertThat(participants.timeline(person, demo(Role.NAVIGATOR))).extracting(TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Outcome achieved: Sustained 3 months, evidenced on 7 June 2027") && d.contains("→ Sustained in work"));
        assertThat(jdbc.sql("SELECT count(*) FROM outcome_achievement WHERE job_start_id = :j").param("j", job).query(Long.class).single())
                .isEqualTo(3L);

        // The record's Work section shows them on the job card.
        String work = mvc.perform(get("/participants/" + person.value() + "/work").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(work).contains("id=\"outcomes-" + job + "\"", "Sustained 3 months", "Achieved", "Projected 21 February 2027");

        // The API answers the same, ISO dates.
        String api = mvc.perform(get("/api/v1/participants/" + person.value() + "/outcomes").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"definition\":\"sustained-3-months\"", "\"status\":\"achieved\"", "\"projectedOn\":\"2027-03-07\"",
                "\"achievedOn\":\"2027-06-07\"", "\"claimedOn\":null", "\"jobStartId\":\"" + job + "\"");
        mvc.perform(get("/api/v1/participants/" + UUID.randomUUID() + "/outcomes").with(as(Role.NAVIGATOR))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/v3/api-docs").with(as(Role.NAVIGATOR))).andReturn().getResponse().getContentAsString())
                .contains("/api/v1/participants/{id}/outcomes");

        // The claims list: three achieved, none claimed; a manager marks the sustainment one claimed.
        SignedInUser manager = demo(Role.PROGRAMME_MANAGER);
        List<Outcomes.Claim> achieved = outcomes.claims(programme.id(), "achieved", null, manager);
        assertThat(achieved).hasSize(3).allSatisfy(c -> assertThat(c.person()).isEqualTo("Bethan Outcomes"));
        UUID sustained = achieved.stream().filter(c -> c.definition().equals("sustained-3-months")).findFirst().orElseThrow().id();

        clock.fixAt("2027-06-10T09:00");
        String future = mvc.perform(post("/programmes/" + programme.id().value() + "/claims/mark").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("achievement", sustained.toString()).param("claimedDay", "11").param("claimedMonth", "6").param("claimedYear", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("nhsuk-error-summary", "The date claimed must be today or in the past", "href=\"#claimed\"");
        assertThatThrownBy(() -> outcomes.markClaimed(programme.id(), sustained, LocalDate.of(2027, 6, 6), manager))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("claimedOn");
                    assertThat(e.getMessage()).isEqualTo("The date claimed must be on or after the day it was achieved, 7 June 2027");
                });
        assertThat(outcomes.claims(programme.id(), "claimed", null, manager)).isEmpty();

        mvc.perform(post("/programmes/" + programme.id().value() + "/claims/mark").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("achievement", sustained.toString()).param("claimedDay", "10").param("claimedMonth", "6").param("claimedYear", "2027"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusNames(person)).containsEntry("sustained-3-months", OutcomeStatus.CLAIMED).containsEntry("ips-baseline", OutcomeStatus.ACHIEVED);
        assertThat(statuses(person).get("sustained-3-months").claimedOn()).isEqualTo(LocalDate.of(2027, 6, 10));
        assertThatThrownBy(() -> outcomes.markClaimed(programme.id(), sustained, LocalDate.of(2027, 6, 10), manager))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.getMessage()).startsWith("This outcome was already marked claimed"));

        // The page filters by status and definition; the CSV names the filters in its file name.
        String page = mvc.perform(get("/programmes/" + programme.id().value() + "/claims").param("status", "achieved")
                .with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 outcomes", "IPS baseline").doesNotContain("Sustained 3 months</span>");
        var csv = mvc.perform(get("/programmes/" + programme.id().value() + "/claims.csv").param("status", "claimed")
                .with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).contains("claims-claimed-all-outcomes.csv");
        assertThat(csv.getContentAsString().lines().toList()).containsExactly(
                "achievement_id,participant_id,person,job,job_started_on,outcome,outcome_name,status,achieved_on,evidence,claimed_on,claimed_by",
                sustained + "," + person.value() + ",Bethan Outcomes,Porter at Royal Free Hospital,2026-12-07,sustained-3-months,Sustained 3 months,claimed,"
                        + "2027-06-07,payslip-seen,2027-06-10," + manager.displayName());
        var byDefinition = outcomes.claims(programme.id(), null, "dwp-earnings", manager);
        assertThat(byDefinition).singleElement().extracting(Outcomes.Claim::status).isEqualTo(OutcomeStatus.ACHIEVED);

        // Anyone but a manager of the programme: not found.
        assertThatThrownBy(() -> outcomes.claims(programme.id(), null, null, demo(Role.NAVIGATOR))).isInstanceOf(RecordNotFound.class);
        UUID elsewhere = programmeElsewhere().id().value();
        mvc.perform(get("/programmes/" + elsewhere + "/claims").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + elsewhere + "/claims.csv").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
    }

    @Test
    void a_job_under_the_programmes_hours_shows_why_it_does_not_count_and_a_leaver_before_three_months_has_not_met_it() throws Exception {
        clock.fixAt("2026-12-06T09:00");
        ParticipantId person = person("Ceri");
        UUID part = jobStarts.record(person, new JobStart.New("Care Home", "social-care", "Care assistant", "nursing-support", null, 1300,
                new BigDecimal("12"), false, "bank", LocalDate.of(2026, 12, 7), "participant-said"), demo(Role.NAVIGATOR));
        JobOutcomes outcome = outcomes.of(person, demo(Role.NAVIGATOR)).getFirst();
        assertThat(outcome.notCountedBecause()).isEqualTo("Under the programme's 16 hours a week");
        assertThat(mvc.perform(get("/participants/" + person.value() + "/work").with(as(Role.NAVIGATOR))).andReturn().getResponse()
                .getContentAsString()).contains("This job does not count for the programme's outcomes:", "Under the programme&#39;s 16 hours a week");

        clock.fixAt("2027-01-05T09:00");
        jobStarts.recordCheck(person, part, new SustainmentCheck.New(4, LocalDate.of(2027, 1, 5), "left", null, "employer-confirmation", "",
                LocalDate.of(2027, 1, 4), "contract-ended"), demo(Role.NAVIGATOR));
        UUID full = jobStarts.record(person, new JobStart.New("Royal Free Hospital", "nhs", "Porter", "portering", null, 1300,
                new BigDecimal("37.5"), false, "permanent", LocalDate.of(2027, 1, 11), "employer-confirmation"), demo(Role.NAVIGATOR));
        clock.fixAt("2027-02-09T09:00");
        jobStarts.recordCheck(person, full, new SustainmentCheck.New(4, LocalDate.of(2027, 2, 8), "left", null, "employer-confirmation", "",
                LocalDate.of(2027, 2, 5), "resigned-other"), demo(Role.NAVIGATOR));
        JobOutcomes latest = outcomes.of(person, demo(Role.NAVIGATOR)).getFirst();
        assertThat(latest.jobStart()).isEqualTo(full);
        assertThat(latest.outcomes()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(OutcomeStatus.NOT_MET);
            assertThat(s.projectedOn()).isNull();
        });
        assertThat(participants.open(person, demo(Role.NAVIGATOR)).status()).isNotIn(ParticipantStatus.IN_WORK, ParticipantStatus.SUSTAINED);
    }
}
