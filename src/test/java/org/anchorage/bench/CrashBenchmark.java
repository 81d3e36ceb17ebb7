package org.anchorage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash trials you can rerun: the application (embedded default, demo data) takes referrals from 4
 * writers and a screening; at a random moment the application is killed with kill -9 (every third
 * trial the embedded PostgreSQL server instead); it is started again on the same home, and every
 * referral that was acknowledged (201) must be there, and the audit chain must verify.
 * Usage: CrashBenchmark JAR TRIALS
 */
public final class CrashBenchmark {

    static final String ADMIN = "bench@anchorage.local";
    static final String PASSWORD = "quiet-harbour-sea-lantern";
    static final java.util.concurrent.atomic.AtomicReference<String> FIRST_REFUSAL = new java.util.concurrent.atomic.AtomicReference<>();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int trials = Integer.parseInt(args.length > 1 ? args[1] : "20");
        Path home = Files.createTempDirectory("anchorage-crash-");
        int port = 20000 + new Random().nextInt(20000);
        Random random = new Random();
        long acknowledged = 0;
        long lost = 0;
        int chainBroken = 0;
        List<Long> restartMillis = new ArrayList<>();
        Process app = start(jar, home, port);
        waitUp(port, Duration.ofSeconds(120));
        Set<String> allAcknowledged = ConcurrentHashMap.newKeySet();
        for (int trial = 1; trial <= trials; trial++) {
            String partner = token(port, "referral-partner@demo.anchorage.local", "demo-password-2026");
            String pilot = pilot(port, partner);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        String key = UUID.randomUUID().toString();
                        try {
                            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/referrals"))
                                    .timeout(Duration.ofSeconds(5))
                                    .header("Authorization", "Bearer " + partner).header("Content-Type", "application/json")
                                    .header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"programmeId\":\"" + pilot + "\",\"givenName\":\"Crash\","
                                            + "\"familyName\":\"Writer" + writer + "\",\"dateOfBirth\":\"1990-04-30\",\"postcode\":\"RM18 7AG\",\"email\":\"crash.writer@example.invalid\","
                                            + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"crash trial\"}"))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 201 && FIRST_REFUSAL.get() == null) {
                                FIRST_REFUSAL.set(response.statusCode() + " " + response.body());
                            }
                            if (response.statusCode() == 201) {
                                Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
                                if (id.find()) {
                                    allAcknowledged.add(id.group(1));
                                }
                            }
                        } catch (Exception e) {
                            // the kill: requests in flight fail, and were never acknowledged
                        }
                    }
                }));
            }
            String csv = "reference,postcode,date_of_birth\n" + "C1,RM18 7AG,1990-04-30\n".repeat(2000);
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programmes/" + pilot + "/screenings"))
                        .header("Authorization", "Bearer " + partner).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                // fine: the screening is load, not a write we count
            }
            Thread.sleep(1000 + random.nextInt(3000));
            boolean killServer = trial % 3 == 0;
            if (killServer) {
                long pid = Long.parseLong(Files.readAllLines(home.resolve("postgres/postmaster.pid")).getFirst().strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                Thread.sleep(500);
            }
            app.destroyForcibly();
            app.waitFor();
            running.set(false);
            for (Thread t : writers) {
                t.join();
            }
            Instant restarting = Instant.now();
            app = start(jar, home, port);
            waitUp(port, Duration.ofSeconds(120));
            restartMillis.add(Duration.between(restarting, Instant.now()).toMillis());
            String navigator = token(port, "navigator@demo.anchorage.local", "demo-password-2026");
            long missing = 0;
            for (String id : allAcknowledged) {
                var found = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/referrals/" + id))
                        .header("Authorization", "Bearer " + navigator).build(), HttpResponse.BodyHandlers.discarding());
                if (found.statusCode() != 200) {
                    missing++;
                }
            }
            String admin = token(port, ADMIN, PASSWORD);
            Thread.sleep(2000); // the chainer links what was written before the kill
            String verification = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/verification"))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
            boolean intact = verification.contains("\"intact\":true");
            if (!intact) {
                chainBroken++;
            }
            acknowledged = allAcknowledged.size();
            lost = Math.max(lost, missing);
            System.out.printf("trial %d (%s killed): %d acknowledged so far, %d missing, restart %d ms, audit chain %s%n", trial,
                    killServer ? "database server and application" : "application", acknowledged, missing,
                    restartMillis.getLast(), intact ? "intact" : "NOT INTACT: " + verification);
        }
        app.destroy();
        app.waitFor();
        if (FIRST_REFUSAL.get() != null) {
            System.out.println("first refused write (not counted): " + FIRST_REFUSAL.get());
        }
        System.out.println("trials: " + trials + " trials");
        System.out.println("writes_acknowledged: " + acknowledged + " referrals");
        System.out.println("writes_lost: " + lost + " referrals");
        System.out.println("audit_chain_not_intact: " + chainBroken + " trials");
        System.out.println("restart_median: " + restartMillis.stream().sorted().toList().get(restartMillis.size() / 2) + " ms");
        System.out.println("restart_max: " + restartMillis.stream().mapToLong(Long::longValue).max().orElse(0) + " ms");
    }

    static Process start(String jar, Path home, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", jar)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("app.log").toFile()));
        builder.environment().put("ANCHORAGE_HOME", home.toString());
        builder.environment().put("ANCHORAGE_DEMO", "true");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ANCHORAGE_ADMIN_EMAIL", ADMIN);
        builder.environment().put("ANCHORAGE_ADMIN_PASSWORD", PASSWORD);
        return builder.start();
    }

    static void waitUp(int port, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try {
                var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application did not become ready within " + within);
    }

    static String token(int port, String email, String password) throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("No token for " + email + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static String pilot(int port, String token) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programmes"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\"National pilot\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No National pilot programme: " + body);
        }
        return m.group(1);
    }
}
