package org.anchorage.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail: who did what to which record, when and from where. A list view names
 * the records it showed in {@code shownRecordIds}. {@code previousHash}/{@code entryHash} are the legacy
 * unkeyed links of entries written before the keyed chain (null since); the keyed links are in audit_link.
 */
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
        String entryHash,
        List<String> shownRecordIds) {}
