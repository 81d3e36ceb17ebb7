package org.anchorage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.AnchorageApplication;
import org.anchorage.IntegrationTest;
import org.anchorage.shared.AnchorageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outbox kill test. A real application process takes a referral (its confirmation is stored with it) and is killed
 * (SIGKILL) before it sends anything; the application starts again on the same database and the confirmation goes,
 * exactly once.
 */
class OutboxKillIT extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    AnchorageProperties properties;

    private List<String> nodeArguments(Path home, int port, String sendCron) throws Exception {
        Path firstHome = properties.home().toAbsolutePath().normalize();
        if (Files.exists(firstHome.resolve("audit.key"))) {
            Files.copy(firstHome.resolve("audit.key"), home.resolve("audit.key"));
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--anchorage.home=" + home,
                "--anchorage.db.url=" + dataSource.getJdbcUrl(),
                "--anchorage.db.username=" + dataSource.getUsername(),
                "--anchorage.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--anchorage.admin.email=" + ADMIN_EMAIL,
                "--anchorage.admin.password=" + ADMIN_PASSWORD,
                "--anchorage.smtp.host=127.0.0.1",
                "--anchorage.smtp.port=" + MAIL.getSmtp().getPort(),
                "--anchorage.smtp.from=anchorage@programme.test",
                "--anchorage.notifications.send-cron=" + sendCron,
                "--anchorage.notifications.status-cron=-",
                "--anchorage.notifications.reminders-cron=-",
                "--anchorage.early-warnings.cron=-"));
        Path owner = firstHome.resolve("postgres-superuser.secret");
        if (Files.exists(owner)) {
            args.add("--anchorage.db.migration.username=postgres");
            args.add("--anchorage.db.migration.password=" + Files.readString(owner).strip());
        }
        return args;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitHealthy(int port, Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("the application process stopped: " + Files.readString(log));
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not start in 4 minutes: " + Files.readString(log));
    }


    @Test
    void killed_after_the_referral_commits_and_before_the_send_the_confirmation_goes_exactly_once_after_a_restart() throws Exception {
        // 1. A real application process that does not send (as if it is killed before its sender's turn comes).
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "killed-node-");
        int port = freePort();
        Path log = home.resolve("node.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx640m",
                "-cp", System.getProperty("java.class.path"), AnchorageApplication.class.getName()));
        command.addAll(nodeArguments(home, port, "-"));
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String address = "killed.sender@example.org";
        UUID referral;
        try {
            awaitHealthy(port, node, log);
            HttpClient http = HttpClient.newHttpClient();
            var token = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + demoEmail(org.anchorage.identity.Role.REFERRAL_PARTNER)
                            + "\",\"password\":\"" + DEMO_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            var created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/referrals"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + JsonPath.read(token.body(), "$.token"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"Killian\","
                            + "\"familyName\":\"Restart\",\"dateOfBirth\":\"1992-03-03\",\"postcode\":\"RM18 7AG\",\"email\":\"" + address + "\","
                            + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"Jobcentre\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            referral = UUID.fromString(JsonPath.read(created.body(), "$.id"));
            // The change committed, and its message with it.
            assertThat(jdbc.sql("SELECT status FROM notification_message WHERE kind = 'referral-received' AND referral_id = :r")
                    .param("r", referral).query(String.class).single()).isEqualTo("queued");
        } finally {
            node.destroyForcibly(); // SIGKILL: no shutdown hooks, nothing flushed
            node.waitFor();
        }
        assertThat(emailsTo(address)).isEmpty();

        // 2. The application starts again on the same database, and its sender runs every second.
        Path again = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restarted-node-");
        ConfigurableApplicationContext restarted = new SpringApplicationBuilder(AnchorageApplication.class)
                .run(nodeArguments(again, 0, "* * * * * *").toArray(String[]::new));
        try {
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            String status = "queued";
            while (!status.equals("sent") && Instant.now().isBefore(until)) {
                Thread.sleep(250);
                status = jdbc.sql("SELECT status FROM notification_message WHERE kind = 'referral-received' AND referral_id = :r")
                        .param("r", referral).query(String.class).single();
            }
            assertThat(status).isEqualTo("sent");
            Thread.sleep(3_000); // three more turns of the sender: nothing more may go
            assertThat(emailsTo(address)).hasSize(1);
            Map<String, Object> row = jdbc.sql("SELECT attempts, provider FROM notification_message WHERE kind = 'referral-received' AND referral_id = :r")
                    .param("r", referral).query().singleRow();
            assertThat(row).containsEntry("attempts", 1).containsEntry("provider", "smtp");
        } finally {
            restarted.close();
            jdbc.sql("UPDATE referral_referral SET status = 'declined', decision_reason = 'A test referral', decided_at = now() "
                    + "WHERE id = :r AND status = 'received'").param("r", referral).update(); // not left in the demo triage queue
        }
    }
}
