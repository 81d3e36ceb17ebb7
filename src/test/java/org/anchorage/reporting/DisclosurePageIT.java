package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/** The page that explains disclosure control, open to every signed-in role and to nobody signed out. */
class DisclosurePageIT extends IntegrationTest {

    @Test
    void a_funder_reads_the_rule_and_the_worked_example_drawn_by_the_reports_own_code() throws Exception {
        var response = mvc.perform(get("/reports/disclosure-control").with(as(Role.FUNDER))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("How reported figures protect people", "nearest 5", "1–7", "whole calendar months",
                "real counts for their own programmes");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(Disclosure.RULE);
        // The example's rows: Grays 3 shown 1–7, Tilbury 12 hidden beside it, Purfleet 48 shown 50 (50 of 90).
        assertThat(page.replaceAll("\\s+", " ")).contains("<span>Grays</span>")
                .containsPattern("Real count </span><span>12</span>.*?A funder sees </span><span>\\*</span>")
                .containsPattern("Real count </span><span>48</span>.*?A funder sees </span><span>50</span>.*?</span><span>55\\.6%</span>");
        assertThat(page).contains("role=\"img\"", "<desc id=\"chart-example-desc\">");
        assertThat(page).as("the chart draws Purfleet, Chafford Hundred, Aveley and the total, not the hidden two")
                .containsPattern("(?s)(<rect[^>]*>.*){4}").doesNotContainPattern("(?s)(<rect[^>]*>.*){5}");
    }

    @Test
    void every_signed_in_role_may_open_it_and_someone_signed_out_is_sent_to_sign_in() throws Exception {
        for (Role role : Role.values()) {
            assertThat(mvc.perform(get("/reports/disclosure-control").with(as(role))).andReturn().getResponse().getStatus())
                    .as(role.code()).isEqualTo(200);
        }
        var signedOut = mvc.perform(get("/reports/disclosure-control")).andReturn().getResponse();
        assertThat(signedOut.getStatus()).isEqualTo(302);
        assertThat(signedOut.getRedirectedUrl()).contains("/sign-in");
    }
}
