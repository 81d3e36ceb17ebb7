package org.anchorage.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.anchorage.audit.internal.AuditChain;
import org.anchorage.audit.internal.AuditEntries;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and searches the audit trail. Inside a read-write transaction a change's entry joins it, so a
 * change and its audit entry are saved together or not at all; reads and refusals, and any entry with no
 * transaction or a read-only one, are committed on their own (in a group with others) before the method
 * returns, so an audited read is on record before its data is shown. Writers never wait for each other: the keyed chain is linked just after, by
 * {@link AuditChain}.
 */
@Service
public class AuditTrail {

    public static final String ANONYMOUS = "anonymous";
    public static final String AUDIT_TRAIL = "audit-trail";
    private static final Pattern IDS = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)\\d+(?=/|$)");

    private final AuditEntries entries;
    private final AuditChain chain;
    private final Clock clock;
    private final PlatformTransactionManager transactionManager;

    AuditTrail(AuditEntries entries, AuditChain chain, Clock clock, PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
        this.entries = entries;
        this.chain = chain;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in on this request. */
    public void record(AuditAction action, String recordType, Object recordId, String detail) {
        recordAs(currentActor(), action, recordType, recordId, detail);
    }

    /** Records an action by a named actor, e.g. the email given in a failed sign-in. */
    public void recordAs(String actor, AuditAction action, String recordType, Object recordId, String detail) {
        write(actor, action, recordType, recordId, detail, null);
    }

    /**
     * Records that a list view showed these records to whoever is signed in: one entry naming every id
     * shown, so "who saw this person" finds list views as well as record pages.
     */
    public void recordShown(String recordType, Collection<?> shownIds, String detail) {
        List<String> ids = shownIds.stream().map(String::valueOf).toList();
        write(currentActor(), AuditAction.READ, recordType, null, detail + " (" + ids.size() + " shown)", ids);
    }

    /**
     * A refused request. Signed-in users get a chained entry; anonymous refusals (scanners, expired
     * tokens) are only counted per minute, route and reason, so a flood of them costs one upsert each.
     */
    public void refused(String recordType, String path, String detail) {
        String actor = currentActor();
        if (ANONYMOUS.equals(actor)) {
            String route = truncate(IDS.matcher(path == null ? "" : path).replaceAll("{id}"), 200);
            entries.countRefusal(clock.instant().truncatedTo(ChronoUnit.MINUTES), recordType + " " + route, truncate(detail, 200));
        } else {
            write(actor, AuditAction.REFUSED, recordType, path, detail, null);
        }
    }

    private void write(String actor, AuditAction action, String recordType, Object recordId, String detail, List<String> shown) {
        var entry = new AuditEntries.NewEntry(clock.instant().truncatedTo(ChronoUnit.MICROS), truncate(actor, 254), action,
                recordType, recordId == null ? null : truncate(recordId.toString(), 200),
                detail == null ? "" : truncate(detail, 1000), sourceAddress(), shown);
        // A read (or refusal) happened whatever becomes of the caller's transaction, so it never waits
        // for it: it is committed in the next group, before the data is shown. A change's entry joins the
        // change's transaction.
        boolean happened = action == AuditAction.READ || action == AuditAction.REFUSED;
        if (!happened && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.append(entry);
        } else {
            entries.appendAlone(entry);
        }
    }

    /** Searching the trail is itself audited. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        List<AuditEntry> found = entries.search(query);
        record(AuditAction.READ, AUDIT_TRAIL, null, "searched the audit trail" + describe(query) + ": " + found.size() + " entries");
        return found;
    }

    /** Links what is pending, then re-computes the keyed chain against the signed checkpoints. Audited. */
    public ChainVerification verify() {
        chain.link(true);
        ChainVerification result = readOnly(() -> chain.verify());
        record(AuditAction.READ, AUDIT_TRAIL, null, "verified the chain: " + (result.intact() ? "intact" : "BROKEN")
                + ", " + result.entriesChecked() + " entries up to " + result.lastSequenceVerified());
        return result;
    }

    /** Links pending entries now and writes a checkpoint (the chainer does both every second anyway). */
    public void checkpointNow() {
        chain.link(true);
    }

    private <T> T readOnly(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    private static String describe(AuditQuery q) {
        StringBuilder s = new StringBuilder();
        if (q.actor() != null && !q.actor().isBlank()) s.append(" actor~").append(q.actor());
        if (q.action() != null) s.append(" action=").append(q.action());
        if (q.recordType() != null && !q.recordType().isBlank()) s.append(" type=").append(q.recordType());
        if (q.recordId() != null && !q.recordId().isBlank()) s.append(" id=").append(q.recordId());
        if (q.from() != null) s.append(" from=").append(q.from());
        if (q.to() != null) s.append(" to=").append(q.to());
        return s.isEmpty() ? " (latest)" : s.toString();
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
