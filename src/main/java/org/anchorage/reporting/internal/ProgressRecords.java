package org.anchorage.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of progress a programme's people made, read across the training, placement and wellbeing tables as
 * aggregates only (reporting's one read of other modules' tables, like a read replica would serve: nothing
 * about a person leaves the query, see the module's package-info).
 */
@Repository
public class ProgressRecords {

    private final JdbcClient jdbc;

    ProgressRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record CourseCount(String course, String framework, long people, long certificates) {}

    /** Certificates issued in the period to the programme's people, by course. */
    public List<CourseCount> trainingCompleted(UUID programme, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT c.title, c.framework, count(DISTINCT t.participant_id) AS people, count(*) AS certificates
                FROM training_certificate t JOIN training_course c ON c.id = t.course_id
                JOIN participant_participant p ON p.id = t.participant_id
                WHERE p.programme_id = :p AND t.issued_on BETWEEN :from AND :to
                GROUP BY c.title, c.framework ORDER BY c.title
                """).param("p", programme).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new CourseCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    public record PlacementHours(long people, long weeks, double hours) {}

    /** Hours of placement attended in weeks starting in the period, by the programme's people. */
    public PlacementHours placementHours(UUID programme, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(DISTINCT c.participant_id), count(*), coalesce(sum(a.hours_attended), 0)
                FROM placement_attendance a JOIN placement_candidate c ON c.id = a.candidate_id
                JOIN participant_participant p ON p.id = c.participant_id
                WHERE p.programme_id = :p AND a.week_starting BETWEEN :from AND :to
                """).param("p", programme).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new PlacementHours(rs.getLong(1), rs.getLong(2), rs.getDouble(3))).single();
    }

    public record ItemChange(int item, long people, double meanChange) {}

    /**
     * Distance travelled on a wellbeing scale: for each person with two or more scores on it (their assessment
     * and check-ins) whose latest falls in the period, the latest minus the first, per item; the mean, with n.
     */
    public List<ItemChange> wellbeingChange(UUID programme, UUID scale, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                WITH s AS (
                    SELECT a.participant_id, a.assessed_on AS on_day, a.recorded_at AS at,
                           ARRAY(SELECT jsonb_array_elements_text(a.scores)::int) AS scores
                    FROM plan_assessment a JOIN participant_participant p ON p.id = a.participant_id
                    WHERE p.programme_id = :p AND a.scale_id = :scale
                    UNION ALL
                    SELECT c.participant_id, c.checked_on, c.recorded_at, c.scores
                    FROM support_wellbeing_checkin c JOIN participant_participant p ON p.id = c.participant_id
                    WHERE p.programme_id = :p AND c.scale_id = :scale),
                first AS (SELECT DISTINCT ON (participant_id) participant_id, scores FROM s ORDER BY participant_id, on_day, at),
                last AS (SELECT DISTINCT ON (participant_id) participant_id, scores, on_day FROM s ORDER BY participant_id, on_day DESC, at DESC),
                counted AS (SELECT participant_id FROM s GROUP BY participant_id HAVING count(*) >= 2)
                SELECT i, count(*) AS people, avg(l.scores[i] - f.scores[i]) AS mean
                FROM counted k JOIN first f USING (participant_id) JOIN last l USING (participant_id),
                     generate_subscripts(f.scores, 1) AS i
                WHERE l.on_day BETWEEN :from AND :to AND l.scores[i] IS NOT NULL
                GROUP BY i ORDER BY i
                """).param("p", programme).param("scale", scale).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new ItemChange(rs.getInt(1) - 1, rs.getLong(2), rs.getDouble(3))).list();
    }
}
