package org.anchorage.support.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.support.MentorProfile;
import org.anchorage.support.MentoringAssignment;
import org.anchorage.support.MentoringSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentoring assignments, their sessions and mentors' profiles, in plain SQL. Names of mentors are filled in by the facade. */
@Repository
public class MentoringRecords {

    private final JdbcClient jdbc;

    MentoringRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises assignments for one person, so two navigators assigning at once cannot both succeed. */
    public void lockPerson(ParticipantId participant) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('support_mentoring:' || :p, 0))")
                .param("p", participant.value().toString()).query(Object.class).optional();
    }

    public void insert(UUID id, ParticipantId participant, ProgrammeId programme, UserId mentor, LocalDate startsOn,
                       LocalDate endsOn, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_mentoring (id, participant_id, programme_id, mentor_id, starts_on, ends_on, assigned_by, assigned_at)
                VALUES (:id, :p, :programme, :mentor, :starts, :ends, :by, :at)
                """).param("id", id).param("p", participant.value()).param("programme", programme.value())
                .param("mentor", mentor.value()).param("starts", Date.valueOf(startsOn))
                .param("ends", endsOn == null ? null : Date.valueOf(endsOn)).param("by", by.value())
                .param("at", Timestamp.from(at)).update();
    }

    /** Every assignment of a person, newest first. */
    public List<MentoringAssignment> ofPerson(ParticipantId participant) {
        return jdbc.sql("SELECT * FROM support_mentoring WHERE participant_id = :p ORDER BY starts_on DESC, assigned_at DESC")
                .param("p", participant.value()).query(MentoringRecords::assignment).list();
    }

    /**
     * A mentor's current mentees, filtered in SQL by the access rule: their own, started, not ended (by date
     * or early), in programmes their organisation takes part in.
     */
    public List<MentoringAssignment> currentFor(UserId mentor, Collection<UUID> programmes, LocalDate today) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM support_mentoring
                WHERE mentor_id = :mentor AND programme_id = ANY(:programmes) AND ended_reason = ''
                  AND starts_on <= :today AND (ends_on IS NULL OR ends_on >= :today)
                ORDER BY next_session_on NULLS LAST, starts_on
                """).param("mentor", mentor.value()).param("programmes", programmes.toArray(UUID[]::new))
                .param("today", Date.valueOf(today)).query(MentoringRecords::assignment).list();
    }

    /** How many people each of these mentors mentors now or is about to (for "free" in suggestions). */
    public Map<UserId, Integer> loads(Collection<UserId> mentors, LocalDate today) {
        if (mentors.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT mentor_id, count(*) AS n FROM support_mentoring
                WHERE mentor_id = ANY(:mentors) AND ended_reason = '' AND (ends_on IS NULL OR ends_on >= :today)
                GROUP BY mentor_id
                """).param("mentors", mentors.stream().map(UserId::value).toArray(UUID[]::new)).param("today", Date.valueOf(today))
                .query((rs, n) -> Map.entry(new UserId(rs.getObject("mentor_id", UUID.class)), rs.getInt("n"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public boolean endEarly(UUID id, int version, String reason, LocalDate today) {
        return jdbc.sql("""
                UPDATE support_mentoring SET ended_reason = :reason, ends_on = GREATEST(starts_on, LEAST(COALESCE(ends_on, :today), :today)),
                    version = version + 1
                WHERE id = :id AND version = :version AND ended_reason = ''
                """).param("reason", reason).param("today", Date.valueOf(today)).param("id", id).param("version", version)
                .update() == 1;
    }

    public void planNext(UUID id, LocalDate on) {
        jdbc.sql("UPDATE support_mentoring SET next_session_on = :on, version = version + 1 WHERE id = :id")
                .param("on", on == null ? null : Date.valueOf(on)).param("id", id).update();
    }

    public void insertSession(UUID id, UUID mentoring, ParticipantId participant, LocalDate heldOn, int minutes, String mode,
                              boolean attended, List<String> topics, String notes, boolean shared, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_mentoring_session (id, mentoring_id, participant_id, held_on, minutes, mode, attended, topics,
                    notes, shared_with_navigator, recorded_by, recorded_at)
                VALUES (:id, :m, :p, :held, :minutes, :mode, :attended, :topics, :notes, :shared, :by, :at)
                """).param("id", id).param("m", mentoring).param("p", participant.value()).param("held", Date.valueOf(heldOn))
                .param("minutes", minutes).param("mode", mode).param("attended", attended)
                .param("topics", topics.toArray(String[]::new)).param("notes", notes).param("shared", shared)
                .param("by", by.value()).param("at", Timestamp.from(at)).update();
    }

    /** A person's sessions, newest first. */
    public List<MentoringSession> sessions(ParticipantId participant) {
        return jdbc.sql("SELECT * FROM support_mentoring_session WHERE participant_id = :p ORDER BY held_on DESC, recorded_at DESC")
                .param("p", participant.value()).query((rs, n) -> new MentoringSession(rs.getObject("id", UUID.class),
                        rs.getDate("held_on").toLocalDate(), rs.getInt("minutes"), rs.getString("mode"), rs.getBoolean("attended"),
                        strings(rs.getArray("topics")), rs.getString("notes"), rs.getBoolean("shared_with_navigator"))).list();
    }

    /** The sessions of this person that this user logged (whose notes are theirs to read). */
    public List<UUID> sessionsRecordedBy(ParticipantId participant, UserId by) {
        return jdbc.sql("SELECT id FROM support_mentoring_session WHERE participant_id = :p AND recorded_by = :by")
                .param("p", participant.value()).param("by", by.value()).query(UUID.class).list();
    }

    public Optional<MentorProfile> profile(UserId mentor) {
        return jdbc.sql("SELECT role_family, base_postcode, capacity FROM support_mentor_profile WHERE mentor_id = :m")
                .param("m", mentor.value()).query((rs, n) -> new MentorProfile(rs.getString("role_family"),
                        rs.getString("base_postcode"), rs.getInt("capacity"))).optional();
    }

    public void saveProfile(UserId mentor, MentorProfile p, Instant at) {
        jdbc.sql("""
                INSERT INTO support_mentor_profile (mentor_id, role_family, base_postcode, capacity, changed_at)
                VALUES (:m, :family, :postcode, :capacity, :at)
                ON CONFLICT (mentor_id) DO UPDATE SET role_family = :family, base_postcode = :postcode, capacity = :capacity,
                    changed_at = :at
                """).param("m", mentor.value()).param("family", p.roleFamily()).param("postcode", p.basePostcode())
                .param("capacity", p.capacity()).param("at", Timestamp.from(at)).update();
    }

    private static MentoringAssignment assignment(ResultSet rs, int n) throws SQLException {
        Date ends = rs.getDate("ends_on");
        Date next = rs.getDate("next_session_on");
        return new MentoringAssignment(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)), new UserId(rs.getObject("mentor_id", UUID.class)), null,
                rs.getDate("starts_on").toLocalDate(), ends == null ? null : ends.toLocalDate(), rs.getString("ended_reason"),
                next == null ? null : next.toLocalDate(), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
