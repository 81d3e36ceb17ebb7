package org.anchorage.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.anchorage.IntegrationTest;
import org.anchorage.shared.AnchorageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded database keeps what it is given: durable settings and checksums, and when its server
 * dies the application says it is not ready (readiness DOWN, liveness UP) until the watchdog has
 * started it again. Skipped, saying so, on an external database, which the application does not run.
 */
class DurableDatabaseIT extends IntegrationTest {

    @Autowired
    AnchorageProperties properties;

    @Autowired
    DatabaseConfiguration.EmbeddedDatabase database;

    private boolean embedded() {
        if (properties.db().external()) {
            System.out.println("[anchorage-tests] SKIPPED: DurableDatabaseIT checks the embedded PostgreSQL, "
                    + "because this run uses the external database at " + properties.db().url());
            return false;
        }
        return true;
    }

    @Test
    void the_embedded_database_runs_with_fsync_synchronous_commit_and_data_checksums() {
        if (!embedded()) {
            return;
        }
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW data_checksums").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void when_the_embedded_server_dies_readiness_is_down_until_the_watchdog_has_started_it_again() throws Exception {
        if (!embedded()) {
            return;
        }
        Path pidFile = properties.home().toAbsolutePath().normalize().resolve("postgres").resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        // Held, so the outage lasts long enough to see; then let go, as after maintenance.
        database.postgres().holdRestarts(true);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        boolean sawDown = false;
        boolean livenessStayedUp = true;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int readiness = 0;
        while (Instant.now().isBefore(deadline)) {
            readiness = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus();
            int liveness = mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus();
            livenessStayedUp &= liveness == 200;
            if (readiness == 503) {
                sawDown = true;
                database.postgres().holdRestarts(false);
            } else if (readiness == 200 && sawDown) {
                break;
            }
            Thread.sleep(200);
        }
        database.postgres().holdRestarts(false);
        assertThat(sawDown).as("readiness went DOWN while the database was gone").isTrue();
        assertThat(readiness).as("readiness came back UP after the watchdog restarted the server").isEqualTo(200);
        assertThat(livenessStayedUp).isTrue();
        long restarted = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        assertThat(restarted).isNotEqualTo(pid);
        assertThat(jdbc.sql("SELECT count(*) FROM programme_programme").query(Long.class).single()).isPositive();
    }
}
