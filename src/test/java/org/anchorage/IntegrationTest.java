package org.anchorage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.Users;
import org.anchorage.shared.web.RequiresRecentPassword;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The one Spring context every integration test shares: the whole application on a real PostgreSQL
 * (embedded under a fresh folder, or the external one named by ANCHORAGE_DB_URL), with the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anchorage.demo=true",
        // The hourly early-warning run would recompute every test's people at whatever time a test has fixed.
        "anchorage.early-warnings.cron=-",
        // Tests send the outbox, check delivery and run the morning reminders themselves (OutboxSender, DeliveryStatus,
        // MorningMessages), at the time a test has fixed, so nothing is sent behind a test's back.
        "anchorage.notifications.send-cron=-",
        "anchorage.notifications.status-cron=-",
        "anchorage.notifications.reminders-cron=-",
        "anchorage.public-url=https://anchorage.test",
        "anchorage.admin.email=" + IntegrationTest.ADMIN_EMAIL,
        "anchorage.admin.password=" + IntegrationTest.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(IntegrationTest.Clocks.class)
public abstract class IntegrationTest {

    /** The service's clock in every test is a {@link TestClock}: real time unless a test fixes it. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    protected TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    public static final String ADMIN_EMAIL = "first.admin@anchorage.test";
    public static final String ADMIN_PASSWORD = "lighthouse-keeper-key-1";
    public static final String DEMO_PASSWORD = "demo-password-2026";

    private static final Path HOME = createHome();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Users users;

    @Autowired
    protected org.anchorage.programme.Programmes programmes;

    @Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    /** A real SMTP server (GreenMail) and a local GOV.UK Notify for the whole run: what the product sends is read back from them. */
    protected static final com.icegreen.greenmail.util.GreenMail MAIL = startMail();
    protected static final org.anchorage.notification.NotifyStub NOTIFY = new org.anchorage.notification.NotifyStub();

    /** What the SMTP server received for this address, oldest first. */
    protected static java.util.List<jakarta.mail.internet.MimeMessage> emailsTo(String address) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static com.icegreen.greenmail.util.GreenMail startMail() {
        var mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void anchorageHome(DynamicPropertyRegistry registry) {
        registry.add("anchorage.home", HOME::toString);
        registry.add("anchorage.smtp.host", () -> "127.0.0.1");
        registry.add("anchorage.smtp.port", () -> MAIL.getSmtp().getPort());
        registry.add("anchorage.smtp.from", () -> "anchorage@programme.test");
        registry.add("anchorage.notify.api-key", () -> org.anchorage.notification.NotifyStub.API_KEY);
        registry.add("anchorage.notify.base-url", NOTIFY::baseUrl);
    }

    @BeforeAll
    static void sayWhichDatabase() {
        String external = System.getenv("ANCHORAGE_DB_URL");
        System.out.println(external == null || external.isBlank()
                ? "[anchorage-tests] database: embedded PostgreSQL under " + HOME
                : "[anchorage-tests] database: external PostgreSQL at " + external);
    }

    protected static String demoEmail(Role role) {
        return role.code() + "@demo.anchorage.local";
    }

    /**
     * A request signed in as the demo user of the role, as the session would carry it just after
     * signing in: the password counts as recently given (see {@code @RequiresRecentPassword}).
     */
    protected RequestPostProcessor as(Role role) {
        RequestPostProcessor signedIn = asWithoutRecentPassword(role);
        return request -> {
            // A request attribute: the session MockMvc offers is not the one Spring Session reads.
            request.setAttribute(RequiresRecentPassword.CONFIRMED_AT, java.time.Instant.now());
            return signedIn.postProcessRequest(request);
        };
    }

    /** A request signed in as this user (one a test made), the password given long ago. */
    protected RequestPostProcessor as(SignedInUser principal) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Signed in as the demo user of the role, but the password was last given long ago. */
    protected RequestPostProcessor asWithoutRecentPassword(Role role) {
        var account = users.findByEmail(demoEmail(role)).orElseThrow();
        var principal = new SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), account.enabled(), null);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Fills in route placeholders such as {national-pilot} with the demo record's id. */
    protected String resolve(String path) {
        String resolved = path.replace("{national-pilot}", programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().id().toString());
        if (resolved.contains("{casey}")) {
            resolved = resolved.replace("{casey}", jdbc.sql("SELECT id FROM participant_participant WHERE given_name = 'Casey'")
                    .query(java.util.UUID.class).single().toString());
        }
        return resolved;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path createHome() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "anchorage-home-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
