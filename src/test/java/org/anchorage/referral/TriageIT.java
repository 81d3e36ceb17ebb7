package org.anchorage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/** Triage through the pages: duplicates are spotted, merging keeps both histories, stale pages are refused. */
class TriageIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    Referrals referrals;

    private UUID refer(String given, String family, java.time.LocalDate dob, String postcode, boolean self) {
        var programme = new org.anchorage.programme.ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
        var n = new NewReferral(programme, given, family, dob, postcode, null, "07700 900" + (100 + given.length()),
                ContactPreference.PHONE, java.util.List.of(WorkInterest.NOT_SURE), Referrals.PRIVACY_NOTICE_VERSION, true,
                self ? "self-referral form" : "Youth team", null);
        if (self) {
            return referrals.receiveSelfReferral(n).id().value();
        }
        var account = users.findByEmail(demoEmail(Role.REFERRAL_PARTNER)).orElseThrow();
        var partner = new org.anchorage.identity.SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), true, null);
        return referrals.receiveFromPartner(n, partner).id().value();
    }

    private UUID referral(String givenName) {
        return jdbc.sql("SELECT id FROM referral_referral WHERE given_name = :n AND status <> 'merged' ORDER BY received_at LIMIT 1")
                .param("n", givenName).query(UUID.class).single();
    }

    private int version(UUID id) {
        return jdbc.sql("SELECT version FROM referral_referral WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void the_same_person_referred_twice_with_a_typo_is_flagged_and_merged_keeping_both_histories() throws Exception {
        UUID jordan = refer("Morgan", "Whitfield", java.time.LocalDate.of(2002, 9, 9), "SS1 2AJ", true);
        UUID jordon = refer("Morgen", "Whitfeild", java.time.LocalDate.of(2002, 9, 9), "ss12aj", false);
        String page = mvc.perform(get("/triage/" + jordon).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This may be someone already referred").contains("same date of birth")
                .contains("similar name").contains("same postcode");

        mvc.perform(post("/triage/" + jordon).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "merge").param("version", Integer.toString(version(jordon))).param("into", jordan.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM referral_referral WHERE id = :id").param("id", jordon).query(String.class).single())
                .isEqualTo("merged");
        String history = mvc.perform(get("/triage/" + jordan).with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Referred themself").contains("Referred by a partner").contains("was the same person");
    }

    @Test
    void accepting_makes_a_participant_and_a_stale_page_cannot_decide_twice() throws Exception {
        UUID riley = refer("Rowan", "Outside", java.time.LocalDate.of(1991, 4, 4), "CM2 8HD", true);
        int version = version(riley);
        String page = mvc.perform(get("/triage/" + riley).with(as(Role.NAVIGATOR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Does not meet every rule: your decision");
        UUID navigator = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow().id().value();
        mvc.perform(post("/triage/" + riley).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "accept").param("version", Integer.toString(version)).param("navigatorId", navigator.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM participant_participant WHERE referral_id = :id").param("id", riley)
                .query(Long.class).single()).isEqualTo(1);
        String again = mvc.perform(post("/triage/" + riley).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "decline").param("version", Integer.toString(version)).param("reason", "changed my mind"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("There is a problem").contains("already been accepted");
    }

    @Test
    void declining_needs_a_reason() throws Exception {
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(mvc.perform(
                        post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType("application/json")
                                .content("{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"Frankie\",\"familyName\":\"Decline\","
                                        + "\"dateOfBirth\":\"1999-01-01\",\"postcode\":\"SS14 3QB\",\"phone\":\"07700 900123\","
                                        + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true}}"))
                .andReturn().getResponse().getContentAsString(), "$.id"));
        String page = mvc.perform(post("/triage/" + id).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "decline").param("version", "0").param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Give the reason for declining");
        mvc.perform(get("/triage/" + id).with(as(Role.EMPLOYER))).andExpect(status().isForbidden());
    }
}
