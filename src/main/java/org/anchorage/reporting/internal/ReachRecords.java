package org.anchorage.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the milestone log that the kept counts do not hold: neighbourhoods, and who reached a step. */
@Repository
public class ReachRecords {

    private final JdbcClient jdbc;

    ReachRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ByArea(String lsoa, String localAuthority, long n) {}

    /** People reaching a milestone in the period, by the LSOA of their home ("" when not known). */
    public List<ByArea> byLsoa(UUID programme, String milestone, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT p.lsoa_code, p.local_authority_code, count(*) AS n FROM reporting_milestone m
                JOIN reporting_person p ON p.referral_id = m.referral_id
                WHERE p.programme_id = :p AND m.milestone = :m AND m.occurred_on BETWEEN :from AND :to
                GROUP BY p.lsoa_code, p.local_authority_code ORDER BY n DESC, p.lsoa_code
                """).param("p", programme).param("m", milestone).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new ByArea(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public record Interval(long people, Double medianDays) {}

    /** For people who reached {@code later} in the period having reached {@code earlier}: how many, and the median days between. */
    public Interval daysBetween(UUID programme, String earlier, String later, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY b.occurred_on - a.occurred_on)
                FROM reporting_milestone b JOIN reporting_milestone a ON a.referral_id = b.referral_id AND a.milestone = :earlier
                JOIN reporting_person p ON p.referral_id = b.referral_id
                WHERE p.programme_id = :p AND b.milestone = :later AND b.occurred_on BETWEEN :from AND :to AND b.occurred_on >= a.occurred_on
                """).param("p", programme).param("earlier", earlier).param("later", later).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new Interval(rs.getLong(1), rs.getObject(2) == null ? null : rs.getDouble(2))).single();
    }

    public record Reached(UUID participant, LocalDate on) {}

    /** Who reached a milestone in the period and when, earliest first, at most {@code limit} (for a manager's list). */
    public List<Reached> reached(UUID programme, String milestone, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT p.participant_id, m.occurred_on FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                WHERE p.programme_id = :p AND m.milestone = :m AND m.occurred_on BETWEEN :from AND :to AND p.participant_id IS NOT NULL
                ORDER BY m.occurred_on, p.participant_id LIMIT :limit
                """).param("p", programme).param("m", milestone).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("limit", limit).query((rs, n) -> new Reached(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate())).list();
    }

    /** The participants who reached a milestone in the period (ids only: counted elsewhere, never shown). */
    public List<UUID> participants(UUID programme, String milestone, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT p.participant_id FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
                WHERE p.programme_id = :p AND m.milestone = :m AND m.occurred_on BETWEEN :from AND :to AND p.participant_id IS NOT NULL
                """).param("p", programme).param("m", milestone).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(UUID.class).list();
    }
}
