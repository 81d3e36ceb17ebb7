package org.anchorage.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facts other helpers' facades will write (mentoring sessions, wellbeing check-ins) and ones that take a
 * long pipeline to reach through facades (a register taken, a placement started with attendance, checks
 * waiting), inserted straight into their tables so each early-warning rule can be tested on its own.
 */
final class EarlyWarningTestFacts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final JdbcClient jdbc;

    EarlyWarningTestFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private UUID user(String email) {
        return jdbc.sql("SELECT id FROM identity_user_account WHERE email = :e").param("e", email).query(UUID.class).single();
    }

    void mentoringSession(UUID person, LocalDate on, boolean attended) {
        UUID mentor = user("mentor@demo.anchorage.local");
        UUID assignment = jdbc.sql("SELECT id FROM support_mentoring WHERE participant_id = :p").param("p", person).query(UUID.class)
                .optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                            INSERT INTO support_mentoring (id, participant_id, programme_id, mentor_id, starts_on, assigned_by, assigned_at)
                            SELECT :id, p.id, p.programme_id, :m, DATE '2026-01-01', :m, now() FROM participant_participant p WHERE p.id = :p
                            """).param("id", id).param("p", person).param("m", mentor).update();
                    return id;
                });
        jdbc.sql("""
                INSERT INTO support_mentoring_session (id, mentoring_id, participant_id, held_on, minutes, mode, attended, recorded_by, recorded_at)
                VALUES (gen_random_uuid(), :a, :p, :on, 45, 'in-person', :attended, :m, now())
                """).param("a", assignment).param("p", person).param("on", Date.valueOf(on)).param("attended", attended)
                .param("m", mentor).update();
    }

    void checkin(UUID person, LocalDate on, Integer... scores) {
        UUID scale = jdbc.sql("SELECT id FROM plan_wellbeing_scale WHERE code = 'ONS4'").query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO support_wellbeing_checkin (id, participant_id, scale_id, checked_on, scores, recorded_by, recorded_as, recorded_at)
                VALUES (gen_random_uuid(), :p, :s, :on, :scores, :by, 'mentor', :at)
                """).param("p", person).param("s", scale).param("on", Date.valueOf(on)).param("scores", scores)
                .param("by", user("mentor@demo.anchorage.local")).param("at", Timestamp.from(on.atTime(12, 0).atZone(LONDON).toInstant()))
                .update();
    }

    /** A training session on that day whose register was taken, the person present or not. */
    void trainingSession(UUID person, LocalDate on, boolean attended) {
        UUID session = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_session (id, course_id, programme_id, starts_at, venue, capacity, trainer_id, created_at)
                SELECT :id, (SELECT id FROM training_course ORDER BY title LIMIT 1), p.programme_id, :at, 'Room 2', 10,
                       (SELECT id FROM identity_user_account WHERE email = 'trainer@demo.anchorage.local'), now()
                FROM participant_participant p WHERE p.id = :p
                """).param("id", session).param("p", person)
                .param("at", Timestamp.from(on.atTime(10, 0).atZone(LONDON).toInstant())).update();
        jdbc.sql("""
                INSERT INTO training_booking (id, session_id, participant_id, status, booked_at, booked_by, attended)
                VALUES (gen_random_uuid(), :s, :p, 'booked', now(), 'test', :attended)
                """).param("s", session).param("p", person).param("attended", attended).update();
    }

    /** A candidate on the demo placement at a stage, started on a day (or null); returns the candidate. */
    UUID candidate(UUID person, String stage, LocalDate startedOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO placement_candidate (id, offer_id, participant_id, stage, suggested_at, suggested_by, offered_on, started_on)
                VALUES (:id, (SELECT id FROM placement_offer WHERE title = 'Housekeeping assistant' ORDER BY created_at LIMIT 1), :p, :stage, now(), 'test', :offered, :started)
                """).param("id", id).param("p", person).param("stage", stage)
                .param("offered", startedOn == null ? null : Date.valueOf(startedOn.minusDays(20)))
                .param("started", startedOn == null ? null : Date.valueOf(startedOn)).update();
        return id;
    }

    BigDecimal weeklyHours() {
        return jdbc.sql("SELECT hours_per_week FROM placement_offer WHERE title = 'Housekeeping assistant' ORDER BY created_at LIMIT 1").query(BigDecimal.class).single();
    }

    LocalDate placementEnds() {
        return jdbc.sql("SELECT ends_on FROM placement_offer WHERE title = 'Housekeeping assistant' ORDER BY created_at LIMIT 1").query(LocalDate.class).single();
    }

    void attendance(UUID candidate, LocalDate monday, BigDecimal hours) {
        jdbc.sql("""
                INSERT INTO placement_attendance (candidate_id, week_starting, hours_attended, confirmed_by, confirmed_at)
                VALUES (:c, :w, :h, 'test', now())
                ON CONFLICT (candidate_id, week_starting) DO UPDATE SET hours_attended = EXCLUDED.hours_attended
                """).param("c", candidate).param("w", Date.valueOf(monday)).param("h", hours).update();
    }

    void check(UUID candidate, String standard, String status, LocalDate requestedOn) {
        jdbc.sql("""
                INSERT INTO placement_check (candidate_id, standard, required_before_start, status, who_acts_next, requested_on, due_on,
                    updated_at, updated_by)
                VALUES (:c, :s, TRUE, :status, 'third-party', :r, :r, now(), 'test')
                ON CONFLICT (candidate_id, standard) DO UPDATE SET status = EXCLUDED.status
                """).param("c", candidate).param("s", standard).param("status", status).param("r", Date.valueOf(requestedOn)).update();
    }
}
