package org.anchorage.audit;

import java.time.Clock;
import java.util.Collection;
import org.anchorage.audit.internal.AuditChain;
import org.anchorage.audit.internal.AuditEntries;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * For the audit benchmark only (test sources, never in the product): the real trail, which the
 * benchmark can switch off to measure the same request unaudited in the same run.
 */
public class SwitchableAuditTrail extends AuditTrail {

    public static volatile boolean off;

    SwitchableAuditTrail(AuditEntries entries, AuditChain chain, Clock clock, PlatformTransactionManager tm) {
        super(entries, chain, clock, tm);
    }

    @Override
    public void recordAs(String actor, AuditAction action, String recordType, Object recordId, String detail) {
        if (!off) {
            super.recordAs(actor, action, recordType, recordId, detail);
        }
    }

    @Override
    public void recordShown(String recordType, Collection<?> shownIds, String detail) {
        if (!off) {
            super.recordShown(recordType, shownIds, detail);
        }
    }
}
