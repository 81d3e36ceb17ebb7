package org.anchorage.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starting after a crash: a PostgreSQL server that a killed previous run left on the data folder is
 * recognised by its postmaster.pid as ours, stopped, and the embedded database starts as normal.
 */
class EmbeddedServerTest {

    @Test
    void a_server_a_killed_run_left_on_the_data_folder_is_stopped_and_the_database_starts() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "orphan-");
        Path data = home.resolve("postgres");
        String password = "orphan-test-secret-2026";
        new EmbeddedServer(data, password, home.resolve(".pw")).start().close();

        // The orphan: postgres started on the folder by something that is no longer there to stop it.
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(EmbeddedServer.binaries().resolve("bin/postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1"));
        Process orphan = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("orphan.log").toFile()).start();
        // A real orphan is a server that finished starting and serves: wait for postmaster.pid to say "ready".
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!ready(data) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(ready(data)).as("the orphan started: %s", Files.exists(home.resolve("orphan.log"))
                ? Files.readString(home.resolve("orphan.log")) : "no log").isTrue();
        assertThat(EmbeddedServer.orphan(data)).as("the orphan is recognised as ours").isPresent();

        try (EmbeddedServer server = new EmbeddedServer(data, password, home.resolve(".pw")).start()) {
            assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
            try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres",
                    "postgres", password); var st = connection.createStatement(); var rs = st.executeQuery("SHOW data_checksums")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        } finally {
            orphan.destroyForcibly();
        }
        assertThat(EmbeddedServer.orphan(data)).as("a clean shutdown leaves no server behind").isEmpty();
    }

    private static boolean ready(Path data) throws java.io.IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() >= 8 && lines.get(7).strip().equals("ready");
    }
}
