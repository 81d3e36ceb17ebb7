package org.anchorage.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.anchorage.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * "Can I join?" without signing in: a postcode in the pilot's area hears yes and the way to refer, one outside
 * hears "maybe, talk to us" (never a flat no), one not in England is told where to look, rubbish is named; and
 * nothing is stored.
 */
class JoinCheckIT extends IntegrationTest {

    private String page(String postcode) throws Exception {
        var request = get("/can-i-join");
        if (postcode != null) {
            request.param("postcode", postcode);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long checksStored() {
        return jdbc.sql("SELECT count(*) FROM eligibility_check").query(Long.class).single();
    }

    @Test
    void each_postcode_gets_a_next_step_and_nothing_is_kept() throws Exception {
        long before = checksStored();
        assertThat(page(null)).contains("Can I join?").doesNotContain("answer-");
        // Tilbury: in the National pilot's area.
        assertThat(page("rm18 7ag")).contains("id=\"answer-yes\"", "National pilot", "href=\"/self-referral\"").doesNotContain("answer-maybe");
        // Leeds: in England, outside the pilot's area (test programmes without a team contact take no residents).
        String maybe = page("LS1 1AA");
        assertThat(maybe).contains("id=\"answer-maybe\"", "Maybe: talk to us", "href=\"/self-referral\"").doesNotContain("answer-yes");
        assertThat(maybe.toLowerCase()).doesNotContain("you cannot join").doesNotContain("not eligible");
        // Cardiff: a real postcode, not in England's data.
        assertThat(page("CF10 1EP")).contains("id=\"answer-elsewhere\"", "NHS Wales");
        assertThat(page("   ")).contains("There is a problem", "Enter your postcode", "href=\"#postcode\"");
        assertThat(page("<script>alert(1)</script>")).contains("Enter a real postcode").doesNotContain("<script>alert(1)");
        assertThat(checksStored()).as("nothing stored").isEqualTo(before);
    }
}
