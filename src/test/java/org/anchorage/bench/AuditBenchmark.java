package org.anchorage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.AnchorageApplication;
import org.anchorage.audit.AuditTrail;
import org.anchorage.audit.SwitchableAuditTrail;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audited reads per second at 16 concurrent clients, against the same request with the audit switched
 * off, in one run: the application runs in this JVM (embedded PostgreSQL, demo data) with the trail bean
 * replaced by {@link SwitchableAuditTrail}; rounds alternate audited/unaudited so drift hits both alike.
 * Run by {@code bench/run.sh audit [SECONDS_PER_ROUND] [ROUNDS]}.
 */
public final class AuditBenchmark {

    private static final int CLIENTS = 16;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path home = Files.createTempDirectory("anchorage-audit-bench-");
        SpringApplication app = new SpringApplication(AnchorageApplication.class);
        app.addInitializers(context -> context.addBeanFactoryPostProcessor(factory ->
                ((BeanDefinitionRegistry) factory).getBeanDefinition("auditTrail").setBeanClassName(SwitchableAuditTrail.class.getName())));
        System.setProperty("logging.level.root", "WARN");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.demo=true", "--anchorage.admin.email=bench@anchorage.local",
                "--anchorage.admin.password=quiet-harbour-sea-lantern", "--logging.level.root=WARN")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://localhost:" + port;
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (!(context.getBean(AuditTrail.class) instanceof SwitchableAuditTrail)) {
                throw new IllegalStateException("the audit trail could not be made switchable");
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = token(http, base, "navigator@demo.anchorage.local", "demo-password-2026");
            String path = null;
            for (UUID id : jdbc.sql("SELECT id FROM referral_referral ORDER BY received_at").query(UUID.class).list()) {
                if (get(http, base + "/api/v1/referrals/" + id, token) == 200) {
                    path = "/api/v1/referrals/" + id;
                    break;
                }
            }
            if (path == null) {
                throw new IllegalStateException("no demo referral the navigator may read");
            }
            String url = base + path;
            run(http, url, token, 3, false);
            run(http, url, token, 3, true);
            long audited = 0;
            long unaudited = 0;
            long entriesBefore = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
            for (int r = 0; r < rounds; r++) {
                audited += run(http, url, token, seconds, false);
                unaudited += run(http, url, token, seconds, true);
            }
            long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single() - entriesBefore;
            double auditedRate = audited / (double) (seconds * rounds);
            double unauditedRate = unaudited / (double) (seconds * rounds);
            Thread.sleep(2000);
            long unlinked = jdbc.sql("SELECT count(*) FROM audit_entry e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM audit_link l WHERE l.entry_sequence = e.sequence_number)").query(Long.class).single();
            long start = System.nanoTime();
            var verification = context.getBean(AuditTrail.class).verify();
            long verifyMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("request: GET " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " as a navigator, " + CLIENTS
                    + " clients, " + rounds + " x " + seconds + " s each way");
            System.out.printf("audit-reads-audited: %.0f requests/s%n", auditedRate);
            System.out.printf("audit-reads-unaudited: %.0f requests/s%n", unauditedRate);
            System.out.printf("audit-reads-ratio: %.1f %%%n", 100 * auditedRate / unauditedRate);
            System.out.printf("audit-entries-written: %d entries%n", entries);
            System.out.printf("audit-unlinked-2s-after: %d entries%n", unlinked);
            System.out.printf("audit-verify-time: %d ms%n", verifyMs);
            System.out.printf("audit-verify-entries: %d entries (intact: %s)%n", verification.entriesChecked(), verification.intact());

            // The old design wrote a chained row under the global lock for each of these (400 in 0.6 s).
            long chainedBefore = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
            long floodStart = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<Integer>> refusals = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    refusals.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals/" + UUID.randomUUID()))
                            .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
                }
                for (Future<Integer> f : refusals) {
                    if (f.get() != 401) {
                        throw new IllegalStateException("expected 401, got " + f.get());
                    }
                }
            }
            long floodMs = (System.nanoTime() - floodStart) / 1_000_000;
            long chainedRows = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single() - chainedBefore;
            long counted = jdbc.sql("SELECT coalesce(sum(refusals), 0) FROM audit_refusal_count").query(Long.class).single();
            System.out.printf("audit-anonymous-401-x400: %d ms%n", floodMs);
            System.out.printf("audit-anonymous-401-chained-rows: %d entries%n", chainedRows);
            System.out.printf("audit-anonymous-401-counted: %d refusals%n", counted);
        }
    }

    private static long run(HttpClient http, String url, String token, int seconds, boolean unaudited) throws Exception {
        SwitchableAuditTrail.off = unaudited;
        AtomicBoolean stop = new AtomicBoolean();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<Long>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    long done = 0;
                    while (!stop.get()) {
                        int status = get(http, url, token);
                        if (status != 200) {
                            throw new IllegalStateException("HTTP " + status + " from " + url);
                        }
                        done++;
                    }
                    return done;
                }));
            }
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            long total = 0;
            for (Future<Long> f : clients) {
                total += f.get();
            }
            return total;
        } finally {
            SwitchableAuditTrail.off = false;
        }
    }

    private static int get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String token(HttpClient http, String base, String email, String password) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return m.group(1);
    }
}
