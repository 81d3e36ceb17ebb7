package org.anchorage.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditEntry;
import org.anchorage.audit.AuditQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables. Writing an entry is one INSERT numbered by a sequence: no shared row is locked, so
 * writers never wait for each other. Entries written inside the caller's read-write transaction commit
 * or roll back with it; the rest (no transaction, or a read-only one) are committed in groups: the
 * caller queues its entry and waits, and a writer (one of {@value #WRITERS}, on a small pool of their own,
 * so an audited read never needs a second connection from the application's pool) inserts everything
 * queued, up to {@value #GROUP} entries, as one batch in one transaction. Under load one commit (one WAL
 * flush) then covers many reads instead of one each; a lone read waits for one commit, as before.
 */
@Repository
public class AuditEntries implements AutoCloseable {

    private static final String BATCH_INSERT = """
            INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, detail, source_address, shown_record_ids)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, detail, source_address, shown_record_ids)
            VALUES (:occurredAt, :actor, :action, :recordType, :recordId, :detail, :source, CAST(:shown AS text[]))
            """;

    static final int WRITERS = 2;
    static final int GROUP = 500;
    private static final Logger log = LoggerFactory.getLogger(AuditEntries.class);

    private final JdbcClient jdbc;
    private final JdbcClient alone;
    private final HikariDataSource ownPool;
    private final DataSource groupSource;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open = true;

    /** An entry waiting for its group's commit. */
    private record Queued(NewEntry entry, CompletableFuture<Void> committed) {}

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
        groupSource = ownPool != null ? ownPool : dataSource;
        for (int i = 0; i < WRITERS; i++) {
            writers.add(Thread.ofPlatform().daemon().name("audit-writer-" + i).start(this::writeGroups));
        }
    }

    /** Part of the caller's read-write transaction. */
    public void append(NewEntry entry) {
        insert(jdbc, entry);
    }

    /** Committed (with whatever else was queued meanwhile) before this returns. */
    public void appendAlone(NewEntry entry) {
        if (!open) {
            insert(alone, entry);
            return;
        }
        Queued queued = new Queued(entry, new CompletableFuture<>());
        queue.add(queued);
        try {
            queued.committed().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("audit entry not written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit entry was written", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit entry was not written within 30 s", e);
        }
    }

    private void writeGroups() {
        List<Queued> group = new ArrayList<>(GROUP);
        while (open || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                if (!open) {
                    Thread.currentThread().interrupt();
                }
            } finally {
                group.clear();
            }
        }
    }

    /** One batch, one transaction; if it fails, each entry is tried alone so only a bad one fails its caller. */
    private void write(List<Queued> group) {
        try (Connection connection = groupSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(BATCH_INSERT)) {
                for (Queued queued : group) {
                    bind(insert, connection, queued.entry());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            group.forEach(q -> q.committed().complete(null));
        } catch (SQLException | RuntimeException e) {
            if (group.size() == 1) {
                log.warn("Audit entry not written", e);
                group.getFirst().committed().completeExceptionally(
                        e instanceof RuntimeException r ? r : new IllegalStateException("audit entry not written", e));
                return;
            }
            for (Queued queued : group) {
                write(new ArrayList<>(List.of(queued)));
            }
        }
    }

    private static void bind(PreparedStatement insert, Connection connection, NewEntry e) throws SQLException {
        insert.setTimestamp(1, Timestamp.from(e.occurredAt()));
        insert.setString(2, e.actor());
        insert.setString(3, e.action().name());
        insert.setString(4, e.recordType());
        insert.setString(5, e.recordId());
        insert.setString(6, e.detail());
        insert.setString(7, e.sourceAddress());
        insert.setArray(8, e.shownRecordIds() == null ? null : connection.createArrayOf("text", e.shownRecordIds().toArray()));
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
        // Whatever is queued is written before the pool closes.
        open = false;
        for (Thread writer : writers) {
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (ownPool != null) {
            ownPool.close();
        }
    }
}
