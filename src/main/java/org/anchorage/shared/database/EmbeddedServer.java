package org.anchorage.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL as a production database, not a test fixture: durable settings (fsync and
 * synchronous commit on, data checksums on new clusters), a server a killed previous run left on the
 * same data folder recognised by its {@code postmaster.pid} and stopped before starting, and a watchdog
 * that starts it again, on the same port, if it dies while the application runs.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    static final Duration WATCH_EVERY = Duration.ofSeconds(2);

    private final Path dataDirectory;
    private final String superuserPassword;
    private final Path pwfile;
    private volatile EmbeddedPostgres postgres;
    private volatile int port;
    private volatile boolean closed;
    private volatile boolean restartsHeld;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embedded-postgres-watchdog");
        t.setDaemon(true);
        return t;
    });

    EmbeddedServer(Path dataDirectory, String superuserPassword, Path pwfile) {
        this.dataDirectory = dataDirectory;
        this.superuserPassword = superuserPassword;
        this.pwfile = pwfile;
    }

    int port() {
        return port;
    }

    /** Initialises a new cluster (with checksums), stops an orphaned server of ours, starts, and watches. */
    EmbeddedServer start() throws IOException {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initdb();
        }
        stopOrphan(dataDirectory);
        postgres = builder(0).start();
        port = postgres.getPort();
        long every = WATCH_EVERY.toMillis();
        watchdog.scheduleWithFixedDelay(this::watch, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    private EmbeddedPostgres.Builder builder(int fixedPort) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring stops it after the connection pool closes, not a JVM hook racing the pool.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "60")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("password_encryption", "scram-sha-256")
                // The library starts postgres with -F (fsync off) and synchronous_commit off, test
                // defaults that can lose committed records in a power cut; these come after and win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // zonky checks readiness as the superuser: with password authentication it needs the password.
                .setConnectConfig("password", superuserPassword);
        if (fixedPort > 0) {
            builder.setPort(fixedPort);
        }
        return builder;
    }

    /**
     * A new cluster made with initdb directly, so it has data checksums (the library's own initdb takes
     * no such option) and password authentication from its very first start.
     */
    private void initdb() throws IOException {
        Path initdb = binaries().resolve("bin").resolve("initdb");
        Files.createDirectories(dataDirectory);
        Files.deleteIfExists(pwfile);
        org.anchorage.shared.SecretFiles.createOwnerOnly(pwfile);
        Files.writeString(pwfile, superuserPassword + "\n", StandardCharsets.US_ASCII);
        try {
            List<String> command = new java.util.ArrayList<>();
            if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
                // As the library does: initdb refuses to run as root, so run it in a user namespace.
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(initdb.toString(), "-D", dataDirectory.toString(), "-U", "postgres",
                    "-E", "UTF-8", "--auth=scram-sha-256", "--pwfile=" + pwfile, "--data-checksums", "--no-instructions"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("initdb failed: " + output);
            }
            log.info("Created a new PostgreSQL cluster with data checksums under {}", dataDirectory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while creating the database cluster", e);
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** Where the library unpacked the PostgreSQL binaries (it keeps that private; this asks it). */
    static Path binaries() throws IOException {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IOException("Could not find the embedded PostgreSQL binaries", e);
        }
    }

    /**
     * A server left running by a killed previous run holds the data folder, and a new one cannot start.
     * If {@code postmaster.pid} names a live postgres process serving this very folder, it is ours:
     * stop it (fast shutdown, then kill) before starting afresh. A stale file is left for PostgreSQL.
     */
    static boolean stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = orphan(dataDirectory);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL process {} that a previous run left on {}", process.pid(), dataDirectory);
        // Its backends and background workers: if the postmaster must be killed they outlive it, hold its
        // shared memory, and a new server on the folder refuses to start until they are gone too.
        List<ProcessHandle> workers = process.descendants().toList();
        try {
            // SIGINT is PostgreSQL's fast shutdown: it rolls back open work and writes a clean checkpoint.
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            process.onExit().toCompletableFuture().completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
            if (process.isAlive()) {
                log.warn("PostgreSQL process {} did not shut down in 60 s; killing it", process.pid());
                process.destroyForcibly();
                process.onExit().toCompletableFuture().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
            }
            for (ProcessHandle worker : workers) {
                if (worker.isAlive()) {
                    worker.destroyForcibly();
                    worker.onExit().toCompletableFuture().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
        }
        return true;
    }

    static Optional<ProcessHandle> orphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path served = Path.of(lines.get(1).strip()).toAbsolutePath().normalize();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean postgres = process.flatMap(p -> p.info().command()).map(c -> c.endsWith("/postgres")).orElse(false);
        return postgres && served.equals(dataDirectory.toAbsolutePath().normalize()) ? process : Optional.empty();
    }

    /** While a restore or other maintenance has the server stopped on purpose, the watchdog leaves it be. */
    void holdRestarts(boolean hold) {
        restartsHeld = hold;
    }

    /** The watchdog: if the server died while the application runs, start it again on the same port. */
    private synchronized void watch() {
        if (closed || restartsHeld || running()) {
            return;
        }
        log.error("The embedded PostgreSQL under {} has stopped; starting it again on port {}", dataDirectory, port);
        try {
            EmbeddedPostgres dead = postgres;
            if (dead != null) {
                dead.close(); // releases the library's lock on the folder (its "pg_ctl stop" fails quietly)
            }
            stopOrphan(dataDirectory);
            postgres = builder(port).start();
            log.info("The embedded PostgreSQL is running again on port {}", port);
        } catch (Exception e) {
            log.error("Could not restart the embedded PostgreSQL; trying again in {} s", WATCH_EVERY.toSeconds(), e);
        }
    }

    /** Whether the postmaster named in postmaster.pid is alive and serving our folder. */
    boolean running() {
        try {
            return orphan(dataDirectory).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        watchdog.shutdownNow();
        if (postgres != null) {
            postgres.close();
        }
    }
}
