package org.anchorage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input on pages: error summaries naming the field, 404 for unknown ids, 403 for forged forms. */
class PageBehaviourIT extends IntegrationTest {

    @Autowired
    Organisations organisations;

    @Test
    void an_over_long_or_empty_form_is_re_shown_with_the_error_summary_and_nothing_saved() throws Exception {
        int before = organisations.all().size();
        String page = mvc.perform(post("/organisations").with(as(Role.ADMINISTRATOR)).with(csrf())
                        .param("name", "x".repeat(201)).param("type", "nonsense"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("href=\"#name\"").contains("Name must be 200 characters or fewer")
                .contains("href=\"#type\"");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void a_duplicate_organisation_name_is_refused_on_the_name_field() throws Exception {
        String page = mvc.perform(post("/organisations").with(as(Role.ADMINISTRATOR)).with(csrf())
                        .param("name", "WILLOW LODGE CARE HOME (DEMO)").param("type", "employer"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("already exists").contains("href=\"#name\"");
    }

    @Test
    void a_form_with_a_forged_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/organisations").with(as(Role.ADMINISTRATOR)).with(csrf().useInvalidToken())
                        .param("name", "Forged Ltd").param("type", "employer"))
                .andExpect(status().isForbidden());
        assertThat(organisations.findByName("Forged Ltd")).isEmpty();
    }

    @Test
    void unknown_or_malformed_ids_in_a_url_are_404_pages() throws Exception {
        mvc.perform(get("/users/" + UUID.randomUUID()).with(as(Role.ADMINISTRATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/users/not-a-uuid").with(as(Role.ADMINISTRATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/" + UUID.randomUUID()).with(as(Role.ADMINISTRATOR))).andExpect(status().isNotFound());
    }

    @Test
    void a_wrong_password_on_the_sign_in_page_says_so() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("email", demoEmail(Role.MENTOR)).param("password", "nope"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("email", demoEmail(Role.MENTOR)).param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pages_send_the_security_headers() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=31536000")));
    }
}
