package org.anchorage.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.anchorage.AnchorageApplication;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database: the shared test context is node one; node two is a second
 * whole application started here on the same PostgreSQL, with a home folder of its own (so nothing is
 * shared through the disk). A screening started on one downloads from the other, and starting a node
 * fails only jobs whose node has stopped beating.
 */
class TwoNodesIT extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    org.anchorage.shared.AnchorageProperties properties;

    static ConfigurableApplicationContext secondNode;

    private ConfigurableApplicationContext startSecondNode() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "second-node-");
        // Every node of one installation shares the audit key, or their links could not verify each other's.
        Path firstHome = properties.home().toAbsolutePath().normalize();
        Path key = firstHome.resolve("audit.key");
        if (Files.exists(key)) {
            Files.copy(key, home.resolve("audit.key"));
        }
        // On the embedded database node one owns the schema; node two migrates (a no-op) as that owner too.
        Path owner = firstHome.resolve("postgres-superuser.secret");
        java.util.List<String> migration = Files.exists(owner)
                ? java.util.List.of("--anchorage.db.migration.username=postgres",
                        "--anchorage.db.migration.password=" + Files.readString(owner).strip())
                : java.util.List.of();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--anchorage.home=" + home,
                "--anchorage.db.url=" + dataSource.getJdbcUrl(),
                "--anchorage.db.username=" + dataSource.getUsername(),
                "--anchorage.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--anchorage.admin.email=" + ADMIN_EMAIL,
                "--anchorage.admin.password=" + ADMIN_PASSWORD));
        args.addAll(migration);
        return new SpringApplicationBuilder(AnchorageApplication.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private static String token(int port, Role role) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + demoEmail(role) + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.token");
    }

    private UUID runningScreening(String node, Instant heartbeat) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO eligibility_screening (id, programme_id, created_by, organisation_id, created_at, file_name, status,
                                                   total_rows, rules_version, imd_edition, owner_node, heartbeat_at)
                SELECT :id, p.id, u.id, u.organisation_id, now(), 'two-nodes.csv', 'running', 1, 0, 'IoD2025', :node, :beat
                FROM programme_programme p, identity_user_account u
                WHERE p.name = 'National pilot' AND u.email = 'navigator@demo.anchorage.local'
                """).param("id", id).param("node", node).param("beat", Timestamp.from(heartbeat)).update();
        return id;
    }

    private String status(UUID screening) {
        return jdbc.sql("SELECT status FROM eligibility_screening WHERE id = :id").param("id", screening).query(String.class).single();
    }

    @Test
    void a_screening_started_on_one_node_is_downloaded_from_the_other_and_a_restart_fails_only_dead_nodes_jobs()
            throws Exception {
        UUID alive = runningScreening("another-node", Instant.now());
        UUID dead = runningScreening("a-node-that-stopped", Instant.now().minus(Duration.ofMinutes(10)));

        secondNode = startSecondNode();
        int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();

        // Starting node two failed the dead node's job, not the live one.
        assertThat(status(dead)).isEqualTo("failed");
        assertThat(status(alive)).isEqualTo("running");

        // Upload on node one ...
        HttpClient http = HttpClient.newHttpClient();
        String first = token(port, Role.NAVIGATOR);
        var upload = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/programmes/" + resolve("{national-pilot}") + "/screenings"))
                .header("Authorization", "Bearer " + first).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("reference,postcode,date_of_birth\nN1,RM18 7AG,1990-04-30\nN2,not a postcode,1990-04-30\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        String id = JsonPath.read(upload.body(), "$.id");

        // ... and, once completed, download from node two, which never saw the file.
        String second = token(secondPort, Role.NAVIGATOR);
        String base = "http://localhost:" + secondPort + "/api/v1/screenings/" + id;
        String state = "";
        for (int i = 0; i < 100 && !state.equals("completed"); i++) {
            var progress = http.send(HttpRequest.newBuilder(URI.create(base)).header("Authorization", "Bearer " + second).build(),
                    HttpResponse.BodyHandlers.ofString());
            state = JsonPath.read(progress.body(), "$.status");
            Thread.sleep(100);
        }
        assertThat(state).isEqualTo("completed");
        var result = http.send(HttpRequest.newBuilder(URI.create(base + "/result.csv")).header("Authorization", "Bearer " + second).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("N1,RM18 7AG,1990-04-30,yes").contains("N2,not a postcode");

        // Restarting node two still leaves the live node's job alone.
        secondNode.close();
        secondNode = startSecondNode();
        assertThat(status(alive)).isEqualTo("running");
        jdbc.sql("UPDATE eligibility_screening SET status = 'failed' WHERE id = :id").param("id", alive).update();
    }
}
