package org.anchorage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;

/**
 * Each demo role signs in for real and follows every link reachable from the home page and its
 * navigation, three links deep, as a person clicking around would. No page may answer with a server
 * error; pages a role cannot open must not be linked for it (a link to a 403 is a dead end).
 */
class NavigationCrawlIT extends IntegrationTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final int DEPTH = 3;

    @Test
    void every_link_a_signed_in_role_can_follow_from_the_navigation_opens_without_a_server_error() throws Exception {
        List<String> problems = new ArrayList<>();
        int followed = 0;
        for (Role role : Role.values()) {
            Cookie session = signIn(role);
            Map<String, Integer> seen = new LinkedHashMap<>();
            Deque<String[]> queue = new ArrayDeque<>();
            queue.add(new String[] {"/", "0", "(start)"});
            while (!queue.isEmpty()) {
                String[] next = queue.poll();
                String path = next[0];
                int depth = Integer.parseInt(next[1]);
                if (seen.containsKey(path)) {
                    continue;
                }
                org.springframework.mock.web.MockHttpServletResponse response;
                try {
                    response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
                } catch (Exception e) {
                    problems.add(role.code() + ": " + path + " (linked from " + next[2] + ") failed: " + e.getMessage());
                    seen.put(path, 500);
                    continue;
                }
                int status = response.getStatus();
                seen.put(path, status);
                if (status >= 500) {
                    problems.add(role.code() + ": " + path + " (linked from " + next[2] + ") answered " + status);
                } else if (status == 403 || status == 404) {
                    problems.add(role.code() + ": " + path + " (linked from " + next[2] + ") is linked but answers " + status);
                }
                // A role's start page ("/" forwards navigators and managers to their worklist, which MockMvc does not
                // follow) and a redirect within the site are followed like links, so the crawl goes on from there.
                String location = response.getForwardedUrl() != null ? response.getForwardedUrl() : response.getRedirectedUrl();
                if ((status == 200 || status / 100 == 3) && location != null && location.startsWith("/") && !seen.containsKey(location)) {
                    queue.addFirst(new String[] {location, Integer.toString(depth), path});
                    continue;
                }
                String type = response.getContentType();
                if (depth >= DEPTH || status != 200 || type == null || !type.startsWith("text/html")) {
                    continue;
                }
                Matcher links = HREF.matcher(response.getContentAsString());
                while (links.find()) {
                    String link = links.group(1).replace("&amp;", "&");
                    if (followable(link) && !seen.containsKey(link)) {
                        queue.add(new String[] {link, Integer.toString(depth + 1), path});
                    }
                }
            }
            followed += seen.size();
            System.out.println("[anchorage-tests] crawl as " + role.code() + ": " + seen.size() + " pages");
        }
        System.out.println("[anchorage-tests] crawl: " + followed + " pages followed by link across " + Role.values().length + " roles");
        assertThat(problems).isEmpty();
    }

    private static boolean followable(String link) {
        return !link.startsWith("/assets/") && !link.startsWith("/nhsuk/") && !link.startsWith("/css/") && !link.startsWith("/js/")
                && !link.equals("/favicon.ico") && !link.startsWith("/sign-out") && !link.endsWith(".css") && !link.endsWith(".js");
    }

    /** Signs in through the real form; sessions live in PostgreSQL and travel in the SESSION cookie. */
    private Cookie signIn(Role role) throws Exception {
        var result = mvc.perform(formLogin("/sign-in").userParameter("email").user(demoEmail(role)).password(DEMO_PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + role.code()).doesNotContain("error");
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie of " + role.code()).isNotNull();
        return session;
    }
}
