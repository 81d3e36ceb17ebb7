package org.anchorage.outreach.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.anchorage.outreach.OutreachActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OutreachRecords {

    private final JdbcClient jdbc;

    OutreachRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID programme, OutreachActivity.New n, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO outreach_activity (id, programme_id, held_on, place, target_place, partner, people_spoken_to, note, recorded_by,
                    recorded_at)
                VALUES (:id, :p, :on, :place, :target, :partner, :people, :note, :by, :at)
                """).param("id", id).param("p", programme).param("on", Date.valueOf(n.heldOn())).param("place", n.place().strip())
                .param("target", n.targetPlace() == null ? "" : n.targetPlace()).param("partner", n.partner() == null ? "" : n.partner().strip())
                .param("people", n.peopleSpokenTo()).param("note", n.note() == null ? "" : n.note().strip()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** The programme's outreach, latest first, at most 200. */
    public List<OutreachActivity> of(UUID programme) {
        return jdbc.sql("""
                SELECT o.id, o.held_on, o.place, o.target_place, o.partner, o.people_spoken_to, o.note, coalesce(u.display_name, '') AS by_name
                FROM outreach_activity o LEFT JOIN identity_user_account u ON u.id = o.recorded_by
                WHERE o.programme_id = :p ORDER BY o.held_on DESC, o.recorded_at DESC LIMIT 200
                """).param("p", programme).query((rs, n) -> new OutreachActivity(rs.getObject("id", UUID.class),
                rs.getDate("held_on").toLocalDate(), rs.getString("place"), rs.getString("target_place"), rs.getString("partner"),
                rs.getInt("people_spoken_to"), rs.getString("note"), rs.getString("by_name"))).list();
    }

    /** Outreach in a period by target place ('' for none): sessions logged and people spoken to; events held, sign-ups, who came, referred. */
    public List<org.anchorage.outreach.OutreachByPlace> byPlace(UUID programme, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                WITH logged AS (
                    SELECT target_place, count(*) AS sessions, sum(people_spoken_to) AS spoken_to
                    FROM outreach_activity WHERE programme_id = :p AND held_on BETWEEN :from AND :to GROUP BY target_place),
                held AS (
                    SELECT e.target_place, count(DISTINCT e.id) AS events, count(s.id) AS signed_up,
                        count(s.id) FILTER (WHERE s.attended) AS came, count(s.referral_id) AS referred
                    FROM outreach_event e LEFT JOIN outreach_event_sign_up s ON s.event_id = e.id AND s.place <> 'removed'
                    WHERE e.programme_id = :p AND e.cancelled_at IS NULL
                      AND (e.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to
                    GROUP BY e.target_place)
                SELECT coalesce(l.target_place, h.target_place) AS place, coalesce(l.sessions, 0) AS sessions,
                    coalesce(l.spoken_to, 0) AS spoken_to, coalesce(h.events, 0) AS events, coalesce(h.signed_up, 0) AS signed_up,
                    coalesce(h.came, 0) AS came, coalesce(h.referred, 0) AS referred
                FROM logged l FULL JOIN held h ON h.target_place = l.target_place
                """).param("p", programme).param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to))
                .query((rs, n) -> new org.anchorage.outreach.OutreachByPlace(rs.getString("place"), rs.getLong("sessions"),
                        rs.getLong("spoken_to"), rs.getLong("events"), rs.getLong("signed_up"), rs.getLong("came"), rs.getLong("referred")))
                .list();
    }
}
