package org.anchorage.eligibility;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Single checks against the demo national pilot rules (IoD2025, decile 1, Southend, Thurrock,
 * Basildon, Castle Point, 18+) on the real shipped postcode and deprivation data.
 */
class EligibilityCheckIT extends IntegrationTest {

    private String pilot() {
        return resolve("{national-pilot}");
    }

    private org.springframework.test.web.servlet.ResultActions check(Role role, String body) throws Exception {
        return mvc.perform(post("/api/v1/programmes/" + pilot() + "/eligibility-checks").with(as(role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void tilbury_canvey_and_central_southend_in_decile_1_are_eligible_with_reasons() throws Exception {
        // Each is in one of the pilot's named target places, and in a decile-1 neighbourhood.
        for (String postcode : new String[] {"RM18 7AG", "ss8 9la", "SS12AJ"}) {
            check(Role.NAVIGATOR, "{\"postcode\":\"" + postcode + "\",\"dateOfBirth\":\"1995-06-01\","
                    + "\"employmentStatus\":\"unemployed\",\"rightToWork\":true}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.eligible").value(true))
                    .andExpect(jsonPath("$.imd.edition").value("IoD2025"))
                    .andExpect(jsonPath("$.imd.decile").value(1))
                    .andExpect(jsonPath("$.reasons[0].code").value("area.targetPlace"))
                    .andExpect(jsonPath("$.reasons[0].message").value(org.hamcrest.Matchers.containsString("decile 1")))
                    .andExpect(jsonPath("$.checkedAt").exists());
        }
    }

    @Test
    void a_decile_1_neighbourhood_outside_the_named_places_qualifies_by_decile_and_local_authority() throws Exception {
        // SS14 3QB is Fryerns, Basildon: decile 1 but not one of the demo's named places.
        check(Role.NAVIGATOR, "{\"postcode\":\"SS14 3QB\",\"dateOfBirth\":\"1995-06-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.reasons[*].code", hasItem("area.decileWithin")))
                .andExpect(jsonPath("$.reasons[*].code", hasItem("area.inLocalAuthority")));
    }

    @Test
    void an_affluent_essex_postcode_is_not_eligible_and_says_why() throws Exception {
        // CM2 8HD is in Chelmsford (decile 9): outside the pilot's local authorities and far from decile 1.
        check(Role.NAVIGATOR, "{\"postcode\":\"CM2 8HD\",\"dateOfBirth\":\"1995-06-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[*].code", hasItem("area.outsideLocalAuthorities")))
                .andExpect(jsonPath("$.reasons[*].message", hasItem(startsWith("The postcode is in Chelmsford"))));
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field() throws Exception {
        check(Role.NAVIGATOR, "{\"postcode\":\"not a postcode\",\"dateOfBirth\":\"1995-06-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
        check(Role.NAVIGATOR, "{\"postcode\":\"RM18 7AG\",\"dateOfBirth\":\"2099-01-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        check(Role.NAVIGATOR, "{\"postcode\":\"RM18 7AG\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        check(Role.NAVIGATOR, "{\"postcode\":\"RM18 7AG\",\"dateOfBirth\":\"1995-06-01\",\"employmentStatus\":\"pirate\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("employmentStatus"));
    }

    @Test
    void a_programme_the_caller_cannot_see_is_404_and_funders_never_check_people() throws Exception {
        mvc.perform(post("/api/v1/programmes/" + UUID.randomUUID() + "/eligibility-checks").with(as(Role.NAVIGATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"postcode\":\"RM18 7AG\",\"dateOfBirth\":\"1995-06-01\"}"))
                .andExpect(status().isNotFound());
        check(Role.FUNDER, "{\"postcode\":\"RM18 7AG\",\"dateOfBirth\":\"1995-06-01\"}").andExpect(status().isForbidden());
    }

    @Test
    void the_check_page_shows_the_decision_in_plain_english() throws Exception {
        String page = mvc.perform(post("/programmes/" + pilot() + "/eligibility-check").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("postcode", "RM18 7AG").param("dateOfBirthDay", "1").param("dateOfBirthMonth", "6")
                        .param("dateOfBirthYear", "1995").param("employmentStatus", "unemployed").param("rightToWork", "yes"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("Eligible").contains("Thurrock 018D").contains("decile 1");

        String error = mvc.perform(post("/programmes/" + pilot() + "/eligibility-check").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("postcode", "XYZ").param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2")
                        .param("dateOfBirthYear", "1995"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(error).contains("There is a problem").contains("href=\"#dateOfBirth\"");
    }
}
