package org.anchorage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.anchorage.AnchorageApplication;
import org.anchorage.reporting.internal.MilestoneLog;
import org.anchorage.reporting.internal.MilestoneLog.Count;
import org.anchorage.shared.database.DatabaseAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The funder dashboard at national scale: seeds 20 programmes with referrals over three years (local
 * authorities, deciles skewed to the most deprived, sources, target places) and their milestones, people
 * dropping out along the journey, by direct set-based SQL, and counts them with {@link MilestoneLog#rebuildCounts}.
 * Then, for the largest programme, times the funnel of twelve months from the kept counts (median of RUNS) by no
 * grouping and by local authority, against a recount of the log in the same run (median of 3), and fails unless
 * the two agree exactly for every grouping, over whole months and over a period cut inside months. For the ADR it
 * also times the other layouts weighed (the first daily counts by every grouping at once; the daily counts
 * alone; a materialised view refreshed whole) and the cost added to one {@code record} by keeping the counts.
 * Run by {@code bench/run.sh reporting [REFERRALS [RUNS]]}.
 */
public final class ReportingBenchmark {

    static final int PROGRAMMES = 20;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    static final int DAYS = 1096; // 1 December 2023 to 30 November 2026
    static final int WRITES = 10_000;

    /** The journey in order: milestone, the share of those at the step before who reach it, typical days after it. */
    static final Object[][] STEPS = {
            {"referred", 1.0, 0}, {"eligible", 0.88, 0}, {"accepted", 0.70, 9}, {"assessed", 0.95, 12}, {"plan-agreed", 0.94, 10},
            {"training-started", 0.9, 14}, {"training-completed", 0.86, 35}, {"put-forward", 0.88, 10}, {"placement-started", 0.84, 18},
            {"placement-completed", 0.86, 42}, {"job-started", 0.82, 21}, {"in-work-4", 0.96, 28}, {"in-work-13", 0.93, 63},
            {"outcome:sustained-3-months", 0.97, 3}, {"outcome:ips-baseline", 0.92, 14}, {"in-work-26", 0.92, 74},
            {"outcome:dwp-earnings", 0.92, 20}, {"in-work-52", 0.88, 162}};

    public static void main(String[] args) throws Exception {
        int referrals = args.length > 0 ? Integer.parseInt(args[0]) : 3_400_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path home = Files.createTempDirectory("anchorage-reporting-bench-");
        try {
            run(home, referrals, runs);
        } finally {
            // Some gigabytes of database: not left behind in the temporary folder.
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static void run(Path home, int referrals, int runs) throws Exception {
        SpringApplication app = new SpringApplication(AnchorageApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.demo=true", "--anchorage.admin.email=bench@anchorage.local",
                "--anchorage.admin.password=quiet-harbour-sea-lantern", "--logging.level.root=WARN",
                "--anchorage.early-warnings.cron=-")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            MilestoneLog log = context.getBean(MilestoneLog.class);
            DatabaseAccounts accounts = context.getBean(DatabaseAccounts.class);
            // The tables' owner loads them (the application's role may not drop their keys) and keeps the bench's own tables.
            java.sql.Connection ownerConnection = accounts.ownerConnection();
            JdbcClient owner = JdbcClient.create(new SingleConnectionDataSource(ownerConnection, true));

            long seedStart = System.nanoTime();
            List<UUID> programmes = seed(owner, referrals);
            long countStart = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                jdbc.sql("SET LOCAL work_mem = '256MB'").update();
                log.rebuildCounts();
            });
            long countEnd = System.nanoTime();
            for (String table : List.of("reporting_person", "reporting_milestone", "reporting_count_day", "reporting_count_month")) {
                owner.sql("VACUUM ANALYZE " + table).update();
            }
            System.out.printf("reporting-seed-time: %d s (log %d s, counts from the log %d s)%n", (System.nanoTime() - seedStart) / 1_000_000_000,
                    (countStart - seedStart) / 1_000_000_000, (countEnd - countStart) / 1_000_000_000);
            System.out.printf("reporting-rows: %,d referrals (%,d participants) in %d programmes, %,d milestones; kept counts %,d by day, %,d by month%n",
                    count(jdbc, "reporting_person"), jdbc.sql("SELECT count(participant_id) FROM reporting_person").query(Long.class).single(),
                    PROGRAMMES, count(jdbc, "reporting_milestone"), count(jdbc, "reporting_count_day"), count(jdbc, "reporting_count_month"));
            System.out.println("reporting-sizes: " + jdbc.sql("""
                    SELECT string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)), ', ' ORDER BY relname) FROM pg_class
                    WHERE relname IN ('reporting_person', 'reporting_milestone', 'reporting_count_day', 'reporting_count_month')
                    """).query(String.class).single());

            UUID programme = programmes.getFirst();
            LocalDate from = LAST_DAY.minusYears(1).plusDays(1);
            LocalDate cutFrom = LocalDate.of(2025, 6, 17);
            LocalDate cutTo = LocalDate.of(2026, 6, 16);
            long people = jdbc.sql("SELECT count(*) FROM reporting_person WHERE programme_id = :p").param("p", programme).query(Long.class).single();
            long inRange = jdbc.sql("""
                    SELECT count(*) FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                    WHERE p.programme_id = :p AND m.occurred_on BETWEEN :from AND :to
                    """).param("p", programme).param("from", Date.valueOf(from)).param("to", Date.valueOf(LAST_DAY)).query(Long.class).single();
            System.out.printf("as: the largest programme, %,d referrals; %s to %s holds %,d of its milestones; %d timed runs each%n",
                    people, from, LAST_DAY, inRange, runs);

            // Warm up every path, so none pays alone for plans or a cold cache.
            for (int i = 0; i < 5; i++) {
                for (String g : MilestoneLog.GROUPINGS.keySet()) {
                    log.funnelCounts(programme, from, LAST_DAY, g);
                    log.funnelCounts(programme, cutFrom, cutTo, g);
                }
            }

            double dashboardNone = time("reporting-dashboard-none", runs, () -> log.funnelCounts(programme, from, LAST_DAY, "none"),
                    "12 whole months, kept counts by month");
            double dashboardLa = time("reporting-dashboard-local-authority", runs, () -> log.funnelCounts(programme, from, LAST_DAY, "local-authority"),
                    "12 whole months, kept counts by month");
            time("reporting-dashboard-cut-none", runs, () -> log.funnelCounts(programme, cutFrom, cutTo, "none"),
                    cutFrom + " to " + cutTo + ": 11 months and 30 edge days");
            time("reporting-dashboard-cut-local-authority", runs, () -> log.funnelCounts(programme, cutFrom, cutTo, "local-authority"),
                    cutFrom + " to " + cutTo + ": 11 months and 30 edge days");

            // The layouts weighed against it, on the same data.
            time("reporting-alternative-days-only-local-authority", runs, () -> daysOnly(jdbc, programme, from, LAST_DAY, "local-authority"),
                    "the same counts by day alone, 365 days");
            buildFirstLayout(owner, accounts.appUser());
            time("reporting-alternative-first-layout-none", runs, () -> firstLayout(jdbc, programme, from, LAST_DAY, "''"),
                    "daily counts by every grouping at once (V2026_12_06_10), " + String.format("%,d rows", count(jdbc, "bench_daily_count")));
            time("reporting-alternative-first-layout-local-authority", runs, () -> firstLayout(jdbc, programme, from, LAST_DAY, "local_authority_code"),
                    "daily counts by every grouping at once (V2026_12_06_10)");
            long refreshStart = System.nanoTime();
            owner.sql("REFRESH MATERIALIZED VIEW bench_monthly_view").update();
            System.out.printf("reporting-alternative-view-refresh: %.1f s (a materialised view of monthly counts by every grouping, refreshed whole: "
                    + "what each change would cost without incremental refresh)%n", (System.nanoTime() - refreshStart) / 1e9);

            List<Count> recountNone = new ArrayList<>();
            double recountNoneMs = time("reporting-recount-none", 3, () -> { recountNone.clear(); recountNone.addAll(log.funnelRecount(programme, from, LAST_DAY, "none")); return recountNone; },
                    "from the log");
            List<Count> recountLa = new ArrayList<>();
            double recountLaMs = time("reporting-recount-local-authority", 3, () -> { recountLa.clear(); recountLa.addAll(log.funnelRecount(programme, from, LAST_DAY, "local-authority")); return recountLa; },
                    "from the log");
            System.out.printf("reporting-ratio: %.0f x faster by no grouping, %.0f x by local authority (recount / kept counts)%n",
                    recountNoneMs / dashboardNone, recountLaMs / dashboardLa);

            int compared = 0;
            List<String> differ = new ArrayList<>();
            for (String g : MilestoneLog.GROUPINGS.keySet()) {
                for (LocalDate[] period : List.of(new LocalDate[] {from, LAST_DAY}, new LocalDate[] {cutFrom, cutTo})) {
                    List<Count> kept = log.funnelCounts(programme, period[0], period[1], g);
                    List<Count> recount = g.equals("none") && period[0].equals(from) ? recountNone
                            : g.equals("local-authority") && period[0].equals(from) ? recountLa : log.funnelRecount(programme, period[0], period[1], g);
                    compared += recount.size();
                    if (!kept.equals(recount) || kept.isEmpty()) {
                        differ.add(g + " " + period[0] + ".." + period[1]);
                    }
                }
            }
            Map<String, Long> byMilestone = new java.util.HashMap<>();
            recountNone.forEach(c -> byMilestone.put(c.milestone(), c.n()));
            System.out.println("reporting-funnel: " + String.join(", ", Arrays.stream(STEPS)
                    .map(s -> s[0] + " " + String.format("%,d", byMilestone.getOrDefault((String) s[0], 0L))).toList()));
            System.out.println("reporting-agree: " + (differ.isEmpty() ? "equal" : "DIFFERENT in " + differ)
                    + " (kept counts and recount, every grouping, whole and cut months; " + compared + " counts compared)");

            writePath(jdbc, transactions, log);
            ownerConnection.close();

            boolean met = dashboardNone <= 100 && dashboardLa <= 100;
            System.out.println("reporting-goal: " + (met ? "met" : "missed") + " (<= 100 ms for the 12-month funnel, by no grouping and by local authority)");
            if (!differ.isEmpty()) {
                throw new IllegalStateException("kept counts and recount differ: " + differ);
            }
        }
    }

    /**
     * The cost of keeping the counts on the write path: {@value #WRITES} milestones each in its own transaction (as a
     * domain event's listener records it), through {@code record}; the same with the log row alone; with the first
     * layout's one daily count; and the set-based roll-up that a log-only design would run afterwards.
     */
    static void writePath(JdbcClient jdbc, TransactionTemplate transactions, MilestoneLog log) {
        UUID programme = jdbc.sql("SELECT id FROM programme_programme WHERE name = 'Reporting bench programme 1'").query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO reporting_person (referral_id, programme_id, referral_source, local_authority_code, lsoa_code, imd_decile, target_place)
                SELECT gen_random_uuid(), :p, CASE WHEN i % 3 = 0 THEN 'self' ELSE 'partner' END, 'E0800000' || (i % 8), 'E01000001', 1 + i % 10,
                       CASE WHEN i % 4 = 0 THEN 'Tilbury' ELSE '' END
                FROM generate_series(1, :n) AS i
                """).param("p", programme).param("n", WRITES + 1_500).update();
        List<UUID> people = jdbc.sql("SELECT referral_id FROM reporting_person WHERE programme_id = :p AND lsoa_code = 'E01000001'")
                .param("p", programme).query(UUID.class).list();
        Date on = Date.valueOf(LAST_DAY);
        Map<String, java.util.function.Consumer<UUID>> ways = new java.util.LinkedHashMap<>();
        ways.put("log-only", r -> jdbc.sql("INSERT INTO reporting_milestone (referral_id, milestone, occurred_on) VALUES (:r, 'eligible', :on) "
                + "ON CONFLICT (referral_id, milestone) DO NOTHING").param("r", r).param("on", on).update());
        ways.put("first-layout", r -> {
            if (jdbc.sql("INSERT INTO reporting_milestone (referral_id, milestone, occurred_on) VALUES (:r, 'accepted', :on) "
                    + "ON CONFLICT (referral_id, milestone) DO NOTHING").param("r", r).param("on", on).update() > 0) {
                jdbc.sql("""
                        INSERT INTO bench_daily_count (programme_id, day, milestone, referral_source, local_authority_code, imd_decile, target_place, n)
                        SELECT programme_id, :on, 'accepted', referral_source, local_authority_code, imd_decile, target_place, 1
                        FROM reporting_person WHERE referral_id = :r
                        ON CONFLICT (programme_id, day, milestone, referral_source, local_authority_code, imd_decile, target_place)
                        DO UPDATE SET n = bench_daily_count.n + 1
                        """).param("r", r).param("on", on).update();
            }
        });
        ways.put("record", r -> log.record(r, "referred", LAST_DAY));
        Map<String, Double> each = new java.util.LinkedHashMap<>();
        // 1,500 of each to warm up, then the timed 10,000, the ways taking turns in blocks of 500 so none gets a quieter machine.
        for (int block = 0; block < people.size() / 500; block++) {
            for (var way : ways.entrySet()) {
                long start = System.nanoTime();
                for (UUID r : people.subList(block * 500, block * 500 + 500)) {
                    transactions.executeWithoutResult(status -> way.getValue().accept(r));
                }
                if (block >= 3) {
                    each.merge(way.getKey(), (System.nanoTime() - start) / 1e6, Double::sum);
                }
            }
        }
        for (var e : each.entrySet()) {
            System.out.printf("reporting-write-%s: %.3f ms per milestone (%,d, each in its own transaction)%n", e.getKey(), e.getValue() / WRITES, WRITES);
        }
        System.out.printf("reporting-write-added: %.3f ms per milestone for the counts (record - log-only), %.3f ms for the first layout's%n",
                (each.get("record") - each.get("log-only")) / WRITES, (each.get("first-layout") - each.get("log-only")) / WRITES);

        // A log-only design rolls its new rows up later, set-based: here the 'eligible' and 'accepted' rows just written.
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO reporting_count_day (programme_id, grouped_by, day, milestone, group_value, n)
                    SELECT p.programme_id, g.grouped_by, m.occurred_on, m.milestone, g.group_value, count(*)
                    FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                    CROSS JOIN LATERAL (VALUES ('none', ''), ('local-authority', p.local_authority_code), ('target-place', p.target_place),
                                               ('decile', p.imd_decile::text), ('source', p.referral_source)) AS g (grouped_by, group_value)
                    WHERE p.programme_id = :p AND p.lsoa_code = 'E01000001' AND m.milestone IN ('eligible', 'accepted')
                    GROUP BY 1, 2, 3, 4, 5
                    ON CONFLICT (programme_id, grouped_by, day, milestone, group_value) DO UPDATE SET n = reporting_count_day.n + EXCLUDED.n
                    """).param("p", programme).update();
            jdbc.sql("""
                    INSERT INTO reporting_count_month (programme_id, grouped_by, month, milestone, group_value, n)
                    SELECT p.programme_id, g.grouped_by, date_trunc('month', m.occurred_on)::date, m.milestone, g.group_value, count(*)
                    FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                    CROSS JOIN LATERAL (VALUES ('none', ''), ('local-authority', p.local_authority_code), ('target-place', p.target_place),
                                               ('decile', p.imd_decile::text), ('source', p.referral_source)) AS g (grouped_by, group_value)
                    WHERE p.programme_id = :p AND p.lsoa_code = 'E01000001' AND m.milestone IN ('eligible', 'accepted')
                    GROUP BY 1, 2, 3, 4, 5
                    ON CONFLICT (programme_id, grouped_by, month, milestone, group_value) DO UPDATE SET n = reporting_count_month.n + EXCLUDED.n
                    """).param("p", programme).update();
        });
        System.out.printf("reporting-write-roll-up: %.0f ms to roll %,d log rows into the counts afterwards, set-based%n",
                (System.nanoTime() - start) / 1e6, 2 * people.size());
        boolean equal = MilestoneLog.GROUPINGS.keySet().stream().allMatch(g -> {
            var kept = log.funnelCounts(programme, LAST_DAY.withDayOfMonth(1), LAST_DAY, g);
            return !kept.isEmpty() && kept.equals(log.funnelRecount(programme, LAST_DAY.withDayOfMonth(1), LAST_DAY, g));
        });
        System.out.println("reporting-write-agree: " + (equal ? "equal" : "DIFFERENT") + " (kept counts and recount after the writes, every grouping)");
        if (!equal) {
            throw new IllegalStateException("kept counts and recount differ after the writes");
        }
    }

    /** Times a read {@code runs} times; prints and returns the median in ms. */
    static double time(String name, int runs, Supplier<List<?>> read, String what) {
        double[] ms = new double[runs];
        int rows = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            rows = read.get().size();
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        double median = median(ms);
        System.out.printf("%s: %.1f ms (median of %d; min %.1f, max %.1f; %d counts; %s)%n", name, median, runs,
                Arrays.stream(ms).min().orElse(0), Arrays.stream(ms).max().orElse(0), rows, what);
        return median;
    }

    static List<Count> daysOnly(JdbcClient jdbc, UUID programme, LocalDate from, LocalDate to, String grouping) {
        return jdbc.sql("""
                SELECT milestone, group_value, sum(n) AS n FROM reporting_count_day
                WHERE programme_id = :p AND grouped_by = :g AND day BETWEEN :from AND :to GROUP BY 1, 2 ORDER BY 1, 2
                """).param("p", programme).param("g", grouping).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    static List<Count> firstLayout(JdbcClient jdbc, UUID programme, LocalDate from, LocalDate to, String group) {
        return jdbc.sql("SELECT milestone, " + group + " AS grp, sum(n) AS n FROM bench_daily_count "
                        + "WHERE programme_id = :p AND day BETWEEN :from AND :to GROUP BY milestone, grp ORDER BY milestone, grp")
                .param("p", programme).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The first layout's table (V2026_12_06_10) filled from the log, and a monthly view by every grouping. */
    static void buildFirstLayout(JdbcClient jdbc, String appUser) {
        {
            jdbc.sql("""
                    CREATE TABLE bench_daily_count (
                        programme_id UUID NOT NULL, day DATE NOT NULL, milestone TEXT NOT NULL, referral_source TEXT NOT NULL,
                        local_authority_code TEXT NOT NULL, imd_decile INT NOT NULL, target_place TEXT NOT NULL, n INT NOT NULL,
                        PRIMARY KEY (programme_id, day, milestone, referral_source, local_authority_code, imd_decile, target_place))
                    """).update();
            jdbc.sql("""
                    INSERT INTO bench_daily_count
                    SELECT p.programme_id, m.occurred_on, m.milestone, p.referral_source, p.local_authority_code, p.imd_decile, p.target_place, count(*)
                    FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                    GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
                    """).update();
            jdbc.sql("""
                    CREATE MATERIALIZED VIEW bench_monthly_view AS
                    SELECT p.programme_id, date_trunc('month', m.occurred_on)::date AS month, m.milestone, p.referral_source, p.local_authority_code,
                           p.imd_decile, p.target_place, count(*) AS n
                    FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                    GROUP BY 1, 2, 3, 4, 5, 6, 7 WITH NO DATA
                    """).update();
            jdbc.sql("GRANT SELECT, INSERT, UPDATE ON bench_daily_count TO " + appUser).update();
        }
        jdbc.sql("VACUUM ANALYZE bench_daily_count").update();
    }

    /**
     * 20 programmes (the first the largest, about a sixth of everyone) the demo trust leads, {@code n} referrals
     * spread over three years and growing, each with its milestones in order until they drop out (none after the
     * last day). Deterministic by row number except the ids. The log is loaded without its keys and indexes, which
     * are made again afterwards (as a bulk load should), in the order the days came.
     */
    static List<UUID> seed(JdbcClient jdbc, int n) {
        jdbc.sql("SET maintenance_work_mem = '1GB'").update();
        jdbc.sql("SET work_mem = '256MB'").update();
        UUID organisation = jdbc.sql("SELECT organisation_id FROM identity_user_account WHERE email = 'navigator@demo.anchorage.local'")
                .query(UUID.class).single();
        List<UUID> programmes = new ArrayList<>();
        for (int k = 0; k < PROGRAMMES; k++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO programme_programme (id, name, status, starts_on, ends_on, description, created_at, lead_organisation_id)
                    VALUES (:id, :name, 'open', DATE '2023-12-01', DATE '2029-12-31', 'For the reporting benchmark', now(), :org)
                    """).param("id", id).param("name", "Reporting bench programme " + k).param("org", organisation).update();
            jdbc.sql("INSERT INTO programme_organisation (programme_id, organisation_id) VALUES (:p, :o)").param("p", id).param("o", organisation).update();
            programmes.add(id);
        }
        jdbc.sql("CREATE TEMPORARY TABLE bench_programme (k INT PRIMARY KEY, id UUID NOT NULL)").update();
        for (int k = 0; k < PROGRAMMES; k++) {
            jdbc.sql("INSERT INTO bench_programme VALUES (:k, :id)").param("k", k).param("id", programmes.get(k)).update();
        }
        // u(i, salt): a uniform number in [0, 1) fixed by the row number.
        jdbc.sql("""
                CREATE TEMPORARY TABLE bench_person AS
                SELECT i, gen_random_uuid() AS referral_id, least(19, floor(20 * power(u(i, 1), 1.6)))::int AS k,
                       least(7, floor(8 * power(u(i, 2), 1.7)))::int AS la, u(i, 3) AS lsoa, u(i, 4) AS decile, u(i, 5) AS source,
                       u(i, 6) AS place, u(i, 7) AS journey, DATE '2023-12-01' + floor(:days * sqrt(u(i, 8)))::int AS referred_on,
                       0.6 + u(i, 9) AS pace
                FROM generate_series(1, :n) AS i
                """.replaceAll("u\\(i, (\\d)\\)", "((hashint8extended(i, $1) & 1099511627775)::float8 / 1099511627776.0)"))
                .param("n", n).param("days", DAYS).update();

        StringBuilder steps = new StringBuilder();
        double reached = 1;
        int day = 0;
        for (Object[] s : STEPS) {
            reached *= (Double) s[1];
            day += (Integer) s[2];
            steps.append(steps.isEmpty() ? "" : ", ").append("('").append(s[0]).append("', ").append(reached).append(", ").append(day).append(")");
        }
        jdbc.sql("CREATE TEMPORARY TABLE bench_step (milestone TEXT, reached FLOAT8, after_days INT)").update();
        jdbc.sql("INSERT INTO bench_step VALUES " + steps).update();

        withoutKeys(jdbc, () -> {
            jdbc.sql("""
                    INSERT INTO reporting_person (referral_id, participant_id, programme_id, referral_source, local_authority_code, lsoa_code,
                        imd_decile, target_place)
                    SELECT b.referral_id,
                           CASE WHEN b.journey < s.reached AND b.referred_on + round(s.after_days * b.pace)::int <= :last THEN gen_random_uuid() END,
                           p.id, CASE WHEN b.source < 0.35 THEN 'self' ELSE 'partner' END, la.code,
                           'E01' || lpad((((b.k * 8 + b.la) * 250) + floor(250 * power(b.lsoa, 1.4)))::int::text, 6, '0'),
                           CASE WHEN b.decile < 0.01 THEN 0 ELSE 1 + least(9, floor(10 * power((b.decile - 0.01) / 0.99, 2)))::int END,
                           CASE WHEN b.place < 0.4 THEN (ARRAY['Tilbury', 'Chadwell St Mary', 'Grays Riverside', 'Purfleet', 'Aveley',
                               'Hodge Hill', 'Washwood Heath', 'Ladywood', 'Aston', 'Nechells', 'Walker', 'Byker', 'Benwell', 'Scotswood',
                               'Elswick', 'Everton', 'Kirkdale', 'Anfield', 'Clubmoor', 'Norris Green', 'Thornaby', 'Stainsby', 'Hardwick',
                               'Parkfield', 'Newtown'])[1 + (b.k * 5 + floor(5 * b.place / 0.4)::int) % 25] ELSE '' END
                    FROM bench_person b JOIN bench_programme p ON p.k = b.k JOIN bench_step s ON s.milestone = 'accepted',
                    LATERAL (SELECT 'E0' || (6 + b.k % 4) || lpad((1 + (b.k * 8 + b.la) % 90)::text, 6, '0') AS code) la
                    ORDER BY b.referred_on
                    """).param("last", Date.valueOf(LAST_DAY)).update();
            jdbc.sql("""
                    INSERT INTO reporting_milestone (referral_id, milestone, occurred_on)
                    SELECT b.referral_id, s.milestone, b.referred_on + round(s.after_days * b.pace)::int
                    FROM bench_person b JOIN bench_step s ON b.journey < s.reached
                    WHERE b.referred_on + round(s.after_days * b.pace)::int <= :last
                    ORDER BY 3
                    """).param("last", Date.valueOf(LAST_DAY)).update();
        }, "reporting_person", "reporting_milestone");
        jdbc.sql("DROP TABLE bench_person, bench_step, bench_programme").update();
        // Largest first.
        return jdbc.sql("SELECT programme_id FROM reporting_person GROUP BY programme_id ORDER BY count(*) DESC").query(UUID.class).list();
    }

    /** Runs a bulk load with the tables' keys, unique constraints and indexes dropped, and makes them again after. */
    static void withoutKeys(JdbcClient jdbc, Runnable load, String... tables) {
        String in = "(" + String.join(", ", Arrays.stream(tables).map(t -> "'" + t + "'::regclass").toList()) + ")";
        record Ddl(String table, String name, String definition) {}
        List<Ddl> foreign = jdbc.sql("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                        + "WHERE contype = 'f' AND (conrelid IN " + in + " OR confrelid IN " + in + ")")
                .query((rs, k) -> new Ddl(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<Ddl> keys = jdbc.sql("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                        + "WHERE contype IN ('p', 'u') AND conrelid IN " + in)
                .query((rs, k) -> new Ddl(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<Ddl> indexes = jdbc.sql("SELECT i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                        + "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid IN " + in
                        + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")
                .query((rs, k) -> new Ddl(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        foreign.forEach(f -> jdbc.sql("ALTER TABLE " + f.table() + " DROP CONSTRAINT " + f.name()).update());
        keys.forEach(f -> jdbc.sql("ALTER TABLE " + f.table() + " DROP CONSTRAINT " + f.name()).update());
        indexes.forEach(i -> jdbc.sql("DROP INDEX " + i.name()).update());
        load.run();
        indexes.forEach(i -> jdbc.sql(i.definition()).update());
        keys.forEach(f -> jdbc.sql("ALTER TABLE " + f.table() + " ADD CONSTRAINT " + f.name() + " " + f.definition()).update());
        foreign.forEach(f -> jdbc.sql("ALTER TABLE " + f.table() + " ADD CONSTRAINT " + f.name() + " " + f.definition()).update());
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
