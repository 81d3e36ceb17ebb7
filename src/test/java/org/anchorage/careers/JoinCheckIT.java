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

    @org.springframework.beans.factory.annotation.Autowired
    Roles roles;

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

    @Test
    void search_engines_are_told_the_public_pages_and_nothing_else() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(robots.lines().toList()).startsWith("User-agent: *").contains("Allow: /can-i-join", "Allow: /self-referral", "Disallow: /")
                .anyMatch(l -> l.startsWith("Sitemap: http") && l.endsWith("/sitemap.xml"));
        String sitemap = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(sitemap.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI() == null ? doc.getDocumentElement().getAttribute("xmlns")
                : doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        // The public pages (with /events and /opportunities), then each published role and its easy-read version.
        assertThat(doc.getElementsByTagName("loc").getLength()).isEqualTo(11 + 2 * roles.published().size());
        assertThat(sitemap).contains("/roles</loc>", "/roles/porter</loc>", "/roles/porter/easy-read</loc>", "/easy-read</loc>");
        assertThat(robots.lines().toList()).contains("Allow: /roles", "Allow: /easy-read");
        assertThat(sitemap).doesNotContain("/participants").doesNotContain("/api/");
        assertThat(page(null)).contains("<meta name=\"description\"");
    }
}
