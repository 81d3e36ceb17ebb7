package org.anchorage.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.AnchorageApplication;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Accounts;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserAccount;
import org.anchorage.organisation.Organisations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sessions are cached on each node, yet two nodes on one database agree at once: a session made on
 * one works on the other, and signing out, signing out everywhere, a password reset, switching the
 * account off and the session running out each stop it on both. Node two is a second whole
 * application on the same PostgreSQL, with a home folder of its own.
 */
class SessionsAcrossNodesIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "harbour-light-keeper-7";
    private static ConfigurableApplicationContext secondNode;
    private static int secondPort;
    private static int accounts;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    org.anchorage.shared.AnchorageProperties properties;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accountsFacade;

    @Autowired
    SharedSessions sessions;

    private CookieManager cookies;
    private HttpClient browser;
    private UserAccount account;

    @BeforeEach
    void startSecondNodeAndMakeAnAccount() throws Exception {
        if (secondNode == null) {
            secondNode = startSecondNode();
            secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        }
        // One cookie jar for both nodes (cookies do not care about the port), as behind a load balancer.
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        var trust = organisations.findByName("Estuary and Marshes NHS Foundation Trust (demo)").orElseThrow();
        account = users.create(new NewUser("two.nodes." + (++accounts) + "@trust.test", "Two Nodes", Role.NAVIGATOR, trust.id(),
                PASSWORD));
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private ConfigurableApplicationContext startSecondNode() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "second-node-");
        Path firstHome = properties.home().toAbsolutePath().normalize();
        if (Files.exists(firstHome.resolve("audit.key"))) {
            Files.copy(firstHome.resolve("audit.key"), home.resolve("audit.key"));
        }
        Path owner = firstHome.resolve("postgres-superuser.secret");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.db.url=" + dataSource.getJdbcUrl(), "--anchorage.db.username=" + dataSource.getUsername(),
                "--anchorage.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--anchorage.admin.email=" + ADMIN_EMAIL, "--anchorage.admin.password=" + ADMIN_PASSWORD));
        if (Files.exists(owner)) {
            args.add("--anchorage.db.migration.username=postgres");
            args.add("--anchorage.db.migration.password=" + Files.readString(owner).strip());
        }
        return new SpringApplicationBuilder(AnchorageApplication.class).run(args.toArray(String[]::new));
    }

    private String node(int n) {
        return "http://localhost:" + (n == 1 ? port : secondPort);
    }

    private HttpResponse<String> get(int node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(node(node) + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int node, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(node(node) + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private void signInOn(int node) throws Exception {
        String token = csrf(get(node, "/sign-in"));
        var signedIn = post(node, "/sign-in", "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                + "&password=" + PASSWORD + "&_csrf=" + token);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private void signedInOnBoth() throws Exception {
        for (int node : new int[] {1, 2, 1, 2}) {
            assertThat(get(node, "/caseload").statusCode()).as("caseload on node " + node).isEqualTo(200);
        }
    }

    private void refusedOnBoth() {
        for (int node : new int[] {2, 1}) {
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
                var page = get(node, "/caseload");
                assertThat(page.statusCode()).as("caseload on node " + node).isEqualTo(302);
                assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/sign-in"));
            });
        }
    }

    @Test
    void a_session_made_on_one_node_works_on_the_other_until_signed_out_on_either() throws Exception {
        signInOn(1);
        signedInOnBoth();
        assertThat(sessions.cached()).isPositive();
        var page = get(2, "/caseload");
        assertThat(post(2, "/sign-out", "_csrf=" + csrf(page)).statusCode()).isEqualTo(302);
        refusedOnBoth();
    }

    @Test
    void signing_out_everywhere_and_a_password_reset_end_the_session_on_both_nodes() throws Exception {
        signInOn(2);
        signedInOnBoth();
        accountsFacade.signOutEverywhere(account.id());
        refusedOnBoth();

        signInOn(1);
        signedInOnBoth();
        var link = accountsFacade.issueReset(account.id());
        accountsFacade.resetPassword(link.token(), "a-brand-new-password-42");
        refusedOnBoth();
    }

    @Test
    void switching_the_account_off_stops_its_session_on_both_nodes() throws Exception {
        signInOn(1);
        signedInOnBoth();
        users.change(account.id(), account.displayName(), account.role(), false);
        refusedOnBoth();
    }

    @Test
    void a_session_that_runs_out_is_refused_on_both_nodes() throws Exception {
        signInOn(2);
        signedInOnBoth();
        // As if the 30 minutes had passed: the session may now be idle for 1 second only.
        jdbc.sql("UPDATE spring_session SET max_inactive_interval = 1 WHERE principal_name = :name")
                .param("name", account.email()).update();
        Thread.sleep(1500);
        // The same cookie to each node (the first to answer tells the browser to forget it).
        String cookie = "SESSION=" + cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow().getValue();
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (int node : new int[] {1, 2}) {
            var page = plain.send(HttpRequest.newBuilder(URI.create(node(node) + "/caseload")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?expired"));
        }
    }
}
