package org.anchorage.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persisted event log of the journey and the counts kept from it. A milestone is recorded once per
 * person (the first time); its count goes up in the same transaction, so the counts and the log cannot
 * disagree. {@link #funnelCounts} reads the counts (the dashboard's path); {@link #funnelRecount} counts the
 * log itself (the check the benchmark and tests make that the two agree exactly).
 */
@Repository
public class MilestoneLog {

    private final JdbcClient jdbc;

    MilestoneLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a referral is counted: its programme and the groupings, fixed when it was received. */
    public record Person(UUID referral, UUID participant, UUID programme, String source, String localAuthority, String lsoa,
                         int decile, String targetPlace) {}

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

    /** Records that the person reached a milestone on a day, the first time only; returns whether it was new. */
    public boolean record(UUID referral, String milestone, LocalDate on) {
        int added = jdbc.sql("""
                INSERT INTO reporting_milestone (referral_id, milestone, occurred_on) VALUES (:referral, :milestone, :on)
                ON CONFLICT (referral_id, milestone) DO NOTHING
                """).param("referral", referral).param("milestone", milestone).param("on", Date.valueOf(on)).update();
        if (added == 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO reporting_daily_count (programme_id, day, milestone, referral_source, local_authority_code, imd_decile,
                    target_place, n)
                SELECT programme_id, :on, :milestone, referral_source, local_authority_code, imd_decile, target_place, 1
                FROM reporting_person WHERE referral_id = :referral
                ON CONFLICT (programme_id, day, milestone, referral_source, local_authority_code, imd_decile, target_place)
                DO UPDATE SET n = reporting_daily_count.n + 1
                """).param("referral", referral).param("milestone", milestone).param("on", Date.valueOf(on)).update();
        return true;
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

    /** People reaching each milestone in the period, by the grouping, from the kept counts. */
    public List<Count> funnelCounts(UUID programme, LocalDate from, LocalDate to, String groupBy) {
        String group = GROUPINGS.getOrDefault(groupBy, "''");
        return jdbc.sql("SELECT milestone, " + group + " AS grp, sum(n) AS n FROM reporting_daily_count "
                        + "WHERE programme_id = :p AND day BETWEEN :from AND :to GROUP BY milestone, grp ORDER BY milestone, grp")
                .param("p", programme).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
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
}
