package org.anchorage.audit;

import java.time.Instant;

/** One link of the audit chain: who did what to which record, when and from where. */
public record AuditEntry(
        long sequenceNumber,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String recordType,
        String recordId,
        String detail,
        String sourceAddress,
        String previousHash,
        String entryHash) {}
