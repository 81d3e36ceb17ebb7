package org.anchorage.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persisted event log of the journey and the counts kept from it. A milestone is recorded once per
 * person (the first time); its counts go up in the same statement, so the counts and the log cannot
 * disagree. {@link #funnelCounts} reads the counts (the dashboard's path); {@link #funnelRecount} counts the
 * log itself (the check the benchmark and tests make that the two agree exactly).
 * <p>
 * The counts are kept for one grouping at a time, by day ({@code reporting_count_day}) and by month
 * ({@code reporting_count_month}): a period reads whole months from the months and only the days before its
 * first whole month and after its last (ADR 0016, measured by {@code bench/run.sh reporting}).
 */
@Repository
public class MilestoneLog {

    private final JdbcClient jdbc;

    MilestoneLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a referral is counted: its programme and the groupings, fixed when it was received. */
    public record Person(UUID referral, UUID participant, UUID programme, String source, String localAuthority, String lsoa,
                         int decile, String targetPlace) {
        public Person {
            // The column holds 100 characters; a longer place name is kept to its first 100.
            targetPlace = targetPlace == null ? "" : targetPlace.length() > 100 ? targetPlace.substring(0, 100) : targetPlace;
        }
    }

    public void addPerson(Person p) {
        jdbc.sql("""
                INSERT INTO reporting_person (referral_id, participant_id, programme_id, referral_source, local_authority_code, lsoa_code,
                    imd_decile, target_place)
                VALUES (:referral, :participant, :programme, :source, :la, :lsoa, :decile, :place)
                ON CONFLICT (referral_id) DO NOTHING
                """).param("referral", p.referral()).param("participant", p.participant()).param("programme", p.programme())
                .param("source", p.source()).param("la", p.localAuthority()).param("lsoa", p.lsoa()).param("decile", p.decile())
                .param("place", p.targetPlace()).update();
    }

    public void linkParticipant(UUID referral, UUID participant) {
        jdbc.sql("UPDATE reporting_person SET participant_id = :participant WHERE referral_id = :referral")
                .param("participant", participant).param("referral", referral).update();
    }

    public Optional<UUID> referralOf(UUID participant) {
        return jdbc.sql("SELECT referral_id FROM reporting_person WHERE participant_id = :p").param("p", participant)
                .query(UUID.class).optional();
    }

    /** One count: a milestone under one value of the grouping ("" when not grouped). */
    public record Count(String milestone, String group, long n) {}

    /** The grouping columns a report may ask for, by their API names. */
    public static final Map<String, String> GROUPINGS;

    static {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("none", "''");
        g.put("local-authority", "local_authority_code");
        g.put("target-place", "target_place");
        g.put("decile", "imd_decile::text");
        g.put("source", "referral_source");
        GROUPINGS = java.util.Collections.unmodifiableMap(g);
    }

    /** One row per grouping for the person {@code p}: (grouped_by, group_value), from {@link #GROUPINGS}. */
    private static final String EVERY_GROUPING = GROUPINGS.entrySet().stream()
            .map(e -> "('" + e.getKey() + "', " + (e.getValue().equals("''") ? "''" : "p." + e.getValue()) + ")")
            .collect(Collectors.joining(", ", "CROSS JOIN LATERAL (VALUES ", ") AS g (grouped_by, group_value)"));

    /**
     * Records that the person reached a milestone on a day, the first time only; returns whether it was new.
     * One statement adds the log row and, only when it was added, its day's and month's count under every grouping.
     */
    public boolean record(UUID referral, String milestone, LocalDate on) {
        int added = jdbc.sql("""
                WITH added AS (
                    INSERT INTO reporting_milestone (referral_id, milestone, occurred_on) VALUES (:referral, :milestone, :on)
                    ON CONFLICT (referral_id, milestone) DO NOTHING RETURNING referral_id),
                counted AS (
                    SELECT p.programme_id, g.grouped_by, g.group_value FROM added JOIN reporting_person p ON p.referral_id = added.referral_id
                    %s),
                by_day AS (
                    INSERT INTO reporting_count_day (programme_id, grouped_by, day, milestone, group_value, n)
                    SELECT programme_id, grouped_by, :on, :milestone, group_value, 1 FROM counted
                    ON CONFLICT (programme_id, grouped_by, day, milestone, group_value) DO UPDATE SET n = reporting_count_day.n + 1),
                by_month AS (
                    INSERT INTO reporting_count_month (programme_id, grouped_by, month, milestone, group_value, n)
                    SELECT programme_id, grouped_by, date_trunc('month', CAST(:on AS date))::date, :milestone, group_value, 1 FROM counted
                    ON CONFLICT (programme_id, grouped_by, month, milestone, group_value) DO UPDATE SET n = reporting_count_month.n + 1)
                SELECT count(*) FROM added
                """.formatted(EVERY_GROUPING)).param("referral", referral).param("milestone", milestone).param("on", Date.valueOf(on))
                .query(Integer.class).single();
        return added > 0;
    }

    /** People reaching each milestone in the period, by the grouping, from the kept counts. */
    public List<Count> funnelCounts(UUID programme, LocalDate from, LocalDate to, String groupBy) {
        String grouping = GROUPINGS.containsKey(groupBy) ? groupBy : "none";
        // Whole months [firstMonth, afterMonths) come from the months; the days either side from the days.
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);
        if (!firstMonth.isBefore(afterMonths)) {
            firstMonth = to.plusDays(1);
            afterMonths = firstMonth;
        }
        return jdbc.sql("""
                SELECT milestone, grp, sum(n) AS n FROM (
                    SELECT milestone, group_value AS grp, n FROM reporting_count_month
                    WHERE programme_id = :p AND grouped_by = :g AND month >= :firstMonth AND month < :afterMonths
                    UNION ALL
                    SELECT milestone, group_value, n FROM reporting_count_day
                    WHERE programme_id = :p AND grouped_by = :g
                      AND ((day >= :from AND day < :firstMonth) OR (day >= :afterMonths AND day <= :to))
                ) c GROUP BY milestone, grp ORDER BY milestone, grp
                """).param("p", programme).param("g", grouping).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("firstMonth", Date.valueOf(firstMonth)).param("afterMonths", Date.valueOf(afterMonths))
                .query((rs, n) -> new Count(rs.getString("milestone"), rs.getString("grp"), rs.getLong("n"))).list();
    }

    /** The same, counted from the log itself. */
    public List<Count> funnelRecount(UUID programme, LocalDate from, LocalDate to, String groupBy) {
        String group = GROUPINGS.getOrDefault(groupBy, "''");
        return jdbc.sql("SELECT m.milestone, " + group + " AS grp, count(*) AS n FROM reporting_milestone m "
                        + "JOIN reporting_person p ON p.referral_id = m.referral_id "
                        + "WHERE p.programme_id = :p AND m.occurred_on BETWEEN :from AND :to GROUP BY m.milestone, grp ORDER BY m.milestone, grp")
                .param("p", programme).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Count(rs.getString("milestone"), rs.getString("grp"), rs.getLong("n"))).list();
    }

    /**
     * Counts every programme again from the log, set-based, replacing what was kept: for a log loaded in bulk
     * (a backfill, the benchmark) or a repair. In one transaction (its caller's, or its own): it holds the counts'
     * tables meanwhile.
     */
    @org.springframework.transaction.annotation.Transactional
    public void rebuildCounts() {
        jdbc.sql("LOCK TABLE reporting_count_day, reporting_count_month IN EXCLUSIVE MODE").update();
        jdbc.sql("DELETE FROM reporting_count_month").update();
        jdbc.sql("DELETE FROM reporting_count_day").update();
        // Sorted as the key, so the key's index grows at its end rather than everywhere at once.
        jdbc.sql("""
                INSERT INTO reporting_count_day (programme_id, grouped_by, day, milestone, group_value, n)
                SELECT p.programme_id, g.grouped_by, m.occurred_on, m.milestone, g.group_value, count(*)
                FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                %s
                GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                """.formatted(EVERY_GROUPING)).update();
        jdbc.sql("""
                INSERT INTO reporting_count_month (programme_id, grouped_by, month, milestone, group_value, n)
                SELECT programme_id, grouped_by, date_trunc('month', day)::date, milestone, group_value, sum(n)
                FROM reporting_count_day GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                """).update();
    }
}
