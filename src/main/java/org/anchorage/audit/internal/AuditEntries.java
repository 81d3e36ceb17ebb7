package org.anchorage.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditEntry;
import org.anchorage.audit.AuditQuery;
import org.anchorage.audit.ChainVerification;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit tables. Appending locks the chain head, so links are made one at a time across nodes. */
@Repository
public class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Instant occurredAt, String actor, AuditAction action, String recordType,
                       String recordId, String detail, String sourceAddress) {
        record Head(long sequenceNumber, String entryHash) {}
        Head head = jdbc.sql("SELECT sequence_number, entry_hash FROM audit_chain_head WHERE id FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long sequence = head.sequenceNumber() + 1;
        String hash = hash(head.entryHash(), sequence, occurredAt, actor, action, recordType, recordId, detail, sourceAddress);
        jdbc.sql("""
                INSERT INTO audit_entry (sequence_number, occurred_at, actor, action, record_type, record_id,
                                         detail, source_address, previous_hash, entry_hash)
                VALUES (:sequence, :occurredAt, :actor, :action, :recordType, :recordId, :detail, :source, :previous, :hash)
                """)
                .param("sequence", sequence)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("actor", actor)
                .param("action", action.name())
                .param("recordType", recordType)
                .param("recordId", recordId)
                .param("detail", detail)
                .param("source", sourceAddress)
                .param("previous", head.entryHash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET sequence_number = :sequence, entry_hash = :hash WHERE id")
                .param("sequence", sequence)
                .param("hash", hash)
                .update();
    }

    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE TRUE");
        var params = new java.util.HashMap<String, Object>();
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
            sql.append(" AND record_id = :recordId");
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

    /** Re-computes every hash in order, streaming rows so a long trail needs little memory. */
    public ChainVerification verify() {
        AtomicReference<String> previous = new AtomicReference<>(
                "0000000000000000000000000000000000000000000000000000000000000000");
        AtomicLong expectedSequence = new AtomicLong(1);
        AtomicLong checked = new AtomicLong();
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.sql("SELECT * FROM audit_entry ORDER BY sequence_number").query((RowCallbackHandler) rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry entry = map(rs);
            checked.incrementAndGet();
            String recomputed = hash(previous.get(), entry.sequenceNumber(), entry.occurredAt(), entry.actor(),
                    entry.action(), entry.recordType(), entry.recordId(), entry.detail(), entry.sourceAddress());
            boolean linked = entry.sequenceNumber() == expectedSequence.get()
                    && entry.previousHash().equals(previous.get());
            if (!linked || !recomputed.equals(entry.entryHash())) {
                broken.set(entry.sequenceNumber());
            }
            previous.set(entry.entryHash());
            expectedSequence.incrementAndGet();
        });
        if (broken.get() == null) {
            String headHash = jdbc.sql("SELECT entry_hash FROM audit_chain_head WHERE id").query(String.class).single();
            if (!headHash.equals(previous.get())) {
                // Entries were removed from the end: the head still remembers the last real link.
                broken.set(expectedSequence.get());
            }
        }
        return new ChainVerification(broken.get() == null, checked.get(), broken.get());
    }

    static String hash(String previousHash, long sequence, Instant occurredAt, String actor, AuditAction action,
                       String recordType, String recordId, String detail, String sourceAddress) {
        List<String> parts = new ArrayList<>();
        parts.add(previousHash);
        parts.add(Long.toString(sequence));
        parts.add(occurredAt.toString());
        parts.add(actor);
        parts.add(action.name());
        parts.add(recordType);
        parts.add(String.valueOf(recordId));
        parts.add(detail);
        parts.add(String.valueOf(sourceAddress));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                // Length-prefixed, so moving text between fields changes the hash.
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
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
                rs.getString("entry_hash"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
