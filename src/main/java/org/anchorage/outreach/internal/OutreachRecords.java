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
}
