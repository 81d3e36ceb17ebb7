package org.anchorage.outcome.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Job starts, the programme's check points and the checks made, in plain SQL. */
@Repository
public class JobStartRecords {

    private final JdbcClient jdbc;

    JobStartRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StartRow(UUID id, ParticipantId participant, String employer, String employerSector, String roleTitle, String roleFamily, String afcBand,
                           int hourlyPayPence, BigDecimal hoursPerWeek, String contractType, LocalDate startsOn, String evidence,
                           String recordedBy, LocalDate leftOn, String leftReason) {}

    public record CheckRow(UUID id, UUID jobStart, int weeks, LocalDate checkedOn, String status, BigDecimal hoursPerWeek,
                           String evidence, String supportGiven, String recordedBy) {}

    public record Point(int weeks, int windowWeeks) {}

    /** A change in a job: the pay, hours and band from {@code changesOn} on. */
    public record ChangeRow(UUID id, UUID jobStart, LocalDate changesOn, String kind, int hourlyPayPence, BigDecimal hoursPerWeek,
                            String afcBand, String note, String evidence, String recordedBy) {}

    /** A check point not yet done on a job the person has not left, for the worklist. */
    public record OpenPoint(ParticipantId participant, UUID jobStart, String roleTitle, String employer, LocalDate startsOn, int weeks,
                            int windowWeeks) {}

    private static final String START_COLUMNS = """
            j.id, j.participant_id, j.employer, j.employer_sector, j.role_title, j.role_family, j.afc_band, j.hourly_pay_pence, j.hours_per_week,
            j.contract_type, j.starts_on, j.evidence, u.display_name AS recorded_by, j.left_on, j.left_reason
            FROM outcome_job_start j JOIN identity_user_account u ON u.id = j.recorded_by
            """;

    public void insertStart(UUID id, ParticipantId participant, String employer, String employerSector, String roleTitle, String roleFamily,
                            String afcBand, int hourlyPayPence, BigDecimal hoursPerWeek, String contractType, LocalDate startsOn,
                            String evidence, UUID recordedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO outcome_job_start (id, participant_id, employer, employer_sector, role_title, role_family, afc_band,
                    hourly_pay_pence, hours_per_week, contract_type, starts_on, evidence, recorded_by, recorded_at)
                VALUES (:id, :participant, :employer, :sector, :role, :family, :band, :pay, :hours, :contract, :starts, :evidence, :by, :at)
                """).param("id", id).param("participant", participant.value()).param("employer", employer)
                .param("sector", employerSector).param("role", roleTitle)
                .param("family", roleFamily).param("band", afcBand).param("pay", hourlyPayPence).param("hours", hoursPerWeek)
                .param("contract", contractType).param("starts", Date.valueOf(startsOn)).param("evidence", evidence)
                .param("by", recordedBy).param("at", Timestamp.from(at)).update();
    }

    public List<StartRow> startsOf(ParticipantId participant) {
        return jdbc.sql("SELECT " + START_COLUMNS + " WHERE j.participant_id = :p ORDER BY j.starts_on DESC, j.recorded_at DESC")
                .param("p", participant.value()).query(JobStartRecords::start).list();
    }

    /** Reads and locks one start of this person, so two checks on it are made one after the other. */
    public Optional<StartRow> lockStart(ParticipantId participant, UUID id) {
        return jdbc.sql("SELECT " + START_COLUMNS + " WHERE j.id = :id AND j.participant_id = :p FOR UPDATE OF j")
                .param("id", id).param("p", participant.value()).query(JobStartRecords::start).optional();
    }

    public List<CheckRow> checksOf(ParticipantId participant) {
        return jdbc.sql("""
                SELECT c.id, c.job_start_id, c.weeks, c.checked_on, c.status, c.hours_per_week, c.evidence, c.support_given,
                       u.display_name AS recorded_by
                FROM outcome_sustainment_check c JOIN outcome_job_start j ON j.id = c.job_start_id
                JOIN identity_user_account u ON u.id = c.recorded_by
                WHERE j.participant_id = :p ORDER BY c.weeks
                """).param("p", participant.value())
                .query((rs, n) -> new CheckRow(rs.getObject("id", UUID.class), rs.getObject("job_start_id", UUID.class), rs.getInt("weeks"),
                        rs.getDate("checked_on").toLocalDate(), rs.getString("status"), rs.getBigDecimal("hours_per_week"),
                        rs.getString("evidence"), rs.getString("support_given"), rs.getString("recorded_by"))).list();
    }

    /** Whose a job start is, or empty when there is no such start. */
    public Optional<ParticipantId> participantOfStart(UUID jobStart) {
        return jdbc.sql("SELECT participant_id FROM outcome_job_start WHERE id = :id").param("id", jobStart)
                .query((rs, n) -> new ParticipantId(rs.getObject("participant_id", UUID.class))).optional();
    }

    /** The changes in this person's jobs, earliest first within each job. */
    public List<ChangeRow> changesOf(ParticipantId participant) {
        return jdbc.sql("""
                SELECT c.id, c.job_start_id, c.changes_on, c.kind, c.hourly_pay_pence, c.hours_per_week, c.afc_band, c.note, c.evidence,
                       u.display_name AS recorded_by
                FROM outcome_job_change c JOIN outcome_job_start j ON j.id = c.job_start_id
                JOIN identity_user_account u ON u.id = c.recorded_by
                WHERE j.participant_id = :p ORDER BY c.job_start_id, c.changes_on
                """).param("p", participant.value())
                .query((rs, n) -> new ChangeRow(rs.getObject("id", UUID.class), rs.getObject("job_start_id", UUID.class),
                        rs.getDate("changes_on").toLocalDate(), rs.getString("kind"), rs.getInt("hourly_pay_pence"),
                        rs.getBigDecimal("hours_per_week"), rs.getString("afc_band"), rs.getString("note"), rs.getString("evidence"),
                        rs.getString("recorded_by"))).list();
    }

    public void insertChange(UUID id, UUID jobStart, LocalDate changesOn, String kind, int hourlyPayPence, BigDecimal hours,
                             String afcBand, String note, String evidence, UUID recordedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO outcome_job_change (id, job_start_id, changes_on, kind, hourly_pay_pence, hours_per_week, afc_band, note,
                    evidence, recorded_by, recorded_at)
                VALUES (:id, :start, :on, :kind, :pay, :hours, :band, :note, :evidence, :by, :at)
                """).param("id", id).param("start", jobStart).param("on", Date.valueOf(changesOn)).param("kind", kind)
                .param("pay", hourlyPayPence).param("hours", hours).param("band", afcBand).param("note", note).param("evidence", evidence)
                .param("by", recordedBy).param("at", Timestamp.from(at)).update();
    }

    /** The programme's own check points, or the defaults when it has none; earliest first. */
    public List<Point> pointsFor(UUID programme) {
        return jdbc.sql("""
                SELECT weeks, window_weeks FROM outcome_sustainment_point
                WHERE programme_id = :p OR (programme_id IS NULL AND NOT EXISTS
                    (SELECT 1 FROM outcome_sustainment_point q WHERE q.programme_id = :p))
                ORDER BY weeks
                """).param("p", programme).query((rs, n) -> new Point(rs.getInt("weeks"), rs.getInt("window_weeks"))).list();
    }

    public void insertCheck(UUID id, UUID jobStart, int weeks, LocalDate checkedOn, String status, BigDecimal hours, String evidence,
                            String supportGiven, UUID recordedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO outcome_sustainment_check (id, job_start_id, weeks, checked_on, status, hours_per_week, evidence,
                    support_given, recorded_by, recorded_at)
                VALUES (:id, :start, :weeks, :on, :status, :hours, :evidence, :support, :by, :at)
                """).param("id", id).param("start", jobStart).param("weeks", weeks).param("on", Date.valueOf(checkedOn))
                .param("status", status).param("hours", hours).param("evidence", evidence).param("support", supportGiven)
                .param("by", recordedBy).param("at", Timestamp.from(at)).update();
    }

    public void markLeft(UUID jobStart, LocalDate leftOn, String reason) {
        jdbc.sql("UPDATE outcome_job_start SET left_on = :on, left_reason = :reason WHERE id = :id AND left_on IS NULL")
                .param("on", Date.valueOf(leftOn)).param("reason", reason).param("id", jobStart).update();
    }

    /**
     * Check points not done on jobs these people have not left, whose window opens by {@code until}:
     * one query however many people, each job start joined to its programme's points (or the defaults).
     */
    public List<OpenPoint> openPoints(Collection<ParticipantId> people, LocalDate until) {
        String[] ids = people.stream().map(p -> p.value().toString()).toArray(String[]::new);
        return jdbc.sql("""
                SELECT j.participant_id, j.id, j.role_title, j.employer, j.starts_on, pt.weeks, pt.window_weeks
                FROM outcome_job_start j
                JOIN participant_participant p ON p.id = j.participant_id
                JOIN outcome_sustainment_point pt ON pt.programme_id = p.programme_id
                    OR (pt.programme_id IS NULL AND NOT EXISTS
                        (SELECT 1 FROM outcome_sustainment_point q WHERE q.programme_id = p.programme_id))
                WHERE j.participant_id = ANY(CAST(:ids AS uuid[])) AND j.left_on IS NULL
                  AND j.starts_on + 7 * (pt.weeks - pt.window_weeks) <= :until
                  AND NOT EXISTS (SELECT 1 FROM outcome_sustainment_check c WHERE c.job_start_id = j.id AND c.weeks = pt.weeks)
                """).param("ids", ids).param("until", Date.valueOf(until))
                .query((rs, n) -> new OpenPoint(new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getObject("id", UUID.class),
                        rs.getString("role_title"), rs.getString("employer"), rs.getDate("starts_on").toLocalDate(), rs.getInt("weeks"),
                        rs.getInt("window_weeks"))).list();
    }

    private static StartRow start(ResultSet rs, int n) throws SQLException {
        Date left = rs.getDate("left_on");
        return new StartRow(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                rs.getString("employer"), rs.getString("employer_sector"), rs.getString("role_title"), rs.getString("role_family"), rs.getString("afc_band"),
                rs.getInt("hourly_pay_pence"), rs.getBigDecimal("hours_per_week"), rs.getString("contract_type"),
                rs.getDate("starts_on").toLocalDate(), rs.getString("evidence"), rs.getString("recorded_by"),
                left == null ? null : left.toLocalDate(), rs.getString("left_reason"));
    }
}
