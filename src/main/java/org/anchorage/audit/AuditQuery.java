package org.anchorage.audit;

import java.time.LocalDate;

/** What an administrator searches the trail by; blank parts do not filter. */
public record AuditQuery(String actor, AuditAction action, String recordType, String recordId,
                         LocalDate from, LocalDate to, int limit) {

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
