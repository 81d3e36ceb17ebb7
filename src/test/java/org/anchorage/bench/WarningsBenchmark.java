package org.anchorage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.AnchorageApplication;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.support.EarlyWarnings;
import org.anchorage.support.internal.EarlyWarningEvaluation;
import org.anchorage.support.internal.EarlyWarningEvaluation.Raised;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Early warnings for 10,000 participants: seeds a programme with realistic facts in every module
 * (contacts, appointments with outcomes, training registers, placements with attendance weeks, employment
 * checks waiting, mentoring sessions, wellbeing check-ins) by direct SQL, then in the same run times the
 * set-based recomputation (facts in a few queries per module for everyone, one reconcile) against
 * recomputing person by person, and asserts the two give the same flags. The application runs in this JVM
 * on its embedded PostgreSQL. Run by {@code bench/run.sh warnings [PEOPLE] [RUNS]}.
 */
public final class WarningsBenchmark {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path home = Files.createTempDirectory("anchorage-warnings-bench-");
        SpringApplication app = new SpringApplication(AnchorageApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--anchorage.home=" + home,
                "--anchorage.demo=true", "--anchorage.admin.email=bench@anchorage.local",
                "--anchorage.admin.password=quiet-harbour-sea-lantern", "--logging.level.root=WARN",
                "--anchorage.early-warnings.cron=-")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            long seedStart = System.nanoTime();
            ProgrammeId programme = transactions.execute(status -> seed(jdbc, people));
            System.out.printf("warnings-seed-time: %d s%n", (System.nanoTime() - seedStart) / 1_000_000_000);
            printFacts(jdbc, programme);

            EarlyWarnings warnings = context.getBean(EarlyWarnings.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            List<ParticipantId> everyone = jdbc.sql("SELECT id FROM participant_participant WHERE programme_id = :p ORDER BY id")
                    .param("p", programme.value()).query((rs, n) -> new ParticipantId(rs.getObject(1, UUID.class))).list();

            // Warm up both paths, so neither pays for class loading, plans or caches alone.
            for (int i = 0; i < 3; i++) {
                warnings.evaluate(everyone, today);
            }
            for (int i = 0; i < Math.min(500, everyone.size()); i++) {
                warnings.evaluate(List.of(everyone.get(i)), today);
            }

            long start = System.nanoTime();
            EarlyWarnings.Recomputed first = warnings.recompute(programme);
            double firstMs = (System.nanoTime() - start) / 1e6;
            double[] recompute = new double[runs];
            double[] evaluate = new double[runs];
            List<Raised> setBased = List.of();
            for (int r = 0; r < runs; r++) {
                start = System.nanoTime();
                warnings.recompute(programme);
                recompute[r] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                setBased = warnings.evaluate(everyone, today);
                evaluate[r] = (System.nanoTime() - start) / 1e6;
            }

            start = System.nanoTime();
            List<Raised> personByPerson = new ArrayList<>();
            for (ParticipantId person : everyone) {
                personByPerson.addAll(warnings.evaluate(List.of(person), today));
            }
            double perPersonMs = (System.nanoTime() - start) / 1e6;
            personByPerson.sort(EarlyWarningEvaluation.ORDER);

            // Person by person through the whole path (facts, reconcile, writes) for a sample, to say what one event costs.
            int sample = Math.min(1_000, everyone.size());
            start = System.nanoTime();
            for (int i = 0; i < sample; i++) {
                warnings.recomputeFor(everyone.get(i));
            }
            double perPersonRecomputeMs = (System.nanoTime() - start) / 1e6;

            Set<String> stored = new HashSet<>(jdbc.sql("""
                    SELECT f.participant_id::text || '/' || f.rule_code FROM support_warning_flag f
                    JOIN participant_participant p ON p.id = f.participant_id
                    WHERE p.programme_id = :p AND f.cleared_at IS NULL
                    """).param("p", programme.value()).query(String.class).list());
            Set<String> computed = new HashSet<>(setBased.stream().map(r -> r.participant().value() + "/" + r.rule().code()).toList());
            boolean equal = setBased.equals(personByPerson);
            double median = median(recompute);
            System.out.println("as: " + everyone.size() + " participants in one programme, " + runs + " timed runs each");
            System.out.printf("warnings-first-recompute: %.0f ms (raised %d flags for %d people)%n", firstMs, first.raised(), first.people());
            System.out.printf("warnings-set-based-recompute: %.0f ms (median of %d; min %.0f, max %.0f; facts, rules, reconcile)%n",
                    median, runs, Arrays.stream(recompute).min().orElse(0), Arrays.stream(recompute).max().orElse(0));
            System.out.printf("warnings-set-based-evaluate: %.0f ms (median of %d; facts and rules, no writes)%n", median(evaluate), runs);
            System.out.printf("warnings-person-by-person-evaluate: %.0f ms (%d people, one at a time, %.2f ms each)%n",
                    perPersonMs, everyone.size(), perPersonMs / everyone.size());
            System.out.printf("warnings-person-by-person-recompute: %.2f ms each (%d people, with reconcile and writes)%n",
                    perPersonRecomputeMs / sample, sample);
            System.out.printf("warnings-ratio: %.1f x faster set-based (person-by-person evaluate / set-based evaluate)%n",
                    perPersonMs / median(evaluate));
            System.out.printf("warnings-flags: %d holding (%s)%n", setBased.size(), byRule(setBased));
            System.out.println("warnings-equal: " + equal + " (set-based and person-by-person flags)");
            System.out.println("warnings-stored-equal: " + stored.equals(computed) + " (open flags stored after recompute)");
            System.out.println("warnings-goal: " + (median <= 1000 ? "met" : "missed") + " (<= 1000 ms for " + everyone.size() + ")");
            if (!equal || !stored.equals(computed)) {
                throw new IllegalStateException("set-based and person-by-person early warnings differ");
            }
        }
    }

    private static String byRule(List<Raised> raised) {
        var counts = new java.util.TreeMap<String, Integer>();
        raised.forEach(r -> counts.merge(r.rule().code(), 1, Integer::sum));
        return counts.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void printFacts(JdbcClient jdbc, ProgrammeId programme) {
        for (String table : List.of("participant_timeline", "participant_appointment", "training_booking", "placement_candidate",
                "placement_attendance", "placement_check", "support_mentoring_session", "support_wellbeing_checkin")) {
            System.out.printf("warnings-rows-%s: %d rows%n", table.replace('_', '-'),
                    jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
    }

    /**
     * A programme the demo trust takes part in and {@code n} participants on the demo navigator's caseload,
     * enrolled over the last 120 days, with facts in every module; deterministic by row number (hashes of i).
     */
    static ProgrammeId seed(JdbcClient jdbc, int n) {
        var navigator = jdbc.sql("SELECT id, organisation_id FROM identity_user_account WHERE email = 'navigator@demo.anchorage.local'")
                .query((rs, k) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        UUID mentor = jdbc.sql("SELECT id FROM identity_user_account WHERE email = 'mentor@demo.anchorage.local'").query(UUID.class).single();
        UUID programme = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO programme_programme (id, name, status, starts_on, ends_on, description, created_at, lead_organisation_id)
                VALUES (:id, 'Warnings bench programme', 'open', DATE '2026-01-01', DATE '2029-12-31', 'For the warnings benchmark', now(), :org)
                """).param("id", programme).param("org", navigator[1]).update();
        jdbc.sql("INSERT INTO programme_organisation (programme_id, organisation_id) VALUES (:p, :o)")
                .param("p", programme).param("o", navigator[1]).update();
        jdbc.sql("""
                INSERT INTO participant_participant (id, programme_id, referral_id, given_name, family_name, date_of_birth, postcode,
                    email, contact_preference, navigator_id, status, referred_on, first_contact_due, first_contact_at, enrolled_at)
                SELECT gen_random_uuid(), :programme, gen_random_uuid(), 'Given' || i, 'Family' || i, DATE '1990-01-01' + (i % 9000),
                       'RM18 7AG', 'w' || i || '@example.invalid', 'email', :navigator,
                       (ARRAY['engaged','preparing','in-placement','in-work','withdrawn'])[1 + (i % 50 = 0)::int * 4 + (i % 50 <> 0)::int * (i % 4)],
                       current_date - 120 + (i % 120), current_date - 100 + (i % 120), now() - make_interval(days => i % 120),
                       now() - make_interval(days => i % 120)
                FROM generate_series(0, :n - 1) AS i
                """).param("programme", programme).param("navigator", navigator[0]).param("n", n).update();
        jdbc.sql("CREATE TEMPORARY TABLE bench_person ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, enrolled_at "
                + "FROM participant_participant WHERE programme_id = :p").param("p", programme).update();
        // Contacts: most people, one to four, the latest from today to 40 days ago.
        jdbc.sql("""
                INSERT INTO participant_timeline (participant_id, occurred_at, actor, kind, detail)
                SELECT id, greatest(enrolled_at, now() - make_interval(days => (hashtext(id::text || k) & 63) % 41)), 'bench', 'contact', 'Phone call: catch-up'
                FROM bench_person, generate_series(1, 1 + i % 4) AS k WHERE i % 10 <> 0
                """).update();
        // Appointments in the last month, about one in five not attended; one in four without an outcome yet.
        jdbc.sql("""
                INSERT INTO participant_appointment (id, participant_id, starts_at, place, purpose, booked_by, booked_at, outcome,
                    outcome_recorded_by, outcome_recorded_at)
                SELECT gen_random_uuid(), id, now() - make_interval(days => (hashtext(id::text || k) & 31)), 'Seaview Hub', 'Progress meeting',
                       'bench', now() - interval '40 days', o.outcome, 'bench', now()
                FROM bench_person, generate_series(1, 2) AS k,
                     LATERAL (SELECT CASE WHEN (hashtext(id::text || k || 'o') & 15) < 3 THEN 'did-not-attend'
                                          WHEN (hashtext(id::text || k || 'o') & 15) < 6 THEN NULL ELSE 'attended' END AS outcome) o
                """).update();
        // Training: 60 past sessions, four in ten people booked on two, about one in six absent.
        jdbc.sql("""
                INSERT INTO training_session (id, course_id, programme_id, starts_at, venue, capacity, trainer_id, created_at)
                SELECT gen_random_uuid(), (SELECT id FROM training_course ORDER BY code LIMIT 1), :p, now() - make_interval(days => s),
                       'Bench room', 500, (SELECT id FROM identity_user_account WHERE email = 'trainer@demo.anchorage.local'), now()
                FROM generate_series(1, 60) AS s
                """).param("p", programme).update();
        jdbc.sql("""
                CREATE TEMPORARY TABLE bench_session ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY starts_at) - 1 AS k, id FROM training_session WHERE programme_id = :p
                """).param("p", programme).update();
        jdbc.sql("""
                INSERT INTO training_booking (id, session_id, participant_id, status, booked_at, booked_by, attended)
                SELECT gen_random_uuid(), s.id, p.id, 'booked', now() - interval '70 days', 'bench', (hashtext(p.id::text || j) & 5) <> 0
                FROM bench_person p, generate_series(0, 1) AS j JOIN bench_session s ON true
                WHERE p.i % 5 < 2 AND s.k = (p.i * 7 + j * 13) % 60
                ON CONFLICT DO NOTHING
                """).update();
        // Placements: one in ten started (with four weeks of attendance), one in twenty waiting on checks.
        UUID offer = jdbc.sql("SELECT id FROM placement_offer ORDER BY created_at LIMIT 1").query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO placement_candidate (id, offer_id, participant_id, stage, suggested_at, suggested_by, offered_on, started_on)
                SELECT gen_random_uuid(), :offer, id, CASE WHEN i % 20 = 3 THEN 'checks' ELSE 'started' END, now() - interval '60 days', 'bench',
                       current_date - 50, CASE WHEN i % 20 = 3 THEN NULL ELSE current_date - 28 - (i % 10)::int END
                FROM bench_person WHERE i % 10 = 3 OR i % 20 = 3
                """).param("offer", offer).update();
        jdbc.sql("""
                INSERT INTO placement_attendance (candidate_id, week_starting, hours_attended, confirmed_by, confirmed_at)
                SELECT c.id, date_trunc('week', current_date)::date - 7 * w, least(60, o.hours_per_week * (0.6 + ((hashtext(c.id::text || w) & 7) / 14.0))),
                       'bench', now()
                FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id JOIN bench_person p ON p.id = c.participant_id,
                     generate_series(1, 4) AS w
                WHERE c.stage = 'started'
                """).update();
        jdbc.sql("""
                INSERT INTO placement_check (candidate_id, standard, required_before_start, status, who_acts_next, requested_on, due_on,
                    updated_at, updated_by)
                SELECT c.id, s, TRUE, (ARRAY['not-started','in-progress','passed','passed'])[1 + (hashtext(c.id::text || s) & 3)],
                       'third-party', current_date - (hashtext(c.id::text || s) & 31), current_date + 10, now(), 'bench'
                FROM placement_candidate c JOIN bench_person p ON p.id = c.participant_id,
                     unnest(ARRAY['identity','right-to-work','registration-qualifications','employment-history-references',
                                  'criminal-record','work-health']) AS s
                WHERE c.stage = 'checks'
                """).update();
        // Mentoring: three in ten have a mentor, with up to four sessions in the last two months, some not attended.
        jdbc.sql("""
                INSERT INTO support_mentoring (id, participant_id, programme_id, mentor_id, starts_on, assigned_by, assigned_at)
                SELECT gen_random_uuid(), b.id, p.programme_id, :m, current_date - 70, :m, now()
                FROM bench_person b JOIN participant_participant p ON p.id = b.id WHERE b.i % 10 IN (1, 3, 5)
                """).param("m", mentor).update();
        jdbc.sql("""
                INSERT INTO support_mentoring_session (id, mentoring_id, participant_id, held_on, minutes, mode, attended, recorded_by, recorded_at)
                SELECT gen_random_uuid(), m.id, m.participant_id, current_date - (hashtext(m.id::text || k) & 63), 45, 'in-person',
                       (hashtext(m.id::text || k || 'a') & 7) <> 0, :m, now()
                FROM support_mentoring m JOIN bench_person p ON p.id = m.participant_id, generate_series(1, 1 + (p.i % 4)::int) AS k
                """).param("m", mentor).update();
        // Wellbeing: half have two or three ONS4 check-ins a fortnight apart, each person near their own level, now and
        // then two points worse.
        jdbc.sql("""
                CREATE FUNCTION pg_temp.noise(t text) RETURNS int LANGUAGE sql IMMUTABLE AS
                $$ SELECT CASE WHEN (hashtext(t) & 31) = 0 THEN -2 ELSE hashtext(t) & 1 END $$
                """).update();
        jdbc.sql("""
                INSERT INTO support_wellbeing_checkin (id, participant_id, scale_id, checked_on, scores, recorded_by, recorded_as, recorded_at)
                SELECT gen_random_uuid(), p.id, (SELECT id FROM plan_wellbeing_scale WHERE code = 'ONS4'), current_date - 14 * k::int,
                       ARRAY[5 + (hashtext(p.id::text || 'a') & 3) + n.a, 5 + (hashtext(p.id::text || 'b') & 3) + n.b,
                             5 + (hashtext(p.id::text || 'c') & 3) + n.c, 2 + (hashtext(p.id::text || 'd') & 3) - n.d],
                       :m, 'mentor', now() - make_interval(days => 14 * k::int)
                FROM bench_person p, generate_series(0, 1 + (p.i % 2)::int) AS k,
                     LATERAL (SELECT pg_temp.noise(p.id::text || k || 'a') AS a, pg_temp.noise(p.id::text || k || 'b') AS b,
                                     pg_temp.noise(p.id::text || k || 'c') AS c, pg_temp.noise(p.id::text || k || 'd') AS d) n
                WHERE p.i % 2 = 0
                """).param("m", mentor).update();
        jdbc.sql("ANALYZE").update();
        return new ProgrammeId(programme);
    }
}
