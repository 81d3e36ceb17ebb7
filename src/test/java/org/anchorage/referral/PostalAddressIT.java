package org.anchorage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Letters need an address: the partner's form, the resident's questions and the API refuse a letter
 * without one, naming each missing line together with the other errors; the address is shown at triage
 * and to the partner, and copied onto the participant record on acceptance. Triage then leads on: to the
 * new record, or back to the queue.
 */
class PostalAddressIT extends IntegrationTest {

    private long referralsNamed(String givenName) {
        return jdbc.sql("SELECT count(*) FROM referral_referral WHERE given_name = :n").param("n", givenName)
                .query(Long.class).single();
    }

    private UUID referralNamed(String givenName) {
        return jdbc.sql("SELECT id FROM referral_referral WHERE given_name = :n").param("n", givenName).query(UUID.class).single();
    }

    private Map<String, Object> participantOf(UUID referral) {
        return jdbc.sql("SELECT id, address_line_1, address_line_2, town FROM participant_participant WHERE referral_id = :r")
                .param("r", referral).query().singleRow();
    }

    /** The page a decision redirects to, in the session that holds its flash attributes (Spring Session's, by cookie). */
    private org.springframework.test.web.servlet.RequestBuilder confirmationOf(MvcResult decided) {
        return get(decided.getResponse().getRedirectedUrl()).with(as(Role.NAVIGATOR)).cookie(decided.getResponse().getCookies());
    }

    private String navigatorId() {
        return users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow().id().value().toString();
    }

    @Test
    void the_partner_form_refuses_a_letter_without_an_address_listing_every_error_at_once() throws Exception {
        String page = mvc.perform(post("/referrals").with(as(Role.REFERRAL_PARTNER)).with(csrf())
                        .param("programmeId", resolve("{national-pilot}")).param("givenName", "Lettie").param("familyName", "")
                        .param("dateOfBirthDay", "3").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "1998")
                        .param("postcode", "RM18 7AG").param("contactPreference", "post").param("phone", "07700 900321")
                        .param("addressLine2", "Flat 2").param("consent", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("href=\"#familyName\"").contains("Enter their last name")
                .contains("href=\"#addressLine1\"").contains("Enter the first line of the address, so letters can be sent")
                .contains("href=\"#town\"").contains("Enter the town or city, so letters can be sent")
                .contains("value=\"Flat 2\"").contains("value=\"Lettie\"");
        assertThat(referralsNamed("Lettie")).isZero();

        MvcResult sent = mvc.perform(post("/referrals").with(as(Role.REFERRAL_PARTNER)).with(csrf())
                        .param("programmeId", resolve("{national-pilot}")).param("givenName", "Lettie").param("familyName", "Post")
                        .param("dateOfBirthDay", "3").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "1998")
                        .param("postcode", "RM18 7AG").param("contactPreference", "post").param("phone", "07700 900321")
                        .param("addressLine1", " 14 Dock Road ").param("addressLine2", "Flat 2").param("town", "Tilbury")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = referralNamed("Lettie");
        String mine = mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(as(Role.REFERRAL_PARTNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Letter").contains("14 Dock Road").contains("Flat 2").contains("Tilbury").contains("RM18 7AG");
        String triage = mvc.perform(get("/triage/" + id).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(triage).contains("Postal address").contains("14 Dock Road").contains("Tilbury");
    }

    @Test
    void an_address_is_optional_for_other_ways_of_being_contacted() throws Exception {
        mvc.perform(post("/referrals").with(as(Role.REFERRAL_PARTNER)).with(csrf())
                        .param("programmeId", resolve("{national-pilot}")).param("givenName", "Phoebe").param("familyName", "Phone")
                        .param("dateOfBirthDay", "3").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "1998")
                        .param("postcode", "RM18 7AG").param("contactPreference", "phone").param("phone", "07700 900322")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT address_line_1 IS NULL AND town IS NULL FROM referral_referral WHERE given_name = 'Phoebe'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_resident_is_asked_for_both_missing_lines_together_and_checks_the_address_before_sending() throws Exception {
        Cookie[] session = mvc.perform(post("/self-referral").with(csrf())).andReturn().getResponse().getCookies();
        Map<String, Map<String, String>> answers = Map.of(
                "programme", Map.of("programmeId", resolve("{national-pilot}")),
                "name", Map.of("givenName", "Rosa", "familyName", "Resident"),
                "date-of-birth", Map.of("day", "9", "month", "10", "year", "2001"),
                "postcode", Map.of("postcode", "RM18 7AG"));
        for (String step : List.of("programme", "name", "date-of-birth", "postcode")) {
            var request = post("/self-referral/" + step).cookie(session).with(csrf());
            answers.get(step).forEach(request::param);
            mvc.perform(request).andExpect(status().is3xxRedirection());
        }
        String refused = mvc.perform(post("/self-referral/contact").cookie(session).with(csrf())
                        .param("contactPreference", "post").param("addressLine2", "Riverside"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem")
                .contains("href=\"#addressLine1\"").contains("Enter the first line of your address, so letters can be sent")
                .contains("href=\"#town\"").contains("Enter the town or city, so letters can be sent")
                .contains("value=\"Riverside\"");
        // Skipping ahead without the address is sent back to the question.
        mvc.perform(get("/self-referral/interests").cookie(session)).andExpect(redirectedUrl("/self-referral/contact"));

        mvc.perform(post("/self-referral/contact").cookie(session).with(csrf()).param("contactPreference", "post")
                        .param("addressLine1", "7 Quay Street").param("addressLine2", "Riverside").param("town", "Grays"))
                .andExpect(redirectedUrl("/self-referral/interests"));
        mvc.perform(post("/self-referral/interests").cookie(session).with(csrf()).param("workInterests", "not-sure"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/self-referral/consent").cookie(session).with(csrf()).param("consent", "yes"))
                .andExpect(redirectedUrl("/self-referral/check"));
        String check = mvc.perform(get("/self-referral/check").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Address").contains("7 Quay Street").contains("Riverside").contains("Grays")
                .contains("/self-referral/contact?change=yes");
        mvc.perform(post("/self-referral/check").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/self-referral/confirmation"));
        assertThat(jdbc.sql("SELECT address_line_1 || ', ' || address_line_2 || ', ' || town FROM referral_referral WHERE given_name = 'Rosa'")
                .query(String.class).single()).isEqualTo("7 Quay Street, Riverside, Grays");
    }

    private String apiBody(String givenName, String familyName, String address) {
        return "{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"" + givenName + "\",\"familyName\":\""
                + familyName + "\",\"dateOfBirth\":\"2000-05-05\",\"postcode\":\"RM18 7AG\",\"phone\":\"07700 900323\","
                + "\"contactPreference\":\"post\"," + (address == null ? "" : "\"address\":" + address + ",")
                + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"Jobcentre\"}";
    }

    @Test
    void the_api_names_each_missing_line_of_the_address_with_the_other_errors_and_saves_nothing() throws Exception {
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(apiBody("Apiary", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("familyName", "address.line1", "address.town")));
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(apiBody("Apiary", "Letters", "{\"line1\":\"\",\"line2\":\"Unit 4\",\"town\":\"" + "x".repeat(101) + "\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("address.line1", "address.town")));
        assertThat(referralsNamed("Apiary")).isZero();

        String created = mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(apiBody("Apiary", "Letters", "{\"line1\":\"1 Civic Square\",\"town\":\"Tilbury\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contactPreference").value("post"))
                .andExpect(jsonPath("$.address.line1").value("1 Civic Square"))
                .andExpect(jsonPath("$.address.town").value("Tilbury"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/referrals/" + JsonPath.read(created, "$.id")).with(as(Role.REFERRAL_PARTNER)))
                .andExpect(jsonPath("$.address.line1").value("1 Civic Square"));
    }

    @Test
    void accepting_copies_the_address_to_the_record_and_the_confirmation_links_to_it() throws Exception {
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(apiBody("Ada", "Accepted", "{\"line1\":\"22 Orsett Road\",\"line2\":\"Upper flat\",\"town\":\"Grays\"}")))
                .andExpect(status().isCreated());
        UUID referral = referralNamed("Ada");
        MvcResult accepted = mvc.perform(post("/triage/" + referral).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "accept").param("version", "0").param("navigatorId", navigatorId()))
                .andExpect(redirectedUrl("/triage/" + referral)).andReturn();
        Map<String, Object> participant = participantOf(referral);
        assertThat(participant).containsEntry("address_line_1", "22 Orsett Road").containsEntry("address_line_2", "Upper flat")
                .containsEntry("town", "Grays");

        String confirmation = mvc.perform(confirmationOf(accepted))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Accepted: Ada Accepted is now a participant")
                .contains("href=\"/participants/" + participant.get("id") + "\"").contains("Open Ada Accepted’s record");
        String details = mvc.perform(get("/participants/" + participant.get("id") + "/details").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(details).contains("22 Orsett Road").contains("Upper flat").contains("Grays");
    }

    @Test
    void accepting_onto_another_navigators_caseload_says_whose_and_leads_back_to_the_queue() throws Exception {
        var me = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        var colleague = users.create(new NewUser("colleague@address-test.nhs.test", "Cole League", Role.NAVIGATOR,
                me.organisationId(), "a-long-harbour-passphrase-2026"));
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(apiBody("Otto", "Other", "{\"line1\":\"5 High Street\",\"town\":\"Grays\"}")))
                .andExpect(status().isCreated());
        UUID referral = referralNamed("Otto");
        MvcResult accepted = mvc.perform(post("/triage/" + referral).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("action", "accept").param("version", "0").param("navigatorId", colleague.id().value().toString()))
                .andExpect(redirectedUrl("/triage")).andReturn();
        // Once on a colleague's caseload the referral is part of their record, so the accepting navigator is
        // told whose it is, on the queue, and has no link they would be refused.
        assertThat((String) accepted.getFlashMap().get("success")).isEqualTo("Otto Other is now a participant. They are on Cole League’s caseload.");
        mvc.perform(get("/triage/" + referral).with(as(Role.NAVIGATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/triage/" + referral).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk());
    }

    @Test
    void declining_and_signposting_confirm_with_a_link_back_to_the_queue() throws Exception {
        for (String given : List.of("Dee", "Sig")) {
            mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                            .content(apiBody(given, "Outcome", "{\"line1\":\"5 High Street\",\"town\":\"Grays\"}")))
                    .andExpect(status().isCreated());
        }
        for (var decision : Map.of("Dee", "decline", "Sig", "signpost").entrySet()) {
            UUID referral = referralNamed(decision.getKey());
            MvcResult done = mvc.perform(post("/triage/" + referral).with(as(Role.NAVIGATOR)).with(csrf())
                            .param("action", decision.getValue()).param("version", "0").param("reason", "Told about the college course"))
                    .andExpect(redirectedUrl("/triage/" + referral)).andReturn();
            String page = mvc.perform(confirmationOf(done))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(decision.getValue().equals("decline") ? "Declined: the referrer can see your reason"
                    : "Signposted: the referrer can see where to");
            assertThat(page).contains("class=\"nhsuk-notification-banner__link\" href=\"/triage\">Back to the triage queue</a>");
        }
    }
}
