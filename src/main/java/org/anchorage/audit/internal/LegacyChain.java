package org.anchorage.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.anchorage.audit.AuditEntry;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The unkeyed SHA-256 chain of entries written before the keyed chain (migration V2026_12_01_20). It is
 * checked once, just before those entries are adopted into the keyed chain, so an upgrade says in the
 * log whether the history it adopts was intact.
 */
final class LegacyChain {

    record Result(long checked, Long firstBroken) {}

    private LegacyChain() {}

    static Result verify(JdbcClient jdbc) {
        AtomicReference<String> previous = new AtomicReference<>(AuditChain.GENESIS);
        AtomicLong expected = new AtomicLong(1);
        AtomicLong checked = new AtomicLong();
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.sql("SELECT * FROM audit_entry WHERE entry_hash IS NOT NULL ORDER BY sequence_number")
                .query((RowCallbackHandler) rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    AuditEntry e = AuditEntries.map(rs);
                    checked.incrementAndGet();
                    String recomputed = hash(previous.get(), e);
                    if (e.sequenceNumber() != expected.get() || !previous.get().equals(e.previousHash())
                            || !recomputed.equals(e.entryHash())) {
                        broken.set(e.sequenceNumber());
                    }
                    previous.set(e.entryHash());
                    expected.incrementAndGet();
                });
        return new Result(checked.get(), broken.get());
    }

    /** The hash exactly as the original AuditEntries computed it. */
    static String hash(String previousHash, AuditEntry e) {
        String[] parts = {previousHash, Long.toString(e.sequenceNumber()), e.occurredAt().toString(), e.actor(),
                e.action().name(), e.recordType(), String.valueOf(e.recordId()), e.detail(), String.valueOf(e.sourceAddress())};
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is always available", missing);
        }
    }
}
