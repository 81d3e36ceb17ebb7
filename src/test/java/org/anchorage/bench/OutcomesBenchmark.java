package org.anchorage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.anchorage.AnchorageApplication;
import org.anchorage.outcome.JobOutcomes;
import org.anchorage.outcome.internal.OutcomeAssessment;
import org.anchorage.participant.ParticipantId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outcome statuses for 100,000 job starts with 400,000 sustainment checks (and 20,000 changes in pay and
 * hours): seeds a programme by direct SQL, then in the same run times the set-based pass (every start, change
 * and check of the programme in three reads, each start computed once by the pure calculator) against
 * a plain person-by-person recomputation (the reads a page makes, one person at a time), and asserts both give
 * the same outcomes. The application runs in this JVM on its embedded PostgreSQL.
 * Run by {@code bench/run.sh outcomes [STARTS [PEOPLE_ONE_BY_ONE [RUNS]]]}.
 */
public final class OutcomesBenchmark {

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int oneByOne = args.length > 1 ? Integer.parseInt(args[1]) : starts;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path home = Files.createTempDirectory("anchorage-outcomes-bench-");
        SpringApplication app = new SpringApplication(AnchorageApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.demo=true", "--anchorage.admin.email=bench@anchorage.local",
                "--anchorage.admin.password=quiet-harbour-sea-lantern", "--logging.level.root=WARN",
                "--anchorage.early-warnings.cron=-")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            long seedStart = System.nanoTime();
            UUID programme = transactions.execute(status -> seed(jdbc, starts));
            jdbc.sql("ANALYZE").update();
            System.out.printf("outcomes-seed-time: %d s%n", (System.nanoTime() - seedStart) / 1_000_000_000);
            for (String table : List.of("outcome_job_start", "outcome_sustainment_check", "outcome_job_change")) {
                System.out.printf("outcomes-rows-%s: %d rows%n", table.replace('_', '-'), jdbc.sql("SELECT count(*) FROM " + table)
                        .query(Long.class).single());
            }

            OutcomeAssessment assessment = context.getBean(OutcomeAssessment.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            List<ParticipantId> people = jdbc.sql("SELECT id FROM participant_participant WHERE programme_id = :p ORDER BY id")
                    .param("p", programme).query((rs, n) -> new ParticipantId(rs.getObject(1, UUID.class))).list();

            // Warm up both paths, so neither pays alone for class loading, plans or caches.
            for (int i = 0; i < 2; i++) {
                assessment.ofProgramme(programme, today);
            }
            for (int i = 0; i < Math.min(2_000, people.size()); i++) {
                assessment.ofPerson(people.get(i), today);
            }

            double[] setBased = new double[runs];
            List<JobOutcomes> all = List.of();
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                all = assessment.ofProgramme(programme, today);
                setBased[r] = (System.nanoTime() - start) / 1e6;
            }

            List<ParticipantId> sample = people.subList(0, Math.min(oneByOne, people.size()));
            long start = System.nanoTime();
            Map<UUID, JobOutcomes> personByPerson = new HashMap<>();
            for (ParticipantId person : sample) {
                for (JobOutcomes o : assessment.ofPerson(person, today)) {
                    personByPerson.put(o.jobStart(), o);
                }
            }
            double perPersonMs = (System.nanoTime() - start) / 1e6;

            Map<UUID, JobOutcomes> bySet = new HashMap<>();
            all.forEach(o -> bySet.put(o.jobStart(), o));
            boolean equal = personByPerson.entrySet().stream().allMatch(e -> e.getValue().equals(bySet.get(e.getKey())))
                    && (sample.size() < people.size() || personByPerson.size() == bySet.size());
            double median = median(setBased);
            double perPersonEach = perPersonMs / sample.size();
            System.out.println("as: " + all.size() + " job starts of " + people.size() + " people in one programme, " + runs + " timed set-based runs");
            System.out.printf("outcomes-set-based: %.0f ms (median of %d; min %.0f, max %.0f; %d outcome statuses)%n", median, runs,
                    Arrays.stream(setBased).min().orElse(0), Arrays.stream(setBased).max().orElse(0),
                    all.stream().mapToInt(o -> o.outcomes().size()).sum());
            System.out.printf("outcomes-person-by-person: %.0f ms (%d people one at a time, %.3f ms each; %.0f ms for all %d at that rate)%n",
                    perPersonMs, sample.size(), perPersonEach, perPersonEach * people.size(), people.size());
            System.out.printf("outcomes-ratio: %.1f x faster set-based (person-by-person for everyone / set-based)%n",
                    perPersonEach * people.size() / median);
            System.out.println("outcomes-statuses: " + byStatus(all));
            System.out.println("outcomes-equal: " + equal + " (set-based and person-by-person outcomes, " + personByPerson.size() + " starts compared)");
            System.out.println("outcomes-goal: " + (median <= 2000 ? "met" : "missed") + " (<= 2000 ms for " + all.size() + " starts)");
            if (!equal) {
                throw new IllegalStateException("set-based and person-by-person outcomes differ");
            }
        }
    }

    private static String byStatus(List<JobOutcomes> all) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JobOutcomes o : all) {
            if (!o.counts()) {
                counts.merge("job-does-not-count", 1, Integer::sum);
            }
            o.outcomes().forEach(s -> counts.merge(s.definition() + "/" + s.status(), 1, Integer::sum));
        }
        return counts.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * A programme the demo trust takes part in, {@code n} people on the demo navigator's caseload each with one
     * job start 53 weeks to 3 years ago (every check already made) (one in ten under 16 hours, one in seven left), a check at 4, 13, 26 and 52 weeks
     * each (every fourth on the participant's word; some finding fewer hours), and a pay rise for one in five;
     * deterministic by row number.
     */
    static UUID seed(JdbcClient jdbc, int n) {
        var navigator = jdbc.sql("SELECT id, organisation_id FROM identity_user_account WHERE email = 'navigator@demo.anchorage.local'")
                .query((rs, k) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        UUID programme = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO programme_programme (id, name, status, starts_on, ends_on, description, created_at, lead_organisation_id)
                VALUES (:id, 'Outcomes bench programme', 'open', DATE '2024-04-01', DATE '2029-12-31', 'For the outcomes benchmark', now(), :org)
                """).param("id", programme).param("org", navigator[1]).update();
        jdbc.sql("INSERT INTO programme_organisation (programme_id, organisation_id) VALUES (:p, :o)")
                .param("p", programme).param("o", navigator[1]).update();
        jdbc.sql("""
                INSERT INTO participant_participant (id, programme_id, referral_id, given_name, family_name, date_of_birth, postcode,
                    email, contact_preference, navigator_id, status, referred_on, first_contact_due, first_contact_at, enrolled_at)
                SELECT gen_random_uuid(), :programme, gen_random_uuid(), 'Given' || i, 'Family' || i, DATE '1980-01-01' + (i % 9000),
                       'RM18 7AG', 'o' || i || '@example.invalid', 'email', :navigator, 'in-work',
                       current_date - 800, current_date - 790, now() - interval '790 days', now() - interval '790 days'
                FROM generate_series(0, :n - 1) AS i
                """).param("programme", programme).param("navigator", navigator[0]).param("n", n).update();
        jdbc.sql("CREATE TEMPORARY TABLE bench_person ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id "
                + "FROM participant_participant WHERE programme_id = :p").param("p", programme).update();
        jdbc.sql("""
                INSERT INTO outcome_job_start (id, participant_id, employer, role_title, role_family, afc_band, hourly_pay_pence, hours_per_week,
                    contract_type, starts_on, evidence, recorded_by, recorded_at, left_on, left_reason, employer_sector)
                SELECT gen_random_uuid(), id, 'Bench Hospital', 'Porter', 'portering', NULL, 1271 + (i % 60),
                       CASE WHEN i % 10 = 0 THEN 12 WHEN i % 10 < 3 THEN 20 ELSE 37.5 END, 'permanent', s.on, 'employer-confirmation',
                       :navigator, now(),
                       CASE WHEN i % 7 = 0 THEN least(current_date, s.on + 10 + (i % 150)::int) END, CASE WHEN i % 7 = 0 THEN 'other' END, 'nhs'
                FROM bench_person, LATERAL (SELECT current_date - 367 - (i % 730)::int AS on) s
                """).param("navigator", navigator[0]).update();
        jdbc.sql("""
                INSERT INTO outcome_sustainment_check (id, job_start_id, weeks, checked_on, status, hours_per_week, evidence, support_given,
                    recorded_by, recorded_at)
                SELECT gen_random_uuid(), j.id, w.weeks, c.on,
                       CASE WHEN j.left_on IS NOT NULL AND c.on > j.left_on THEN 'left' ELSE 'same-job' END,
                       CASE WHEN j.left_on IS NOT NULL AND c.on > j.left_on THEN NULL
                            WHEN w.weeks = 13 AND hashtext(j.id::text) % 13 = 0 THEN 5 ELSE j.hours_per_week END,
                       CASE WHEN (hashtext(j.id::text || w.weeks) & 3) = 0 THEN 'participant-said' ELSE 'payslip-seen' END, '', :navigator, now()
                FROM outcome_job_start j JOIN bench_person p ON p.id = j.participant_id
                CROSS JOIN (VALUES (4), (13), (26), (52)) AS w (weeks),
                LATERAL (SELECT j.starts_on + 7 * w.weeks + (hashtext(j.id::text || w.weeks) & 7) - 3 AS on) c
                """).param("navigator", navigator[0]).update();
        jdbc.sql("""
                INSERT INTO outcome_job_change (id, job_start_id, changes_on, kind, hourly_pay_pence, hours_per_week, afc_band, note, evidence,
                    recorded_by, recorded_at)
                SELECT gen_random_uuid(), j.id, j.starts_on + 60, 'pay-rise', j.hourly_pay_pence + 50, 37.5, NULL, '', 'payslip-seen', :navigator, now()
                FROM outcome_job_start j JOIN bench_person p ON p.id = j.participant_id WHERE p.i % 5 = 1
                """).param("navigator", navigator[0]).update();
        return programme;
    }
}
