package org.anchorage.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.anchorage.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page a resident reads without signing in — the home page, "Can I join?" with each kind of answer, the first
 * page of the self-referral, the roles in health and care, each role and its easy-read version, and the easy-read
 * pages — reads at Flesch-Kincaid grade 4 or below (what a 9-year-old reads), counting the visible text of the
 * page's main part, each heading, paragraph, list item and label as its own sentence.
 */
class ResidentPagesReadabilityIT extends IntegrationTest {

    @Autowired
    Roles roles;

    /** The visible text of the page's main part, one block (heading, paragraph, list item, label) a line. */
    static String visibleMainText(String html) {
        Element main = Jsoup.parse(html).selectFirst("main");
        assertThat(main).as("the page has a main part").isNotNull();
        // Lists of what staff wrote (events' and vacancies' names, from any test sharing the database) are not the page's words.
        main.select("script, style, svg, [hidden], .nhsuk-u-visually-hidden, input, textarea, select, [data-written-by-staff]").remove();
        StringBuilder text = new StringBuilder();
        main.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br") || e.nameIs("label") || e.nameIs("button"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.isBlock() || e.nameIs("label") || e.nameIs("button"))) {
                    text.append('\n');
                }
            }
        });
        return text.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }

    /** The page at a path, its query (like "?postcode=RM18 7AG") sent as parameters, unencoded. */
    private String page(String path) throws Exception {
        String[] parts = path.split("\\?", 2);
        var request = get(parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.param(kv[0], kv[1]);
            }
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void every_resident_page_reads_at_grade_4_or_below() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/can-i-join", "/can-i-join?postcode=RM18 7AG", "/can-i-join?postcode=LS1 1AA",
                "/can-i-join?postcode=CF10 1EP", "/can-i-join?postcode=nonsense", "/self-referral", "/self-referral?easy-read=yes",
                "/roles", "/easy-read", "/can-i-join/easy-read"));
        var published = roles.published();
        assertThat(published).extracting(s -> s.role().slug()).contains("healthcare-support-worker", "customer-services-assistant",
                "admin-assistant", "pharmacy-support-worker", "estates-assistant", "domestic-assistant", "maintenance-assistant",
                "catering-assistant", "porter");
        for (var shown : published) {
            pages.add("/roles/" + shown.role().slug());
            pages.add("/roles/" + shown.role().slug() + "/easy-read");
        }
        // Each kind of answer is really among the pages read.
        assertThat(page("/can-i-join?postcode=RM18 7AG")).contains("id=\"answer-yes\"");
        assertThat(page("/can-i-join?postcode=LS1 1AA")).contains("id=\"answer-maybe\"");
        assertThat(page("/can-i-join?postcode=CF10 1EP")).contains("id=\"answer-elsewhere\"");
        assertThat(page("/can-i-join?postcode=nonsense")).contains("Enter a real postcode");
        List<String> tooHard = new ArrayList<>();
        for (String path : pages) {
            String text = visibleMainText(page(path));
            var score = Readability.score(text);
            assertThat(score.words()).as(path + " has words to read").isGreaterThan(15);
            System.out.println("[anchorage-tests] reading grade " + score.gradeShown() + " of " + path + " (" + score.words() + " words)");
            if (score.grade() > Roles.HIGHEST_GRADE) {
                tooHard.add(path + " reads at grade " + score.gradeShown() + ":\n" + text);
            }
        }
        assertThat(tooHard).isEmpty();
    }

    @Test
    void the_text_counted_is_the_visible_main_part_a_block_a_line() {
        String text = visibleMainText("""
                <html><body><header>Sign in</header><main><h1>Porter</h1><p>You move <a href="/x">patients</a>.</p>
                <span class="nhsuk-u-visually-hidden">Error:</span><ul><li>one</li><li>two</li></ul><svg><title>Picture</title></svg></main>
                <footer>Privacy</footer></body></html>""");
        assertThat(text.lines().toList()).containsExactly("Porter", "You move patients.", "one", "two");
    }

    @Test
    void what_staff_typed_is_left_out_of_a_pages_reading_and_the_rest_of_its_section_is_not() {
        String text = visibleMainText("""
                <html><body><main><section id="open-now"><h2>Jobs and placements open now</h2><ul data-written-by-staff><li><a href="/o/1">Multidisciplinary
                coordinator</a></li></ul><p><a href="/opportunities">See all jobs and placements open now</a></p></section></main></body></html>""");
        assertThat(text.lines().toList()).containsExactly("Jobs and placements open now", "See all jobs and placements open now");
    }

    @Test
    void a_role_shows_its_band_and_the_yearly_pay_in_force_on_the_day() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        String porter = page("/roles/porter");
        assertThat(visibleMainText(porter)).contains("Band 2: £24,465 a year to start");
        assertThat(page("/roles/maintenance-assistant")).contains("Band 3: £24,937 a year to start");
        assertThat(visibleMainText(page("/roles/porter/easy-read"))).contains("Band 2 pays £24,465 a year to start.");
        // Before the first pay year in the table there is no figure to give: the band alone.
        clock.fixAt("2025-03-01T09:00");
        String before = visibleMainText(page("/roles/porter"));
        assertThat(before).contains("Band 2").doesNotContain("£24,465");
    }

    @Test
    void each_page_links_to_its_easy_read_version_and_back() throws Exception {
        assertThat(page("/")).contains("href=\"/easy-read\"", "Easy read version", "id=\"jobs-you-could-do\"", "href=\"/roles\"");
        assertThat(page("/easy-read")).contains("href=\"/\"", "Standard version", "href=\"/roles/porter/easy-read\"");
        assertThat(page("/roles/porter")).contains("href=\"/roles/porter/easy-read\"");
        assertThat(page("/roles/porter/easy-read")).contains("href=\"/roles/porter\"", "Standard version");
        assertThat(page("/can-i-join")).contains("href=\"/can-i-join/easy-read\"");
        assertThat(page("/can-i-join/easy-read")).contains("href=\"/can-i-join\"", "Standard version");
        mvc.perform(get("/roles/no-such-role")).andExpect(status().isNotFound());
        mvc.perform(get("/roles/no-such-role/easy-read")).andExpect(status().isNotFound());
    }
}
