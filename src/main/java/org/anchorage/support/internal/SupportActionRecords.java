package org.anchorage.support.internal;

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
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.support.SupportAction;
import org.anchorage.support.SupportActionKind;
import org.anchorage.support.SupportActionOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Support actions in plain SQL. */
@Repository
public class SupportActionRecords {

    private final JdbcClient jdbc;

    SupportActionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, ParticipantId participant, SupportAction.New a, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_action (id, participant_id, barrier, kind, what, owner, partner_name, due_on, notes,
                    created_by, created_at)
                VALUES (:id, :participant, :barrier, :kind, :what, :owner, :partner, :due, :notes, :by, :at)
                """)
                .param("id", id).param("participant", participant.value()).param("barrier", a.barrier())
                .param("kind", a.kind()).param("what", a.what()).param("owner", a.owner()).param("partner", a.partnerName())
                .param("due", Date.valueOf(a.dueOn())).param("notes", a.notes() == null ? "" : a.notes())
                .param("by", by.value()).param("at", Timestamp.from(at))
                .update();
    }

    public List<SupportAction> of(ParticipantId participant) {
        return jdbc.sql("""
                SELECT * FROM support_action WHERE participant_id = :p
                ORDER BY status = 'open' DESC, due_on, created_at
                """).param("p", participant.value()).query(SupportActionRecords::action).list();
    }

    public Optional<SupportAction> find(UUID id) {
        return jdbc.sql("SELECT * FROM support_action WHERE id = :id").param("id", id).query(SupportActionRecords::action).optional();
    }

    /** Closes an open action only if nobody changed it since the page was built. */
    public boolean close(UUID id, int version, String status, String outcome, UserId by, LocalDate on) {
        return jdbc.sql("""
                UPDATE support_action SET status = :status, outcome = :outcome, closed_by = :by, closed_on = :on,
                    version = version + 1
                WHERE id = :id AND version = :version AND status = 'open'
                """)
                .param("id", id).param("version", version).param("status", status).param("outcome", outcome)
                .param("by", by.value()).param("on", Date.valueOf(on))
                .update() == 1;
    }

    public record Due(ParticipantId participant, String what, LocalDate dueOn) {}

    /** Open actions due by a day, for a whole caseload in one query. */
    public List<Due> openDueBy(Collection<ParticipantId> people, LocalDate by) {
        return jdbc.sql("""
                SELECT participant_id, what, due_on FROM support_action
                WHERE participant_id = ANY(:people) AND status = 'open' AND due_on <= :by
                ORDER BY due_on
                """)
                .param("people", people.stream().map(ParticipantId::value).toArray(UUID[]::new))
                .param("by", Date.valueOf(by))
                .query((rs, n) -> new Due(new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getString("what"),
                        rs.getDate("due_on").toLocalDate()))
                .list();
    }

    private static SupportAction action(ResultSet rs, int n) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new SupportAction(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
                rs.getString("barrier"), SupportActionKind.fromCode(rs.getString("kind")).orElse(SupportActionKind.OTHER),
                rs.getString("what"), SupportActionOwner.fromCode(rs.getString("owner")).orElse(SupportActionOwner.NAVIGATOR),
                rs.getString("partner_name"), rs.getDate("due_on").toLocalDate(), rs.getString("notes"), rs.getString("status"),
                rs.getString("outcome"), closed == null ? null : closed.toLocalDate(), rs.getInt("version"));
    }
}
