package org.anchorage.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.outreach.EventKind;
import org.anchorage.outreach.EventSignUp;
import org.anchorage.outreach.OutreachEvent;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outreach events and their sign-ups. Places are counted in the same query, so a list costs one round trip. */
@Repository
public class EventRecords {

    private static final String EVENT = """
            SELECT e.*, p.name AS programme_name,
                (SELECT count(*) FROM outreach_event_sign_up s WHERE s.event_id = e.id AND s.place = 'booked') AS booked,
                (SELECT count(*) FROM outreach_event_sign_up s WHERE s.event_id = e.id AND s.place = 'waiting') AS waiting
            FROM outreach_event e JOIN programme_programme p ON p.id = e.programme_id
            """;

    private final JdbcClient jdbc;

    EventRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID programme, OutreachEvent.New n, Instant starts, Instant ends, String postcode, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO outreach_event (id, programme_id, kind, title, description, place_name, address, postcode, starts_at, ends_at,
                    capacity, access_info, target_place, partner, published_by, published_at)
                VALUES (:id, :p, :kind, :title, :description, :place, :address, :postcode, :starts, :ends, :capacity, :access, :target,
                    :partner, :by, :at)
                """).param("id", id).param("p", programme).param("kind", n.kind().code()).param("title", n.title().strip())
                .param("description", strip(n.description())).param("place", n.placeName().strip()).param("address", n.address().strip())
                .param("postcode", postcode).param("starts", Timestamp.from(starts)).param("ends", Timestamp.from(ends))
                .param("capacity", n.capacity()).param("access", strip(n.accessInfo())).param("target", strip(n.targetPlace()))
                .param("partner", strip(n.partner())).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Events still to finish, not called off, of the given programmes (the open ones), soonest first. */
    public List<OutreachEvent> upcoming(Collection<UUID> programmes, Instant now, int limit) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(EVENT + " WHERE e.programme_id IN (:ps) AND e.cancelled_at IS NULL AND e.ends_at > :now ORDER BY e.starts_at, e.title LIMIT :limit")
                .param("ps", programmes).param("now", Timestamp.from(now)).param("limit", limit).query(this::mapEvent).list();
    }

    /** A programme's events, the latest first, at most 200. */
    public List<OutreachEvent> ofProgramme(UUID programme) {
        return jdbc.sql(EVENT + " WHERE e.programme_id = :p ORDER BY e.starts_at DESC LIMIT 200").param("p", programme)
                .query(this::mapEvent).list();
    }

    public Optional<OutreachEvent> find(UUID id) {
        return jdbc.sql(EVENT + " WHERE e.id = :id").param("id", id).query(this::mapEvent).optional();
    }

    /** Holds the event while its places are counted, so two people cannot take the last place. */
    public void lock(UUID event) {
        jdbc.sql("SELECT id FROM outreach_event WHERE id = :id FOR UPDATE").param("id", event).query(UUID.class).optional();
    }

    public int booked(UUID event) {
        return jdbc.sql("SELECT count(*) FROM outreach_event_sign_up WHERE event_id = :e AND place = 'booked'").param("e", event)
                .query(Integer.class).single();
    }

    public void cancel(UUID event, Instant at) {
        jdbc.sql("UPDATE outreach_event SET cancelled_at = :at WHERE id = :id AND cancelled_at IS NULL").param("at", Timestamp.from(at))
                .param("id", event).update();
    }

    public Optional<UUID> signUpWithKey(UUID event, String key) {
        return jdbc.sql("SELECT id FROM outreach_event_sign_up WHERE event_id = :e AND submission_key = :k").param("e", event).param("k", key)
                .query(UUID.class).optional();
    }

    public void insertSignUp(UUID id, UUID event, EventSignUp.New n, String postcode, boolean booked, Instant at) {
        insertSignUp(id, event, n, postcode, booked, null, at);
    }

    /** {@code attendanceBy}: someone who came without signing up, added by this staff user as having come. */
    public void insertSignUp(UUID id, UUID event, EventSignUp.New n, String postcode, boolean booked, UUID attendanceBy, Instant at) {
        jdbc.sql("""
                INSERT INTO outreach_event_sign_up (id, event_id, given_name, family_name, email, phone, postcode, place, submission_key,
                    signed_up_at, attended, attendance_by)
                VALUES (:id, :e, :given, :family, :email, :phone, :postcode, :place, :key, :at, :attended, :by)
                """).param("attended", attendanceBy == null ? null : Boolean.TRUE).param("by", attendanceBy).param("id", id).param("e", event).param("given", n.givenName().strip()).param("family", n.familyName().strip())
                .param("email", blankToNull(n.email())).param("phone", blankToNull(n.phone())).param("postcode", postcode)
                .param("place", booked ? "booked" : "waiting").param("key", n.submissionKey()).param("at", Timestamp.from(at)).update();
    }

    /** The event's sign-ups (not erased), booked places first, each in the order they came. */
    public List<EventSignUp> signUps(UUID event) {
        return jdbc.sql("""
                SELECT s.*, r.reference FROM outreach_event_sign_up s LEFT JOIN referral_referral r ON r.id = s.referral_id
                WHERE s.event_id = :e AND s.place <> 'removed' AND s.erased_at IS NULL ORDER BY s.place, s.signed_up_at, s.id
                """).param("e", event).query(this::mapSignUp).list();
    }

    /** A sign-up; none once erased, as nothing is left of the person to act on. */
    public Optional<EventSignUp> signUp(UUID id) {
        return jdbc.sql("""
                SELECT s.*, r.reference FROM outreach_event_sign_up s LEFT JOIN referral_referral r ON r.id = s.referral_id
                WHERE s.id = :id AND s.erased_at IS NULL
                """).param("id", id).query(this::mapSignUp).optional();
    }

    /** Holds a sign-up while it is referred, so two clicks make one referral. */
    public void lockSignUp(UUID id) {
        jdbc.sql("SELECT id FROM outreach_event_sign_up WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
    }

    /** Those listed came; everyone else signed up to the event did not. */
    public void attendance(UUID event, Collection<UUID> came, UUID by) {
        jdbc.sql("""
                UPDATE outreach_event_sign_up SET attended = (id = ANY(:came)), attendance_by = :by
                WHERE event_id = :e AND referral_id IS NULL AND place <> 'removed' AND erased_at IS NULL
                """).param("came", came.toArray(UUID[]::new)).param("by", by).param("e", event).update();
    }

    /** The person cannot come: they leave the list (kept, so the form's key still finds them), and their place is free. */
    public void remove(UUID signUp) {
        jdbc.sql("UPDATE outreach_event_sign_up SET place = 'removed', attended = NULL WHERE id = :id AND referral_id IS NULL AND erased_at IS NULL")
                .param("id", signUp).update();
    }

    public void book(UUID signUp) {
        jdbc.sql("UPDATE outreach_event_sign_up SET place = 'booked' WHERE id = :id").param("id", signUp).update();
    }

    public void referred(UUID signUp, UUID referral) {
        jdbc.sql("UPDATE outreach_event_sign_up SET referral_id = :r WHERE id = :id").param("r", referral).param("id", signUp).update();
    }

    /** How many of an event's sign-ups have been erased (they still count as booked, waiting or came). */
    public int erased(UUID event) {
        return jdbc.sql("SELECT count(*) FROM outreach_event_sign_up WHERE event_id = :e AND erased_at IS NOT NULL").param("e", event)
                .query(Integer.class).single();
    }

    public record Erased(int signUps, int events) {}

    /**
     * Erases the name, contact details and who took attendance of every sign-up not referred to an event that ended by
     * {@code endedBy}; the row stays with its place and whether the person came, for the counts.
     */
    public Erased eraseSignUpsOfEventsEndedBy(Instant endedBy, Instant now) {
        return jdbc.sql("""
                WITH erased AS (
                    UPDATE outreach_event_sign_up s SET given_name = NULL, family_name = NULL, email = NULL, phone = NULL,
                        postcode = NULL, attendance_by = NULL, erased_at = :now
                    FROM outreach_event e
                    WHERE e.id = s.event_id AND e.ends_at <= :by AND s.referral_id IS NULL AND s.erased_at IS NULL
                    RETURNING s.event_id)
                SELECT count(*), count(DISTINCT event_id) FROM erased
                """).param("now", Timestamp.from(now)).param("by", Timestamp.from(endedBy))
                .query((rs, n) -> new Erased(rs.getInt(1), rs.getInt(2))).single();
    }

    private OutreachEvent mapEvent(ResultSet rs, int n) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new OutreachEvent(rs.getObject("id", UUID.class), new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("programme_name"), EventKind.fromCode(rs.getString("kind")).orElseThrow(), rs.getString("title"),
                rs.getString("description"), rs.getString("place_name"), rs.getString("address"), rs.getString("postcode"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"),
                rs.getString("access_info"), rs.getString("target_place"), rs.getString("partner"),
                cancelled == null ? null : cancelled.toInstant(), rs.getInt("booked"), rs.getInt("waiting"));
    }

    private EventSignUp mapSignUp(ResultSet rs, int n) throws SQLException {
        return new EventSignUp(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getString("postcode"),
                rs.getString("place").equals("booked"), (Boolean) rs.getObject("attended"), rs.getString("reference"),
                rs.getTimestamp("signed_up_at").toInstant());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
