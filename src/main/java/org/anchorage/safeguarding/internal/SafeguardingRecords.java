package org.anchorage.safeguarding.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Designations, concerns and the lead's actions, in plain SQL. */
@Repository
public class SafeguardingRecords {

    private final JdbcClient jdbc;

    SafeguardingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- Designations -----------------------------------------------------------------------------------

    public record DesignationRow(UUID id, UUID programme, UUID user, String kind, Instant designatedAt, UUID designatedBy,
                                 Instant endedAt, UUID endedBy) {}

    public List<DesignationRow> designations(UUID programme) {
        return jdbc.sql("""
                SELECT * FROM safeguarding_designation WHERE programme_id = :p
                ORDER BY ended_at IS NULL DESC, kind = 'lead' DESC, designated_at DESC
                """).param("p", programme).query(SafeguardingRecords::designation).list();
    }

    public Optional<DesignationRow> current(UUID programme, UUID user) {
        return jdbc.sql("SELECT * FROM safeguarding_designation WHERE programme_id = :p AND user_id = :u AND ended_at IS NULL")
                .param("p", programme).param("u", user).query(SafeguardingRecords::designation).optional();
    }

    /** The designations held now: the lead first, then the deputies in the order they were designated. */
    public List<DesignationRow> currentDesignations(UUID programme) {
        return jdbc.sql("""
                SELECT * FROM safeguarding_designation WHERE programme_id = :p AND ended_at IS NULL
                ORDER BY kind = 'lead' DESC, designated_at, id
                """).param("p", programme).query(SafeguardingRecords::designation).list();
    }

    public Optional<DesignationRow> lead(UUID programme) {
        return jdbc.sql("SELECT * FROM safeguarding_designation WHERE programme_id = :p AND kind = 'lead' AND ended_at IS NULL")
                .param("p", programme).query(SafeguardingRecords::designation).optional();
    }

    /** Of these programmes, the ones with a lead now. */
    public Set<UUID> withLead(Collection<UUID> programmes) {
        if (programmes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT programme_id FROM safeguarding_designation
                WHERE programme_id IN (:p) AND kind = 'lead' AND ended_at IS NULL
                """).param("p", List.copyOf(programmes)).query(UUID.class).list());
    }

    /** The programmes this user is the lead or a deputy of now. */
    public Set<UUID> designatedProgrammes(UUID user) {
        return new HashSet<>(jdbc.sql("SELECT programme_id FROM safeguarding_designation WHERE user_id = :u AND ended_at IS NULL")
                .param("u", user).query(UUID.class).list());
    }

    public void designate(UUID programme, UUID user, String kind, Instant at, UUID by) {
        jdbc.sql("""
                INSERT INTO safeguarding_designation (id, programme_id, user_id, kind, designated_at, designated_by)
                VALUES (:id, :p, :u, :k, :at, :by)
                """).param("id", UUID.randomUUID()).param("p", programme).param("u", user).param("k", kind)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    public boolean end(UUID designation, Instant at, UUID by) {
        return jdbc.sql("UPDATE safeguarding_designation SET ended_at = :at, ended_by = :by WHERE id = :id AND ended_at IS NULL")
                .param("id", designation).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    private static DesignationRow designation(ResultSet rs, int n) throws SQLException {
        return new DesignationRow(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("kind"), instant(rs, "designated_at"),
                rs.getObject("designated_by", UUID.class), instant(rs, "ended_at"), rs.getObject("ended_by", UUID.class));
    }

    // --- Concerns ---------------------------------------------------------------------------------------

    public record ConcernRow(UUID id, UUID participant, UUID programme, UUID raisedBy, Instant raisedAt, List<String> categories,
                             String description, String immediateRisk, String whenAndWhere, String actionTaken, String personKnows,
                             LocalDate acknowledgeBy, Instant acknowledgedAt, UUID acknowledgedBy, boolean flagAllowed,
                             Instant closedAt, UUID closedBy, String outcome, String outcomeNotes, int version) {}

    public void insert(ConcernRow c) {
        jdbc.sql("""
                INSERT INTO safeguarding_concern (id, participant_id, programme_id, raised_by, raised_at, categories, description,
                    immediate_risk, when_and_where, action_taken, person_knows, acknowledge_by)
                VALUES (:id, :participant, :programme, :by, :at, string_to_array(:categories, ','), :description, :risk, :whenWhere, :action, :knows, :ackBy)
                """)
                .param("id", c.id()).param("participant", c.participant()).param("programme", c.programme())
                .param("by", c.raisedBy()).param("at", Timestamp.from(c.raisedAt()))
                .param("categories", String.join(",", c.categories())).param("description", c.description())
                .param("risk", c.immediateRisk()).param("whenWhere", c.whenAndWhere()).param("action", c.actionTaken())
                .param("knows", c.personKnows()).param("ackBy", Date.valueOf(c.acknowledgeBy())).update();
    }

    public Optional<ConcernRow> concern(UUID id) {
        return jdbc.sql("SELECT * FROM safeguarding_concern WHERE id = :id").param("id", id).query(SafeguardingRecords::concern).optional();
    }

    /** Concerns of these programmes: the open ones (urgent, then unacknowledged, oldest first), or the latest closed. */
    public List<ConcernRow> queue(Collection<UUID> programmes, boolean open, int limit) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        String sql = open
                ? """
                  SELECT * FROM safeguarding_concern WHERE programme_id IN (:p) AND closed_at IS NULL
                  ORDER BY immediate_risk = 'yes' DESC, acknowledged_at IS NULL DESC, raised_at LIMIT :limit
                  """
                : """
                  SELECT * FROM safeguarding_concern WHERE programme_id IN (:p) AND closed_at IS NOT NULL
                  ORDER BY closed_at DESC LIMIT :limit
                  """;
        return jdbc.sql(sql).param("p", List.copyOf(programmes)).param("limit", limit)
                .query(SafeguardingRecords::concern).list();
    }

    /** How many open concerns of these programmes wait for acknowledgement (for the header). */
    public int waiting(Collection<UUID> programmes) {
        if (programmes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM safeguarding_concern
                WHERE programme_id IN (:p) AND closed_at IS NULL AND acknowledged_at IS NULL
                """).param("p", List.copyOf(programmes)).query(Integer.class).single();
    }

    public List<ConcernRow> raisedBy(UUID user) {
        return jdbc.sql("SELECT * FROM safeguarding_concern WHERE raised_by = :u ORDER BY raised_at DESC")
                .param("u", user).query(SafeguardingRecords::concern).list();
    }

    public boolean hasRaised(UUID user) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM safeguarding_concern WHERE raised_by = :u)").param("u", user)
                .query(Boolean.class).single();
    }

    /** The people of these with a concern whose lead let the navigator see a flag. */
    public Set<UUID> flagged(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT participant_id FROM safeguarding_concern WHERE participant_id IN (:p) AND flag_allowed")
                .param("p", List.copyOf(people)).query(UUID.class).list());
    }

    /** The programmes of the flagged concerns about this person (to name each programme's lead). */
    public List<UUID> flaggedProgrammes(UUID person) {
        return jdbc.sql("SELECT DISTINCT programme_id FROM safeguarding_concern WHERE participant_id = :p AND flag_allowed")
                .param("p", person).query(UUID.class).list();
    }

    public boolean acknowledge(UUID id, int version, Instant at, UUID by) {
        return jdbc.sql("""
                UPDATE safeguarding_concern SET acknowledged_at = :at, acknowledged_by = :by, version = version + 1
                WHERE id = :id AND version = :v AND acknowledged_at IS NULL
                """).param("id", id).param("v", version).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    public boolean allowFlag(UUID id, int version, boolean allowed) {
        return jdbc.sql("UPDATE safeguarding_concern SET flag_allowed = :f, version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", version).param("f", allowed).update() == 1;
    }

    public boolean close(UUID id, int version, String outcome, String notes, Instant at, UUID by) {
        return jdbc.sql("""
                UPDATE safeguarding_concern SET closed_at = :at, closed_by = :by, outcome = :o, outcome_notes = :n,
                    acknowledged_at = COALESCE(acknowledged_at, :at), acknowledged_by = COALESCE(acknowledged_by, :by),
                    version = version + 1
                WHERE id = :id AND version = :v AND closed_at IS NULL
                """).param("id", id).param("v", version).param("o", outcome).param("n", notes)
                .param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    /** Moves the version on, so a decision or referral recorded from a stale page is refused like any change. */
    public boolean touch(UUID id, int version) {
        return jdbc.sql("UPDATE safeguarding_concern SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    private static ConcernRow concern(ResultSet rs, int n) throws SQLException {
        Array categories = rs.getArray("categories");
        Date ackBy = rs.getDate("acknowledge_by");
        return new ConcernRow(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("programme_id", UUID.class), rs.getObject("raised_by", UUID.class), instant(rs, "raised_at"),
                categories == null ? List.of() : Arrays.asList((String[]) categories.getArray()), rs.getString("description"),
                rs.getString("immediate_risk"), rs.getString("when_and_where"), rs.getString("action_taken"),
                rs.getString("person_knows"), ackBy.toLocalDate(), instant(rs, "acknowledged_at"),
                rs.getObject("acknowledged_by", UUID.class), rs.getBoolean("flag_allowed"), instant(rs, "closed_at"),
                rs.getObject("closed_by", UUID.class), rs.getString("outcome"), rs.getString("outcome_notes"), rs.getInt("version"));
    }

    // --- Decisions and referrals ------------------------------------------------------------------------

    public record ActionRow(String kind, LocalDate on, String referredTo, String reference, String contact, String text,
                            UUID recordedBy) {}

    public void insertAction(UUID concern, ActionRow a, Instant at) {
        jdbc.sql("""
                INSERT INTO safeguarding_concern_action (id, concern_id, kind, taken_on, referred_to, reference, contact, text,
                    recorded_at, recorded_by)
                VALUES (:id, :c, :kind, :on, :to, :ref, :contact, :text, :at, :by)
                """).param("id", UUID.randomUUID()).param("c", concern).param("kind", a.kind()).param("on", Date.valueOf(a.on()))
                .param("to", a.referredTo()).param("ref", a.reference()).param("contact", a.contact()).param("text", a.text())
                .param("at", Timestamp.from(at)).param("by", a.recordedBy()).update();
    }

    public List<ActionRow> actions(UUID concern) {
        return jdbc.sql("SELECT * FROM safeguarding_concern_action WHERE concern_id = :c ORDER BY recorded_at, taken_on")
                .param("c", concern).query((rs, n) -> new ActionRow(rs.getString("kind"), rs.getDate("taken_on").toLocalDate(),
                        rs.getString("referred_to"), rs.getString("reference"), rs.getString("contact"), rs.getString("text"),
                        rs.getObject("recorded_by", UUID.class))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
