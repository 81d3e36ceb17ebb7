package org.anchorage.training.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.training.Course;
import org.anchorage.training.TrainingSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TrainingRecords {

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Course> catalogue() {
        return jdbc.sql("SELECT * FROM training_course ORDER BY framework, code").query((rs, n) -> course(rs, "")).list();
    }

    public Optional<Course> course(UUID id) {
        return jdbc.sql("SELECT * FROM training_course WHERE id = :id").param("id", id).query((rs, n) -> course(rs, "")).optional();
    }

    public void insertSession(UUID id, UUID course, ProgrammeId programme, Instant startsAt, String venue, int capacity,
                              UserId trainer, OrganisationId provider, Instant now) {
        jdbc.sql("""
                INSERT INTO training_session (id, course_id, programme_id, starts_at, venue, capacity, trainer_id,
                                              provider_organisation_id, created_at)
                VALUES (:id, :course, :programme, :startsAt, :venue, :capacity, :trainer, :provider, :now)
                """)
                .param("provider", provider == null ? null : provider.value())
                .param("id", id).param("course", course).param("programme", programme.value())
                .param("startsAt", Timestamp.from(startsAt)).param("venue", venue).param("capacity", capacity)
                .param("trainer", trainer.value()).param("now", Timestamp.from(now)).update();
    }

    private static final String SESSIONS = """
            SELECT s.*, c.id AS c_id, c.code AS c_code, c.title AS c_title, c.framework AS c_framework,
                   c.refresher_months AS c_refresher_months,
                   (SELECT count(*) FROM training_booking b WHERE b.session_id = s.id AND b.status = 'booked') AS booked,
                   (SELECT count(*) FROM training_booking b WHERE b.session_id = s.id AND b.status = 'waiting') AS waiting
            FROM training_session s JOIN training_course c ON c.id = s.course_id
            """;

    /** Upcoming sessions a trainer runs or their provider runs. */
    public List<TrainingSession> upcomingRunBy(Instant from, UserId trainer, OrganisationId provider) {
        return jdbc.sql(SESSIONS + """
                 WHERE s.starts_at >= :from AND (s.trainer_id = :trainer OR s.provider_organisation_id = :provider)
                 ORDER BY s.starts_at LIMIT 200
                """)
                .param("from", Timestamp.from(from)).param("trainer", trainer.value())
                .param("provider", provider.value()).query((rs, n) -> session(rs)).list();
    }

    /** Upcoming sessions of the given programmes. */
    public List<TrainingSession> upcomingIn(Instant from, List<UUID> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SESSIONS + " WHERE s.starts_at >= :from AND s.programme_id IN (:programmes) ORDER BY s.starts_at LIMIT 200")
                .param("from", Timestamp.from(from)).param("programmes", programmes).query((rs, n) -> session(rs)).list();
    }

    public Optional<TrainingSession> session(UUID id) {
        return jdbc.sql(SESSIONS + " WHERE s.id = :id").param("id", id).query((rs, n) -> session(rs)).optional();
    }

    /** Locks the session row, so two navigators booking the last place are served one after the other. */
    public int lockAndCountBooked(UUID session) {
        jdbc.sql("SELECT id FROM training_session WHERE id = :id FOR UPDATE").param("id", session).query(UUID.class).single();
        return jdbc.sql("SELECT count(*) FROM training_booking WHERE session_id = :id AND status = 'booked'")
                .param("id", session).query(Integer.class).single();
    }

    public boolean alreadyBooked(UUID session, ParticipantId participant) {
        return jdbc.sql("SELECT count(*) FROM training_booking WHERE session_id = :s AND participant_id = :p AND status <> 'cancelled'")
                .param("s", session).param("p", participant.value()).query(Long.class).single() > 0;
    }

    public void insertBooking(UUID id, UUID session, ParticipantId participant, String status, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO training_booking (id, session_id, participant_id, status, booked_at, booked_by)
                VALUES (:id, :session, :participant, :status, :at, :by)
                ON CONFLICT (session_id, participant_id) DO UPDATE SET status = :status, booked_at = :at, booked_by = :by,
                    cancelled_at = NULL, cancelled_by = NULL
                """)
                .param("id", id).param("session", session).param("participant", participant.value()).param("status", status)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** Booked places (not waiting, not cancelled) on sessions starting in [from, to). */
    public List<org.anchorage.training.Training.BookedPlace> bookedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT b.id, b.participant_id, s.programme_id, c.title, s.starts_at, s.venue
                FROM training_booking b JOIN training_session s ON s.id = b.session_id JOIN training_course c ON c.id = s.course_id
                WHERE b.status = 'booked' AND s.starts_at >= :from AND s.starts_at < :to
                ORDER BY s.starts_at, b.id
                """).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new org.anchorage.training.Training.BookedPlace(rs.getObject(1, UUID.class),
                        new ParticipantId(rs.getObject(2, UUID.class)), new ProgrammeId(rs.getObject(3, UUID.class)), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    public record BookingRow(UUID id, UUID session, ParticipantId participant, String status, Boolean attended,
                             boolean completed, UUID certificate) {}

    public List<BookingRow> bookings(UUID session) {
        return jdbc.sql("""
                SELECT b.*, c.id AS certificate_id FROM training_booking b
                LEFT JOIN training_certificate c ON c.booking_id = b.id
                WHERE b.session_id = :s AND b.status <> 'cancelled' ORDER BY b.status, b.booked_at
                """).param("s", session).query((rs, n) -> booking(rs)).list();
    }

    public Optional<BookingRow> booking(UUID id) {
        return jdbc.sql("""
                SELECT b.*, c.id AS certificate_id FROM training_booking b
                LEFT JOIN training_certificate c ON c.booking_id = b.id WHERE b.id = :id
                """).param("id", id).query((rs, n) -> booking(rs)).optional();
    }

    public java.util.Map<ParticipantId, Integer> completedCounts(List<ParticipantId> people) {
        java.util.Map<ParticipantId, Integer> counts = new java.util.HashMap<>();
        if (people.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT participant_id, count(*) AS n FROM training_booking WHERE participant_id IN (:p) AND completed
                GROUP BY participant_id
                """).param("p", people.stream().map(ParticipantId::value).toList())
                .query((rs, n) -> counts.put(new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getInt("n"))).list();
        return counts;
    }

    public List<BookingRow> bookingsOf(ParticipantId participant) {
        return jdbc.sql("""
                SELECT b.*, c.id AS certificate_id FROM training_booking b
                LEFT JOIN training_certificate c ON c.booking_id = b.id
                WHERE b.participant_id = :p AND b.status <> 'cancelled' ORDER BY b.booked_at
                """).param("p", participant.value()).query((rs, n) -> booking(rs)).list();
    }

    /** Every booking of the person, cancelled ones too, for the Training section of their record. */
    public List<BookingRow> allBookingsOf(ParticipantId participant) {
        return jdbc.sql("""
                SELECT b.*, c.id AS certificate_id FROM training_booking b
                LEFT JOIN training_certificate c ON c.booking_id = b.id
                WHERE b.participant_id = :p ORDER BY b.booked_at
                """).param("p", participant.value()).query((rs, n) -> booking(rs)).list();
    }

    public void cancel(UUID booking, String by, Instant at) {
        jdbc.sql("UPDATE training_booking SET status = 'cancelled', cancelled_at = :at, cancelled_by = :by WHERE id = :id")
                .param("id", booking).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** The first on the session's waiting list; call with the session row locked. */
    public Optional<BookingRow> firstWaiting(UUID session) {
        return jdbc.sql("""
                SELECT b.*, NULL::uuid AS certificate_id FROM training_booking b
                WHERE b.session_id = :s AND b.status = 'waiting' ORDER BY b.booked_at, b.id LIMIT 1
                """).param("s", session).query((rs, n) -> booking(rs)).optional();
    }

    public void promote(UUID booking) {
        jdbc.sql("UPDATE training_booking SET status = 'booked' WHERE id = :id AND status = 'waiting'").param("id", booking).update();
    }

    /** A refresher falling due, for the worklist: the latest certificate of each course a person holds. */
    public record RefresherRow(ParticipantId participant, String course, LocalDate dueOn) {}

    public List<RefresherRow> refreshersDueBy(java.util.Collection<ParticipantId> people, LocalDate by) {
        StringBuilder ids = new StringBuilder("{");
        for (ParticipantId p : people) {
            ids.append(ids.length() > 1 ? "," : "").append(p.value());
        }
        // Only the latest certificate of a course counts: once refreshed, the old one is not due.
        return jdbc.sql("""
                SELECT participant_id, title, expires_on FROM (
                    SELECT DISTINCT ON (t.participant_id, t.course_id) t.participant_id, c.title, t.expires_on
                    FROM training_certificate t JOIN training_course c ON c.id = t.course_id
                    WHERE t.participant_id = ANY (CAST(:ids AS uuid[]))
                    ORDER BY t.participant_id, t.course_id, t.issued_on DESC) latest
                WHERE expires_on IS NOT NULL AND expires_on <= :by ORDER BY expires_on
                """).param("ids", ids.append('}').toString()).param("by", Date.valueOf(by))
                .query((rs, n) -> new RefresherRow(new ParticipantId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getDate(3).toLocalDate())).list();
    }

    public void mark(UUID booking, boolean attended, boolean completed) {
        jdbc.sql("UPDATE training_booking SET attended = :a, completed = :c WHERE id = :id")
                .param("id", booking).param("a", attended).param("c", completed).update();
    }

    public void certificate(UUID id, UUID booking, ParticipantId participant, UUID course, LocalDate issued, LocalDate expires,
                            String code) {
        jdbc.sql("""
                INSERT INTO training_certificate (id, booking_id, participant_id, course_id, issued_on, expires_on, verification_code)
                VALUES (:id, :booking, :participant, :course, :issued, :expires, :code) ON CONFLICT (booking_id) DO NOTHING
                """).param("code", code)
                .param("id", id).param("booking", booking).param("participant", participant.value()).param("course", course)
                .param("issued", Date.valueOf(issued)).param("expires", expires == null ? null : Date.valueOf(expires)).update();
    }

    public record CertificateRow(UUID id, UUID booking, ParticipantId participant, Course course, LocalDate issuedOn,
                                 LocalDate expiresOn, String verificationCode) {}

    private static final String CERTIFICATES = """
            SELECT t.*, c.id AS c_id, c.code AS c_code, c.title AS c_title, c.framework AS c_framework,
                   c.refresher_months AS c_refresher_months
            FROM training_certificate t JOIN training_course c ON c.id = t.course_id
            """;

    public Optional<CertificateRow> certificate(UUID id) {
        return jdbc.sql(CERTIFICATES + " WHERE t.id = :id").param("id", id).query((rs, n) -> certificate(rs)).optional();
    }

    public Optional<CertificateRow> certificateByCode(String code) {
        return jdbc.sql(CERTIFICATES + " WHERE t.verification_code = :code").param("code", code)
                .query((rs, n) -> certificate(rs)).optional();
    }

    private static CertificateRow certificate(ResultSet rs) throws SQLException {
        return new CertificateRow(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class),
                new ParticipantId(rs.getObject("participant_id", UUID.class)), course(rs, "c_"),
                rs.getDate("issued_on").toLocalDate(),
                rs.getDate("expires_on") == null ? null : rs.getDate("expires_on").toLocalDate(), rs.getString("verification_code"));
    }

    public List<CertificateRow> certificatesExpiringBy(LocalDate by) {
        return jdbc.sql(CERTIFICATES + " WHERE t.expires_on IS NOT NULL AND t.expires_on <= :by ORDER BY t.expires_on LIMIT 500")
                .param("by", Date.valueOf(by)).query((rs, n) -> certificate(rs)).list();
    }

    private static BookingRow booking(ResultSet rs) throws SQLException {
        return new BookingRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getString("status"),
                (Boolean) rs.getObject("attended"), rs.getBoolean("completed"), rs.getObject("certificate_id", UUID.class));
    }

    private static Course course(ResultSet rs, String prefix) throws SQLException {
        Object refresher = rs.getObject(prefix + "refresher_months");
        return new Course(rs.getObject(prefix + "id", UUID.class), rs.getString(prefix + "code"), rs.getString(prefix + "title"),
                rs.getString(prefix + "framework"), refresher == null ? null : ((Number) refresher).intValue());
    }

    private static TrainingSession session(ResultSet rs) throws SQLException {
        return new TrainingSession(rs.getObject("id", UUID.class), course(rs, "c_"),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)), rs.getTimestamp("starts_at").toInstant(),
                rs.getString("venue"), rs.getInt("capacity"), new UserId(rs.getObject("trainer_id", UUID.class)),
                rs.getInt("booked"), rs.getInt("waiting"),
                rs.getObject("provider_organisation_id") == null ? null
                        : new OrganisationId(rs.getObject("provider_organisation_id", UUID.class)));
    }

    /** Whether the person is booked (or waiting) on a session this trainer runs or their provider runs. */
    public boolean trainerMeets(UUID trainer, UUID provider, UUID participant) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM training_booking b JOIN training_session s ON s.id = b.session_id
                               WHERE b.participant_id = :p AND b.status <> 'cancelled'
                                 AND (s.trainer_id = :t OR s.provider_organisation_id = :o))
                """).param("p", participant).param("t", trainer).param("o", provider).query(Boolean.class).single();
    }
}
