package org.anchorage.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.anchorage.audit.internal.AuditEntries;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and searches the audit trail. Entries join the caller's transaction, so a change and its
 * audit entry are saved together or not at all; outside a transaction each entry is its own.
 */
@Service
public class AuditTrail {

    public static final String ANONYMOUS = "anonymous";

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in on this request. */
    @Transactional
    public void record(AuditAction action, String recordType, Object recordId, String detail) {
        recordAs(currentActor(), action, recordType, recordId, detail);
    }

    /** Records an action by a named actor, e.g. the email given in a failed sign-in. */
    @Transactional
    public void recordAs(String actor, AuditAction action, String recordType, Object recordId, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entries.append(now, truncate(actor, 254), action, recordType,
                recordId == null ? null : truncate(recordId.toString(), 200),
                detail == null ? "" : truncate(detail, 1000), sourceAddress());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        return entries.search(query);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return entries.verify();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
