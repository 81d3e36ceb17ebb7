package org.anchorage.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditEntry;
import org.anchorage.audit.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables. Writing an entry is one INSERT numbered by a sequence: no shared row is locked, so
 * writers never wait for each other. Entries written inside the caller's read-write transaction commit
 * or roll back with it; the rest (no transaction, or a read-only one) go through a small pool of their
 * own, so an audited read never needs a second connection from the application's pool.
 */
@Repository
public class AuditEntries implements AutoCloseable {

    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, detail, source_address, shown_record_ids)
            VALUES (:occurredAt, :actor, :action, :recordType, :recordId, :detail, :source, CAST(:shown AS text[]))
            """;

    private final JdbcClient jdbc;
    private final JdbcClient alone;
    private final HikariDataSource ownPool;

    AuditEntries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        if (dataSource instanceof HikariDataSource main) {
            ownPool = new HikariDataSource();
            ownPool.setJdbcUrl(main.getJdbcUrl());
            ownPool.setUsername(main.getUsername());
            ownPool.setPassword(main.getPassword());
            ownPool.setPoolName("anchorage-audit");
            ownPool.setMaximumPoolSize(6);
            ownPool.setMinimumIdle(1);
            ownPool.setAutoCommit(true);
            alone = JdbcClient.create(ownPool);
        } else {
            ownPool = null;
            alone = JdbcClient.create(dataSource);
        }
    }

    /** Part of the caller's read-write transaction. */
    public void append(NewEntry entry) {
        insert(jdbc, entry);
    }

    /** Its own transaction, committed before this returns. */
    public void appendAlone(NewEntry entry) {
        insert(alone, entry);
    }

    /** One upsert per refusal into the row for its minute, route and reason. */
    public void countRefusal(Instant minute, String route, String reason) {
        alone.sql("""
                INSERT INTO audit_refusal_count (minute, route, reason, refusals) VALUES (:minute, :route, :reason, 1)
                ON CONFLICT (minute, route, reason) DO UPDATE SET refusals = audit_refusal_count.refusals + 1
                """)
                .param("minute", Timestamp.from(minute))
                .param("route", route)
                .param("reason", reason)
                .update();
    }

    public record NewEntry(Instant occurredAt, String actor, AuditAction action, String recordType, String recordId,
                           String detail, String sourceAddress, List<String> shownRecordIds) {}

    private static void insert(JdbcClient client, NewEntry e) {
        client.sql(INSERT)
                .param("occurredAt", Timestamp.from(e.occurredAt()))
                .param("actor", e.actor())
                .param("action", e.action().name())
                .param("recordType", e.recordType())
                .param("recordId", e.recordId())
                .param("detail", e.detail())
                .param("source", e.sourceAddress())
                .param("shown", e.shownRecordIds() == null ? null : arrayLiteral(e.shownRecordIds()))
                .update();
    }

    /** A PostgreSQL array literal, every element quoted, so any id text survives. */
    static String arrayLiteral(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (notBlank(query.actor())) {
            sql.append(" AND lower(actor) LIKE :actor");
            params.put("actor", "%" + escapeLike(query.actor().toLowerCase()) + "%");
        }
        if (query.action() != null) {
            sql.append(" AND action = :action");
            params.put("action", query.action().name());
        }
        if (notBlank(query.recordType())) {
            sql.append(" AND record_type = :recordType");
            params.put("recordType", query.recordType());
        }
        if (notBlank(query.recordId())) {
            // A list view that showed the record counts as a read of it too.
            sql.append(" AND (record_id = :recordId OR :recordId = ANY (shown_record_ids))");
            params.put("recordId", query.recordId().trim());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        sql.append(" ORDER BY sequence_number DESC LIMIT :limit");
        params.put("limit", Math.max(1, Math.min(query.limit(), 1000)));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        Array shown = rs.getArray("shown_record_ids");
        return new AuditEntry(
                rs.getLong("sequence_number"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("detail"),
                rs.getString("source_address"),
                rs.getString("previous_hash"),
                rs.getString("entry_hash"),
                shown == null ? null : List.copyOf(Arrays.asList((String[]) shown.getArray())));
    }

    /** The content a link's MAC covers, in a fixed order. */
    static String[] macParts(String previousMac, long position, AuditEntry e) {
        List<String> parts = new ArrayList<>(List.of("entry", previousMac, Long.toString(position),
                Long.toString(e.sequenceNumber()), e.occurredAt().toString(), e.actor(), e.action().name(), e.recordType(),
                String.valueOf(e.recordId()), e.detail(), String.valueOf(e.sourceAddress())));
        if (e.shownRecordIds() == null) {
            parts.add("-");
        } else {
            parts.add(Integer.toString(e.shownRecordIds().size()));
            parts.addAll(e.shownRecordIds());
        }
        return parts.toArray(String[]::new);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }
}
