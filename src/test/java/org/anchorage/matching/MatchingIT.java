package org.anchorage.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Employers;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Matching on real data: scores with reasons, the exact assignment, and nothing assigned until a navigator confirms. */
class MatchingIT extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Matching matching;

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

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private ProgrammeId pilot() {
        return new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
    }

    private ParticipantId person(String given, String postcode, LocalDate born, List<String> interests, Integer hours, List<String> shifts) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(pilot(), given, "Matched", born, postcode, null, "07700 900999",
                ContactPreference.PHONE, List.of(WorkInterest.NOT_SURE), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        ParticipantId id = participants.forReferral(r.id()).orElseThrow();
        if (interests != null) {
            plans.assess(id, new Assessment(null, null, null, "", List.of(), interests, hours, shifts, "", "",
                    plans.scales().getFirst().id(), List.of(5, 5, 5, 5)), navigator);
        }
        return id;
    }

    private PlacementOffer placement(String title, String family, String postcode, int places, int minimumAge) {
        var site = employers.addSite(title + " site " + UUID.randomUUID(), "1 Test Road", postcode, demo(Role.EMPLOYER));
        return placements.post(new Placements.NewPlacement(pilot(), site.id(), null, title, family, null, "", new BigDecimal("30"),
                "weekday-days", 1271, TODAY.plusDays(14), TODAY.plusDays(100), places, "none", minimumAge, List.of()),
                demo(Role.EMPLOYER));
    }

    @Test
    void each_proposed_pair_has_its_score_and_reasons_and_nothing_is_assigned_until_a_navigator_confirms() throws Exception {
        ParticipantId near = person("Nell", "RM18 7AA", LocalDate.of(1998, 1, 1), List.of("pharmacy"), 30, List.of("weekday-days"));
        ParticipantId far = person("Farah", "SS1 2AJ", LocalDate.of(1998, 1, 1), List.of("pharmacy"), 30, List.of("weekday-days"));
        ParticipantId unassessed = person("Una", "RM18 7AA", LocalDate.of(1998, 1, 1), null, null, null);
        ParticipantId tooYoung = person("Tam", "RM18 7AA", TODAY.minusYears(17), List.of("pharmacy"), 30, List.of("weekday-days"));
        PlacementOffer pharmacy = placement("Pharmacy assistant (matching test)", "pharmacy", "RM16 3EU", 1, 18);

        Proposal proposal = matching.propose(pilot(), pharmacy.id(), demo(Role.NAVIGATOR));
        assertThat(proposal.matches()).singleElement().satisfies(m -> {
            assertThat(m.participant()).isEqualTo(near);
            assertThat(m.suitability()).isBetween(1, 100);
            assertThat(String.join(" | ", m.reasons())).contains("Interested in pharmacy").contains("km from home")
                    .contains("Can work 30 hours a week").contains("Aged");
        });
        List<String> matchedOrLeft = proposal.matches().stream().map(Proposal.Match::name).toList();
        // Southend is more than 15 km from Orsett, the 17-year-old is under the minimum age, and an unassessed person is not ready.
        assertThat(matchedOrLeft).doesNotContain("Farah Matched", "Tam Matched", "Una Matched");
        assertThat(proposal.totalSuitability()).isGreaterThanOrEqualTo(proposal.greedyTotalSuitability());
        assertThat(jdbc.sql("SELECT count(*) FROM placement_candidate WHERE offer_id = :o").param("o", pharmacy.id())
                .query(Long.class).single()).as("nothing is assigned by proposing").isZero();

        int confirmed = matching.confirm(pilot(), List.of(proposal.matches().getFirst().key()), demo(Role.NAVIGATOR));
        assertThat(confirmed).isEqualTo(1);
        var candidates = placements.candidatesOn(pharmacy.id(), demo(Role.NAVIGATOR));
        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.participant()).isEqualTo(near);
            assertThat(c.suitability()).isEqualTo(proposal.matches().getFirst().suitability());
            assertThat(c.reasons()).contains("km from home");
        });
        assertThat(far).isNotEqualTo(unassessed).isNotEqualTo(tooYoung);
    }

    private PlacementOffer placement(String title, String postcode, int places, int payPence) {
        var site = employers.addSite(title + " site " + UUID.randomUUID(), "1 Test Road", postcode, demo(Role.EMPLOYER));
        return placements.post(new Placements.NewPlacement(pilot(), site.id(), null, title, "pharmacy", null, "", new BigDecimal("30"),
                "weekday-days", payPence, TODAY.plusDays(14), TODAY.plusDays(100), places, "none", 18, List.of()),
                demo(Role.EMPLOYER));
    }

    private static String reasonFor(Proposal proposal, ParticipantId person) {
        return proposal.unmatched().stream().filter(u -> u.participant().equals(person)).map(Proposal.Unmatched::reason)
                .findFirst().orElse("(matched)");
    }

    @Test
    void everyone_left_out_is_told_why_in_plain_words() throws Exception {
        ParticipantId first = person("Nia", "RM18 7AA", LocalDate.of(1990, 1, 1), List.of("pharmacy"), 37, List.of("weekday-days"));
        ParticipantId second = person("Noor", "RM18 7AA", LocalDate.of(1990, 1, 1), List.of("pharmacy"), 10, List.of("evenings"));
        ParticipantId far = person("Fenn", "SS1 2AJ", LocalDate.of(1990, 1, 1), List.of("pharmacy"), 30, List.of("weekday-days"));
        ParticipantId young = person("Yas", "RM18 7AA", TODAY.minusYears(17), List.of("pharmacy"), 30, List.of("weekday-days"));
        ParticipantId porter = person("Pip", "RM18 7AA", LocalDate.of(1990, 1, 1), List.of("portering"), 30, List.of("weekday-days"));
        PlacementOffer onePlace = placement("Pharmacy assistant (reasons test)", "RM16 3EU", 1, 1271);

        Proposal proposal = matching.propose(pilot(), onePlace.id(), demo(Role.NAVIGATOR));
        // One place: the best match takes it (perhaps someone from another test), so Noor, with fewer hours, is left out.
        assertThat(proposal.matches()).hasSize(1);
        assertThat(first).isNotEqualTo(second);
        assertThat(reasonFor(proposal, second)).isEqualTo("All places within 15 km went to closer matches");
        assertThat(reasonFor(proposal, far)).isEqualTo("No placement within 15 km");
        assertThat(reasonFor(proposal, young)).isEqualTo("Too young for the placements within 15 km (the youngest they take is 18)");
        assertThat(reasonFor(proposal, porter))
                .isEqualTo("No placement in the role families they want within 15 km, and the places nearby went to closer matches");

        // Pay legal only for people under 21 leaves a 36-year-old out, and says so.
        PlacementOffer lowPay = placement("Pharmacy runner (reasons test)", "RM16 3EU", 1, 1085);
        Proposal low = matching.propose(pilot(), lowPay.id(), demo(Role.NAVIGATOR));
        assertThat(reasonFor(low, second)).isEqualTo("Pay is below the minimum wage for their age at every placement within 15 km");

        // For one person, from their record: why they are not ready, on the page.
        ParticipantId unassessed = person("Uma", "RM18 7AA", LocalDate.of(1990, 1, 1), null, null, null);
        String page = mvc.perform(get("/matching").param("participant", unassessed.value().toString()).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Placements for Uma Matched").contains("Not matched this time")
                .contains("No assessment in their plan yet");
        // The cohort page names each person left out beside the reason.
        String cohort = mvc.perform(get("/matching").param("programme", pilot().value().toString())
                        .param("placement", onePlace.id().toString()).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cohort).contains("Fenn Matched").contains("No placement within 15 km")
                .contains("href=\"/participants/" + far.value() + "/placements\"");
    }

    @Test
    void a_forged_or_stale_pair_is_refused_naming_the_choice_and_saving_nothing() throws Exception {
        PlacementOffer offer = placement("Porter (matching test)", "portering", "RM16 3EU", 1, 18);
        long before = jdbc.sql("SELECT count(*) FROM placement_candidate").query(Long.class).single();
        assertThatThrownBy(() -> matching.confirm(pilot(), List.of(UUID.randomUUID() + ":" + offer.id()), demo(Role.NAVIGATOR)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no longer available");
        assertThatThrownBy(() -> matching.confirm(pilot(), List.of(), demo(Role.NAVIGATOR)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Choose at least one");
        String page = mvc.perform(post("/matching/confirmations").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("programme", pilot().value().toString()).param("pairs", "not-a-pair"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#pairs\"");
        assertThat(jdbc.sql("SELECT count(*) FROM placement_candidate").query(Long.class).single()).isEqualTo(before);
        // Employers and funders cannot match people.
        mvc.perform(get("/matching").with(as(Role.EMPLOYER))).andExpect(status().isForbidden());
        mvc.perform(get("/matching").with(as(Role.FUNDER))).andExpect(status().isForbidden());
    }

    @Test
    void the_readiness_score_grows_with_the_plan_and_training() {
        var bare = new org.anchorage.plan.MatchingProfile(List.of(), null, List.of(), 0, 0, 0);
        var progressed = new org.anchorage.plan.MatchingProfile(List.of(), null, List.of(), 1, 2, 4);
        assertThat(Matching.readiness(bare, 0)).isEqualTo(20);
        assertThat(Matching.readiness(progressed, 2)).isEqualTo(20 + 20 + 10 + 20);
        assertThat(Matching.readiness(progressed, 9)).isLessThanOrEqualTo(100);
        assertThat(Matching.availabilityMask(List.of("weekday-days")) & Matching.shiftMask(List.of("school-hours"))).isNotZero();
    }
}
