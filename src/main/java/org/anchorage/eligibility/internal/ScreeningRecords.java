package org.anchorage.eligibility.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.eligibility.Screening;
import org.anchorage.eligibility.ScreeningId;
import org.anchorage.eligibility.ScreeningStatus;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ScreeningRecords {

    private final JdbcClient jdbc;

    ScreeningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Screening s, int rulesVersion, String edition, String node, Instant now) {
        jdbc.sql("""
                INSERT INTO eligibility_screening (owner_node, heartbeat_at, id, programme_id, created_by, organisation_id, created_at, file_name,
                                                   status, total_rows, rules_version, imd_edition)
                VALUES (:node, :now, :id, :programme, :createdBy, :organisation, :createdAt, :fileName, :status, :total, :rulesVersion, :edition)
                """)
                .param("id", s.id().value())
                .param("programme", s.programme().value())
                .param("createdBy", s.createdBy().value())
                .param("organisation", s.organisation().value())
                .param("node", node)
                .param("now", Timestamp.from(now))
                .param("createdAt", Timestamp.from(s.createdAt()))
                .param("fileName", s.fileName())
                .param("status", s.status().code())
                .param("total", s.totalRows())
                .param("rulesVersion", rulesVersion)
                .param("edition", edition)
                .update();
    }

    public void progress(ScreeningId id, ScreeningStatus status, int processed, int eligible, int rejected) {
        jdbc.sql("""
                UPDATE eligibility_screening SET status = :status, processed_rows = :processed, eligible_rows = :eligible,
                       rejected_rows = :rejected WHERE id = :id
                """)
                .param("id", id.value())
                .param("status", status.code())
                .param("processed", processed)
                .param("eligible", eligible)
                .param("rejected", rejected)
                .update();
    }

    public void finish(ScreeningId id, ScreeningStatus status, int total, int processed, int eligible, int rejected,
                       String failure, Instant at) {
        jdbc.sql("""
                UPDATE eligibility_screening SET status = :status, total_rows = :total, processed_rows = :processed,
                       eligible_rows = :eligible, rejected_rows = :rejected, failure = :failure, finished_at = :at
                WHERE id = :id
                """)
                .param("id", id.value())
                .param("status", status.code())
                .param("total", total)
                .param("processed", processed)
                .param("eligible", eligible)
                .param("rejected", rejected)
                .param("failure", failure)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Running screenings whose node stopped beating before {@code staleBefore}: they cannot resume, so
     * they are marked failed. Other nodes' live jobs, and queued jobs (which another node takes over), stay.
     */
    public int failAbandoned(Instant staleBefore, Instant at) {
        return jdbc.sql("""
                UPDATE eligibility_screening SET status = 'failed', finished_at = :at,
                       failure = 'The service stopped while this file was being screened. Upload it again.'
                WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < :stale)
                """).param("at", Timestamp.from(at)).param("stale", Timestamp.from(staleBefore)).update();
    }

    /** This node still runs its screenings. */
    public void heartbeat(String node, Instant at) {
        jdbc.sql("UPDATE eligibility_screening SET heartbeat_at = :at WHERE owner_node = :node AND status IN ('queued', 'running')")
                .param("at", Timestamp.from(at)).param("node", node).update();
    }

    /** Claims one queued screening whose node stopped beating; SKIP LOCKED, so two nodes never claim the same one. */
    public Optional<ScreeningId> claimQueued(String node, Instant staleBefore, Instant at) {
        return jdbc.sql("""
                UPDATE eligibility_screening SET owner_node = :node, heartbeat_at = :at
                WHERE id = (SELECT id FROM eligibility_screening
                            WHERE status = 'queued' AND (heartbeat_at IS NULL OR heartbeat_at < :stale)
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id
                """).param("node", node).param("at", Timestamp.from(at)).param("stale", Timestamp.from(staleBefore))
                .query((rs, n) -> new ScreeningId(rs.getObject(1, UUID.class))).optional();
    }

    public int rulesVersion(ScreeningId id) {
        return jdbc.sql("SELECT rules_version FROM eligibility_screening WHERE id = :id").param("id", id.value())
                .query(Integer.class).single();
    }

    public Optional<Screening> find(ScreeningId id) {
        return jdbc.sql("SELECT * FROM eligibility_screening WHERE id = :id").param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /** One organisation's screenings of a programme: a list's people are seen only by whoever uploaded it. */
    public List<Screening> forProgramme(ProgrammeId programme, OrganisationId organisation) {
        return jdbc.sql("""
                SELECT * FROM eligibility_screening WHERE programme_id = :p AND organisation_id = :organisation
                ORDER BY created_at DESC LIMIT 100
                """)
                .param("p", programme.value()).param("organisation", organisation.value()).query((rs, n) -> map(rs)).list();
    }

    private static Screening map(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Screening(
                new ScreeningId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                new UserId(rs.getObject("created_by", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("file_name"),
                ScreeningStatus.valueOf(rs.getString("status").toUpperCase()),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("eligible_rows"),
                rs.getInt("rejected_rows"),
                rs.getString("failure"),
                finished == null ? null : finished.toInstant());
    }
}
