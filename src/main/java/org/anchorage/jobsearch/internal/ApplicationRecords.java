package org.anchorage.jobsearch.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Job applications, their status history and the interview preparation logged against them, in plain SQL. */
@Repository
public class ApplicationRecords {

    private final JdbcClient jdbc;

    ApplicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ApplicationRow(UUID id, ParticipantId participant, String employer, String roleTitle, String roleFamily, String afcBand,
                                 String reference, LocalDate appliedOn, String status, LocalDate interviewOn, LocalTime interviewTime,
                                 String endReason, BigDecimal hoursPerWeek, Integer hourlyPayPence, LocalDate proposedStartOn,
                                 UUID placementCandidate, UUID jobStart) {}

    public record StatusRow(UUID application, String status, LocalDate happenedOn, LocalDate interviewOn, LocalTime interviewTime,
                            String reason, String note, String recordedBy, Instant recordedAt) {}

    public record PreparationRow(UUID id, UUID application, String kind, LocalDate heldOn, String ledBy, String feedback,
                                 String recordedBy) {}

    /** An interview at one of these people's applications, for the worklist. */
    public record InterviewRow(ParticipantId participant, String roleTitle, String employer, LocalDate interviewOn, LocalTime interviewTime) {}

    public record NewApplication(UUID id, ParticipantId participant, String employer, String roleTitle, String roleFamily, String afcBand,
                                 String reference, LocalDate appliedOn, String status, BigDecimal hoursPerWeek, Integer hourlyPayPence,
                                 LocalDate proposedStartOn, UUID placementCandidate, UUID createdBy, Instant at) {}

    private static final String COLUMNS = """
            id, participant_id, employer, role_title, role_family, afc_band, reference, applied_on, status, interview_on,
            interview_time, end_reason, hours_per_week, hourly_pay_pence, proposed_start_on, placement_candidate_id, job_start_id
            FROM jobsearch_application
            """;

    public void insert(NewApplication a) {
        jdbc.sql("""
                INSERT INTO jobsearch_application (id, participant_id, employer, role_title, role_family, afc_band, reference, applied_on,
                    status, hours_per_week, hourly_pay_pence, proposed_start_on, placement_candidate_id, created_by, created_at)
                VALUES (:id, :participant, :employer, :role, :family, :band, :reference, :applied, :status, :hours, :pay, :proposed,
                    :candidate, :by, :at)
                """).param("id", a.id()).param("participant", a.participant().value()).param("employer", a.employer())
                .param("role", a.roleTitle()).param("family", a.roleFamily()).param("band", a.afcBand()).param("reference", a.reference())
                .param("applied", Date.valueOf(a.appliedOn())).param("status", a.status()).param("hours", a.hoursPerWeek())
                .param("pay", a.hourlyPayPence()).param("proposed", a.proposedStartOn() == null ? null : Date.valueOf(a.proposedStartOn()))
                .param("candidate", a.placementCandidate()).param("by", a.createdBy()).param("at", Timestamp.from(a.at())).update();
    }

    public List<ApplicationRow> of(ParticipantId participant) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE participant_id = :p ORDER BY applied_on DESC, created_at DESC")
                .param("p", participant.value()).query(ApplicationRecords::row).list();
    }

    /** Reads and locks one application of this person, so two changes to it are made one after the other. */
    public Optional<ApplicationRow> lock(ParticipantId participant, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = :id AND participant_id = :p FOR UPDATE")
                .param("id", id).param("p", participant.value()).query(ApplicationRecords::row).optional();
    }

    public Optional<ApplicationRow> forCandidate(UUID placementCandidate) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE placement_candidate_id = :c").param("c", placementCandidate)
                .query(ApplicationRecords::row).optional();
    }

    public void move(UUID id, String status, LocalDate interviewOn, LocalTime interviewTime, String endReason, UUID jobStart) {
        jdbc.sql("""
                UPDATE jobsearch_application SET status = :status, interview_on = :on, interview_time = :time, end_reason = :reason,
                    job_start_id = :start WHERE id = :id
                """).param("status", status).param("on", interviewOn == null ? null : Date.valueOf(interviewOn))
                .param("time", interviewTime == null ? null : Time.valueOf(interviewTime)).param("reason", endReason)
                .param("start", jobStart).param("id", id).update();
    }

    public void insertStatus(UUID application, String status, LocalDate happenedOn, LocalDate interviewOn, LocalTime interviewTime,
                             String reason, String note, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO jobsearch_application_status (id, application_id, status, happened_on, interview_on, interview_time, reason,
                    note, recorded_by, recorded_at)
                VALUES (:id, :application, :status, :happened, :on, :time, :reason, :note, :by, :at)
                """).param("id", UUID.randomUUID()).param("application", application).param("status", status)
                .param("happened", Date.valueOf(happenedOn)).param("on", interviewOn == null ? null : Date.valueOf(interviewOn))
                .param("time", interviewTime == null ? null : Time.valueOf(interviewTime)).param("reason", reason)
                .param("note", note).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Every status change of the person's applications, oldest first. */
    public List<StatusRow> historyOf(ParticipantId participant) {
        return jdbc.sql("""
                SELECT s.application_id, s.status, s.happened_on, s.interview_on, s.interview_time, s.reason, s.note,
                       u.display_name AS recorded_by, s.recorded_at
                FROM jobsearch_application_status s JOIN jobsearch_application a ON a.id = s.application_id
                JOIN identity_user_account u ON u.id = s.recorded_by
                WHERE a.participant_id = :p ORDER BY s.recorded_at, s.happened_on
                """).param("p", participant.value()).query((rs, n) -> new StatusRow(rs.getObject("application_id", UUID.class),
                        rs.getString("status"), rs.getDate("happened_on").toLocalDate(), date(rs, "interview_on"), time(rs, "interview_time"),
                        rs.getString("reason"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    public void insertPreparation(UUID id, UUID application, String kind, LocalDate heldOn, String ledBy, String feedback, UUID by,
                                  Instant at) {
        jdbc.sql("""
                INSERT INTO jobsearch_preparation (id, application_id, kind, held_on, led_by, feedback, recorded_by, recorded_at)
                VALUES (:id, :application, :kind, :held, :led, :feedback, :by, :at)
                """).param("id", id).param("application", application).param("kind", kind).param("held", Date.valueOf(heldOn))
                .param("led", ledBy).param("feedback", feedback).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<PreparationRow> preparationOf(ParticipantId participant) {
        return jdbc.sql("""
                SELECT p.id, p.application_id, p.kind, p.held_on, p.led_by, p.feedback, u.display_name AS recorded_by
                FROM jobsearch_preparation p JOIN jobsearch_application a ON a.id = p.application_id
                JOIN identity_user_account u ON u.id = p.recorded_by
                WHERE a.participant_id = :p ORDER BY p.held_on, p.recorded_at
                """).param("p", participant.value()).query((rs, n) -> new PreparationRow(rs.getObject("id", UUID.class),
                        rs.getObject("application_id", UUID.class), rs.getString("kind"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("led_by"), rs.getString("feedback"), rs.getString("recorded_by"))).list();
    }

    /** Applications at interview with the interview by {@code until}, for these people: one query however many. */
    public List<InterviewRow> interviews(Collection<ParticipantId> people, LocalDate until) {
        String[] ids = people.stream().map(p -> p.value().toString()).toArray(String[]::new);
        return jdbc.sql("""
                SELECT participant_id, role_title, employer, interview_on, interview_time FROM jobsearch_application
                WHERE participant_id = ANY(CAST(:ids AS uuid[])) AND status = 'interview' AND interview_on <= :until
                """).param("ids", ids).param("until", Date.valueOf(until))
                .query((rs, n) -> new InterviewRow(new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getString("role_title"),
                        rs.getString("employer"), rs.getDate("interview_on").toLocalDate(), time(rs, "interview_time"))).list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        Time t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }

    private static ApplicationRow row(ResultSet rs, int n) throws SQLException {
        Object pay = rs.getObject("hourly_pay_pence");
        return new ApplicationRow(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                rs.getString("employer"), rs.getString("role_title"), rs.getString("role_family"), rs.getString("afc_band"),
                rs.getString("reference"), rs.getDate("applied_on").toLocalDate(), rs.getString("status"), date(rs, "interview_on"),
                time(rs, "interview_time"), rs.getString("end_reason"), rs.getBigDecimal("hours_per_week"),
                pay == null ? null : ((Number) pay).intValue(), date(rs, "proposed_start_on"), rs.getObject("placement_candidate_id", UUID.class),
                rs.getObject("job_start_id", UUID.class));
    }
}
