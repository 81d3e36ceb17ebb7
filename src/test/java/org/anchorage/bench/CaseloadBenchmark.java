package org.anchorage.bench;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.AnchorageApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A navigator's working day under load: seeds 100,000 participants across 200 navigators and 3
 * programmes (direct SQL, with appointments, plan reviews, unanswered first contacts and placement
 * candidates so the worklist has items), signs 16 navigators in, then loads each signed-in page with 16
 * concurrent clients and, in the same run, the anonymous home page. Prints requests/s, p50 and p99 for
 * each, and each signed-in page's rate as a share of the anonymous one. The application runs in this
 * JVM (embedded PostgreSQL, demo data), so both sides of the ratio share the same two cores.
 * Run by {@code bench/run.sh caseload [SECONDS_PER_ROUND] [ROUNDS]}; the pages are taken from
 * {@code BENCH_PAGES} (signed in, space separated) and {@code BENCH_ANONYMOUS_PAGE}.
 */
public final class CaseloadBenchmark {

    static final int CLIENTS = 16;
    static final int PARTICIPANTS = 100_000;
    static final int NAVIGATORS = 200;
    static final String NAVIGATOR = "navigator@demo.anchorage.local";
    static final String PASSWORD = "demo-password-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> pages = List.of(env("BENCH_PAGES", "/worklist /caseload /").trim().split("\\s+"));
        String anonymousPage = env("BENCH_ANONYMOUS_PAGE", "/");
        Path home = Files.createTempDirectory("anchorage-caseload-bench-");
        SpringApplication app = new SpringApplication(AnchorageApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.demo=true", "--anchorage.admin.email=bench@anchorage.local",
                "--anchorage.admin.password=quiet-harbour-sea-lantern", "--logging.level.root=WARN")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long seedStart = System.nanoTime();
            var transactions = new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            List<String> navigators = transactions.execute(status -> seed(jdbc));
            System.out.printf("caseload-seed-time: %d s (%d participants, %d navigators, 3 programmes)%n",
                    (System.nanoTime() - seedStart) / 1_000_000_000, PARTICIPANTS, NAVIGATORS);
            timeEachKindOfDueWork(context, jdbc, navigators.getFirst());

            List<HttpClient> signedIn = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                signedIn.add(signIn(base, navigators.get(c)));
            }
            List<HttpClient> anonymous = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                anonymous.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
            }
            Map<String, Load> results = new LinkedHashMap<>();
            List<String> measured = new ArrayList<>();
            for (String page : pages) {
                var probe = signedIn.getFirst().send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (probe.statusCode() != 200) {
                    System.out.println("caseload-skipped: " + page + " answered " + probe.statusCode() + " (not built yet?)");
                } else {
                    measured.add(page);
                    System.out.printf("caseload-%s-size: %d bytes%n", slug(page), probe.body().length());
                }
            }
            // Warm up every page, then alternate rounds so drift (other work on the machine) hits each alike.
            run(anonymous, base + anonymousPage, 3);
            for (String page : measured) {
                run(signedIn, base + page, 3);
            }
            for (int r = 0; r < rounds; r++) {
                results.merge("anonymous " + anonymousPage, run(anonymous, base + anonymousPage, seconds), Load::plus);
                for (String page : measured) {
                    results.merge(page, run(signedIn, base + page, seconds), Load::plus);
                }
            }
            System.out.println("as: " + CLIENTS + " navigators with about " + PARTICIPANTS / NAVIGATORS + " participants each, "
                    + CLIENTS + " clients, " + rounds + " x " + seconds + " s per page");
            Load anon = results.get("anonymous " + anonymousPage);
            results.forEach((page, load) -> {
                String name = "caseload-" + (page.startsWith("anonymous") ? "anonymous-" + slug(anonymousPage) : slug(page));
                System.out.printf("%s-rate: %.0f requests/s%n", name, load.rate());
                System.out.printf("%s-p50: %.1f ms%n", name, load.percentile(50));
                System.out.printf("%s-p99: %.1f ms%n", name, load.percentile(99));
                if (!page.startsWith("anonymous")) {
                    System.out.printf("%s-ratio: %.0f %% of anonymous%n", name, 100 * load.rate() / anon.rate());
                }
            });
        }
    }

    private static String slug(String page) {
        return page.equals("/") ? "home" : page.replaceAll("^/|[?].*$", "").replace('/', '-');
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * 200 navigators (the demo one and 199 more in its trust, with its password), a third programme the
     * trust takes part in, and 100,000 participants spread evenly; one in ten has an appointment, one in
     * three a plan review, one in twenty an interview and one in seven no first contact yet, some of
     * each overdue. In one transaction (the temporary tables live on its connection). Returns the
     * navigators' emails, the demo one first.
     */
    /**
     * What each module's share of the worklist costs for one navigator's caseload, called in-process
     * (no HTTP, no page): says where a worklist request's time goes.
     */
    static void timeEachKindOfDueWork(ConfigurableApplicationContext context, JdbcClient jdbc, String navigator) {
        var people = jdbc.sql("""
                SELECT p.id FROM participant_participant p JOIN identity_user_account u ON u.id = p.navigator_id
                WHERE u.email = :e AND p.status <> 'withdrawn'
                """).param("e", navigator).query(java.util.UUID.class).list().stream()
                .map(org.anchorage.participant.ParticipantId::new).toList();
        java.time.LocalDate today = java.time.LocalDate.now();
        for (var source : context.getBeansOfType(org.anchorage.participant.DueWork.class).values()) {
            int items = 0;
            for (int i = 0; i < 20; i++) {
                items = source.dueFor(people, today).size(); // warm up
            }
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                source.dueFor(people, today);
            }
            System.out.printf("caseload-duework-%s: %.2f ms for %d people (%d items)%n",
                    org.springframework.aop.support.AopUtils.getTargetClass(source).getSimpleName(),
                    (System.nanoTime() - start) / 200 / 1e6, people.size(), items);
        }
        // The whole worklist as its page asks for it (access scope, people, every kind, referrals to acknowledge, audit).
        var account = context.getBean(org.anchorage.identity.Users.class).findByEmail(navigator).orElseThrow();
        var user = new org.anchorage.identity.SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), true, null);
        var participants = context.getBean(org.anchorage.participant.Participants.class);
        for (int i = 0; i < 20; i++) {
            participants.worklist(user, null, null, 1);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            participants.worklist(user, null, null, 1);
        }
        System.out.printf("caseload-worklist-facade: %.2f ms a call, one thread%n", (System.nanoTime() - start) / 200 / 1e6);
        var referrals = context.getBean(org.anchorage.referral.Referrals.class);
        int waiting = referrals.waiting(user).size();
        start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            referrals.waiting(user);
        }
        System.out.printf("caseload-triage-queue: %.2f ms a call (%d waiting)%n", (System.nanoTime() - start) / 200 / 1e6, waiting);
    }

    static List<String> seed(JdbcClient jdbc) {
        var navigator = jdbc.sql("SELECT id, organisation_id, password_hash FROM identity_user_account WHERE email = :e")
                .param("e", NAVIGATOR).query((rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getString(3)}).single();
        UUID organisation = (UUID) navigator[1];
        jdbc.sql("""
                INSERT INTO identity_user_account (id, email, display_name, role, organisation_id, password_hash, created_at)
                SELECT gen_random_uuid(), 'navigator' || i || '@bench.anchorage.local', 'Bench navigator ' || i, 'navigator',
                       :org, :hash, now()
                FROM generate_series(1, :n) AS i
                """).param("org", organisation).param("hash", navigator[2]).param("n", NAVIGATORS - 1).update();
        UUID third = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO programme_programme (id, name, status, starts_on, ends_on, description, created_at, lead_organisation_id)
                VALUES (:id, 'Bench programme', 'open', DATE '2026-01-01', DATE '2029-12-31', 'For the caseload benchmark', now(), :org)
                """).param("id", third).param("org", organisation).update();
        jdbc.sql("INSERT INTO programme_organisation (programme_id, organisation_id) VALUES (:p, :o)")
                .param("p", third).param("o", organisation).update();
        List<String> emails = new ArrayList<>(List.of(NAVIGATOR));
        for (int i = 1; i < NAVIGATORS; i++) {
            emails.add("navigator" + i + "@bench.anchorage.local");
        }
        // Navigator k (0 = the demo one) gets every participant i with i % 200 = k.
        jdbc.sql("""
                CREATE TEMPORARY TABLE bench_navigator ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY email <> :demo, email) - 1 AS k, id
                FROM identity_user_account WHERE role = 'navigator' AND (email = :demo OR email LIKE '%@bench.anchorage.local')
                """).param("demo", NAVIGATOR).update();
        jdbc.sql("""
                CREATE TEMPORARY TABLE bench_programme ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY p.name) - 1 AS k, p.id
                FROM programme_programme p JOIN programme_organisation o ON o.programme_id = p.id AND o.organisation_id = :org
                """).param("org", organisation).update();
        jdbc.sql("""
                INSERT INTO participant_participant (id, programme_id, referral_id, given_name, family_name, date_of_birth, postcode,
                    email, contact_preference, navigator_id, status, referred_on, first_contact_due, first_contact_at, enrolled_at)
                SELECT gen_random_uuid(), p.id, gen_random_uuid(), 'Given' || i, 'Family' || lpad((i * 7919 % 100000)::text, 5, '0'),
                       DATE '1990-01-01' + (i % 9000), 'RM18 7AG', 'p' || i || '@example.invalid', 'email', n.id,
                       (ARRAY['referred','engaged','preparing','in-placement','in-work'])[1 + i % 5],
                       current_date - (i % 60), current_date - (i % 60) + 21,
                       CASE WHEN i % 7 = 0 THEN NULL ELSE now() - make_interval(days => i % 50) END,
                       now() - make_interval(days => i % 60)
                FROM generate_series(0, :n - 1) AS i
                JOIN bench_navigator n ON n.k = i % :navigators
                JOIN bench_programme p ON p.k = (i / :navigators) % (SELECT count(*) FROM bench_programme)
                """).param("n", PARTICIPANTS).param("navigators", NAVIGATORS).update();
        jdbc.sql("""
                INSERT INTO participant_appointment (id, participant_id, starts_at, place, purpose, booked_by, booked_at)
                SELECT gen_random_uuid(), id, now() + make_interval(days => (hashtext(id::text) & 15) - 3), 'Seaview Community Hub',
                       'Progress meeting', 'bench', now()
                FROM participant_participant WHERE hashtext(id::text) % 10 = 0
                """).update();
        jdbc.sql("""
                INSERT INTO plan_plan (participant_id, next_review_on)
                SELECT id, current_date + (hashtext(id::text) & 31) - 10 FROM participant_participant
                WHERE hashtext(id::text) % 3 = 0
                ON CONFLICT (participant_id) DO NOTHING
                """).update();
        jdbc.sql("""
                INSERT INTO placement_candidate (id, offer_id, participant_id, stage, suggested_at, suggested_by, put_forward_at, interview_at)
                SELECT gen_random_uuid(), o.id, pp.id, 'interview', now() - interval '5 days', 'bench', now() - interval '4 days',
                       now() + make_interval(days => hashtext(pp.id::text) & 7)
                FROM participant_participant pp, (SELECT id FROM placement_offer ORDER BY created_at LIMIT 1) o
                WHERE hashtext(pp.id::text) % 20 = 0
                ON CONFLICT DO NOTHING
                """).update();
        jdbc.sql("ANALYZE").update();
        return emails;
    }

    /** A client with its own cookies, signed in through the sign-in form like a browser. */
    static HttpClient signIn(String base, String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1);
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("sign-in as " + email + " failed: " + response.statusCode() + " " + location);
        }
        return http;
    }

    static int get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Requests done and their latencies, over a number of seconds. */
    record Load(long[] nanos, int count, double seconds) {
        double rate() {
            return count / seconds;
        }

        double percentile(int p) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }

        Load plus(Load other) {
            long[] all = Arrays.copyOf(nanos, count + other.count);
            System.arraycopy(other.nanos, 0, all, count, other.count);
            return new Load(all, all.length, seconds + other.seconds);
        }
    }

    /** One client per connection, each sending the next request as soon as the last one is answered. */
    static Load run(List<HttpClient> clients, String url, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
            List<Future<long[]>> running = new ArrayList<>();
            for (HttpClient http : clients) {
                running.add(pool.submit(() -> {
                    long[] times = new long[1024];
                    int n = 0;
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            throw new IllegalStateException("HTTP " + status + " from " + url);
                        }
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = System.nanoTime() - start;
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            long[] all = new long[0];
            for (Future<long[]> f : running) {
                long[] times = f.get();
                int at = all.length;
                all = Arrays.copyOf(all, at + times.length);
                System.arraycopy(times, 0, all, at, times.length);
            }
            return new Load(all, all.length, seconds);
        }
    }
}
