package org.anchorage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Bad input at the edges of every request: refused by field as 400 or 422, never a 500, nothing half-written. */
class RobustEdgesIT extends IntegrationTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Test
    void a_nul_character_in_the_sign_in_email_is_a_400_not_a_500() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("email", "navigator\u0000@demo.anchorage.local").param("password", "x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_sign_in_page_refusing_a_nul_is_the_nhs_error_page_naming_the_field() throws Exception {
        // Through the real server, so the container forwards the refusal to the error page. The guard comes
        // before Spring Security, so it answers before the CSRF check or the sign-in reads anything.
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%00b&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Sorry, that request could not be handled").contains("email: must not contain a NUL character")
                .doesNotContain("Exception");
    }

    @Test
    void a_nul_character_in_the_token_request_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"navigator\\u0000@demo.anchorage.local\",\"password\":\"demo-password-2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void a_date_far_outside_1900_to_2100_in_json_is_refused_by_field() throws Exception {
        mvc.perform(post(resolve("/api/v1/programmes/{national-pilot}/eligibility-checks")).with(as(Role.NAVIGATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"postcode\":\"RM18 7HJ\",\"dateOfBirth\":\"+999999999-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date between 1900 and 2100"));
    }

    @Test
    void a_number_beyond_a_whole_numbers_range_is_refused_by_field() throws Exception {
        mvc.perform(put(resolve("/api/v1/programmes/{national-pilot}/eligibility")).with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"maxDecile\":2147483648}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxDecile"))
                .andExpect(jsonPath("$.errors[0].message").value("is a number out of range"));
    }

    @Test
    void null_inside_a_json_list_is_refused_naming_its_place_in_the_list() throws Exception {
        mvc.perform(put(resolve("/api/v1/programmes/{national-pilot}/eligibility")).with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetPlaces\":[{\"name\":\"Tilbury\",\"lsoaCodes\":[\"E01016006\"]}, null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetPlaces[1]"));
        mvc.perform(post("/api/v1/wellbeing-scales").with(as(Role.PROGRAMME_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"x\",\"name\":\"X\",\"licence\":\"L\",\"minScore\":1,\"maxScore\":5,\"items\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0]"));
    }

    @Test
    void a_100000_character_licence_line_is_refused_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/wellbeing-scales").with(as(Role.PROGRAMME_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"long\",\"name\":\"Long\",\"licence\":\"" + "x".repeat(100_000)
                                + "\",\"minScore\":1,\"maxScore\":5,\"items\":[{\"text\":\"Q\",\"lowerIsBetter\":false}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("licence"));
        // Under the backstop, the API record's own limit (the column's) names it too.
        mvc.perform(post("/api/v1/wellbeing-scales").with(as(Role.PROGRAMME_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"long\",\"name\":\"Long\",\"licence\":\"" + "x".repeat(1001)
                                + "\",\"minScore\":1,\"maxScore\":5,\"items\":[{\"text\":\"Q\",\"lowerIsBetter\":false}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("licence"));
        // And a 100,000-character line in the eligibility rules page.
        mvc.perform(post(resolve("/programmes/{national-pilot}/eligibility")).with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("imdEdition", "IoD2025").param("targetPlaces", "Tilbury: " + "E".repeat(100_000)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void sending_a_self_referral_before_answering_the_questions_asks_the_first_one_missing() throws Exception {
        mvc.perform(post("/self-referral/check").with(csrf()))
                .andExpect(redirectedUrl("/self-referral"));
        // Sessions are Spring Session's, found by their cookie.
        Cookie[] begun = mvc.perform(post("/self-referral").with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookies();
        String first = mvc.perform(post("/self-referral/check").cookie(begun).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("stepNotice", "We need your answer to this question first."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(first).isIn("/self-referral/programme", "/self-referral/name");
        // A later question opened out of order goes back to the first one missing too.
        mvc.perform(get("/self-referral/contact").cookie(begun)).andExpect(redirectedUrl(first));
        mvc.perform(post("/self-referral/consent").cookie(begun).with(csrf()).param("consent", "yes"))
                .andExpect(redirectedUrl(first));
    }

    @Test
    void the_error_address_opened_directly_is_a_page_not_found() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
    }

    @Test
    void the_placement_form_with_three_bad_fields_shows_all_three_at_once_keeping_what_was_typed() throws Exception {
        String page = mvc.perform(post("/placements").with(as(Role.EMPLOYER)).with(csrf())
                        .param("programmeId", UUID.randomUUID().toString()).param("siteId", UUID.randomUUID().toString())
                        .param("title", "").param("roleFamily", "nursing").param("hoursPerWeek", "lots")
                        .param("shiftPattern", "days").param("hourlyPay", "13.00")
                        .param("startsOnDay", "31").param("startsOnMonth", "2").param("startsOnYear", "2027")
                        .param("endsOnDay", "1").param("endsOnMonth", "6").param("endsOnYear", "2027")
                        .param("places", "2147483648").param("dbsLevel", "enhanced").param("minimumAge", "18"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("href=\"#title\"").contains("Enter the placement&#39;s job title")
                .contains("href=\"#hoursPerWeek\"").contains("href=\"#startsOn\"").contains("The start date must be a real date")
                .contains("href=\"#places\"")
                .contains("value=\"lots\"").contains("value=\"2147483648\"");
        assertThat(page.split("nhsuk-error-message", -1)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void a_training_session_with_several_bad_fields_shows_them_all() throws Exception {
        String page = mvc.perform(post("/training/sessions").with(as(Role.TRAINER)).with(csrf())
                        .param("courseId", "").param("programmeId", "nonsense").param("date", "+999999999-12-31")
                        .param("time", "25:99").param("venue", "").param("capacity", "2147483648"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#courseId\"").contains("href=\"#programmeId\"").contains("href=\"#date\"")
                .contains("href=\"#time\"").contains("href=\"#venue\"").contains("href=\"#capacity\"")
                .contains("value=\"25:99\"");
    }

    @Test
    void a_plan_goal_with_several_bad_fields_shows_them_all_and_saves_nothing() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM plan_goal").query(Integer.class).single();
        String page = mvc.perform(post(resolve("/participants/{casey}/plan/goals")).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("version", "0").param("title", "").param("step1.description", "").param("step1.owner", "nobody")
                        .param("step1.dueDay", "31").param("step1.dueMonth", "2").param("step1.dueYear", "+999999999"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#title\"").contains("href=\"#step1.description\"").contains("href=\"#step1.owner\"")
                .contains("href=\"#step1.due\"").contains("value=\"+999999999\"");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_goal").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void an_assessment_with_unanswered_questions_and_bad_hours_shows_every_problem_at_once() throws Exception {
        UUID scale = jdbc.sql("SELECT id FROM plan_wellbeing_scale ORDER BY code LIMIT 1").query(UUID.class).single();
        String page = mvc.perform(post(resolve("/participants/{casey}/assessments")).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("scaleId", scale.toString()).param("hoursPerWeek", "2147483648").param("skills", "Care work"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#hoursPerWeek\"").contains("href=\"#score0\"").contains("href=\"#score1\"");
    }

    @Test
    void a_tab_is_refused_in_a_single_line_field_but_new_lines_are_kept_in_a_text_area() throws Exception {
        mvc.perform(post("/placements/sites").with(as(Role.EMPLOYER)).with(csrf())
                        .param("name", "Tab\there").param("address", "1 High Street").param("postcode", "RM18 7HJ"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/placements/sites").with(as(Role.EMPLOYER)).with(csrf())
                        .param("name", "").param("address", "1 High Street\r\nTilbury").param("postcode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#name\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#postcode\"")));
    }
}
