package org.anchorage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** POST and GET /api/v1/referrals: partners refer with consent, see only their own, and bad input is named. */
class ReferralApiIT extends IntegrationTest {

    @Autowired
    Organisations organisations;

    private String body(String givenName, String postcode, boolean consent) {
        return "{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"" + givenName + "\",\"familyName\":\"Tester\","
                + "\"dateOfBirth\":\"2000-05-05\",\"postcode\":\"" + postcode + "\",\"email\":\"" + givenName.toLowerCase() + "@example.invalid\","
                + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":" + consent + "},\"source\":\"Jobcentre\"}";
    }

    @Test
    void a_partner_refers_someone_and_sees_the_status_and_the_eligibility_decision() throws Exception {
        String created = mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Avery", "RM18 7AG", true)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("received"))
                .andExpect(jsonPath("$.eligibility.eligible").value(true))
                .andExpect(jsonPath("$.eligibility.decile").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/referrals/" + id).with(as(Role.REFERRAL_PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("ANC-")));
        // The navigator's trust takes part in the programme, so the navigator may read it too.
        mvc.perform(get("/api/v1/referrals/" + id).with(as(Role.NAVIGATOR))).andExpect(status().isOk());
        // Funders never see a person.
        mvc.perform(get("/api/v1/referrals/" + id).with(as(Role.FUNDER))).andExpect(status().isForbidden());
    }

    @Test
    void another_partner_asking_for_this_referral_gets_404() throws Exception {
        String created = mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Blair", "SS8 9LA", true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        var otherOrg = organisations.add("Other Jobcentre (referral test)", OrganisationType.REFERRAL_PARTNER);
        var other = users.create(new NewUser("coach@other-jobcentre.test", "Other Coach", Role.REFERRAL_PARTNER, otherOrg.id(),
                "another-long-password"));
        var principal = new SignedInUser(other.id(), other.email(), other.displayName(), other.role(), other.organisationId(), true, null);
        mvc.perform(get("/api/v1/referrals/" + id)
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_makes_one_referral() throws Exception {
        String first = mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).header("Idempotency-Key", "abc-123")
                        .contentType(MediaType.APPLICATION_JSON).content(body("Cameron", "SS1 2AJ", true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).header("Idempotency-Key", "abc-123")
                        .contentType(MediaType.APPLICATION_JSON).content(body("Cameron", "SS1 2AJ", true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("SELECT count(*) FROM referral_referral WHERE given_name = 'Cameron'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM referral_referral").query(Long.class).single();
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Dana", "RM18 7AG", false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Dana", "NOT A CODE", true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"\",\"dateOfBirth\":\"not-a-date\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("givenName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("programmeId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("consent")));
        // A name is one line: a line break (a header injected into an email, a forged CSV row) is refused, naming the field.
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Dana\\r\\nBcc: everyone@example.org", "RM18 7AG", true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'givenName')].message")
                        .value(hasItem("must be a single line without tabs or control characters")));
        // ... and so is a line separator or a mark that turns the text's direction, which no name needs.
        for (String odd : List.of("\\u2028", "\\u202e", "\\u0085")) {
            mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                            .content(body("Dana", "RM18 7AG", true).replace("\"familyName\":\"Tester\"", "\"familyName\":\"Tes" + odd + "ter\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("familyName"));
        }
        // A partner's referral is never passed off as a self-referral.
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Dana", "RM18 7AG", true).replace("\"source\":\"Jobcentre\"", "\"source\":\"Self\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        // An email the sender could never use is refused here, not found undeliverable later.
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Dana", "RM18 7AG", true).replace("dana@example.invalid", "dana@localhost")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(jdbc.sql("SELECT count(*) FROM referral_referral").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_referral_that_names_no_team_says_it_came_from_the_partner_organisation() throws Exception {
        var partner = users.findByEmail(demoEmail(Role.REFERRAL_PARTNER)).orElseThrow();
        String created = mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Ellis", "RM18 7AG", true).replace(",\"source\":\"Jobcentre\"", "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(created, "$.source")).isEqualTo(organisations.get(partner.organisationId()).name());
    }

    @Test
    void a_referral_for_a_closed_programme_is_refused_with_a_message() throws Exception {
        String programme = JsonPath.read(mvc.perform(post("/api/v1/programmes").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Finished pilot\",\"status\":\"closed\",\"organisationIds\":[\""
                                + users.findByEmail(demoEmail(Role.REFERRAL_PARTNER)).orElseThrow().organisationId() + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/referrals").with(as(Role.REFERRAL_PARTNER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Emery", "RM18 7AG", true).replace(resolve("{national-pilot}"), programme)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Finished pilot is closed and is not taking referrals"));
    }
}
