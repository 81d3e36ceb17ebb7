package org.anchorage.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.anchorage.audit.AuditEntry;
import org.anchorage.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single chainer: about once a second, under a transaction-scoped advisory lock (so one node at a
 * time), it links unlinked entries in the order they were numbered into audit_link, each with an
 * HMAC-SHA256 over the entry, its position and the previous MAC; then, every {@value #CHECKPOINT_EVERY}
 * links or {@value #CHECKPOINT_SECONDS} s, it appends a signed checkpoint to the file outside the
 * database. It refuses to extend a chain whose head no longer matches the latest checkpoint, so a
 * truncated tail is not papered over.
 */
@Component
public class AuditChain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    /** The advisory lock key: "audit" in ASCII. */
    public static final long LOCK_KEY = 0x6175646974L;
    static final String GENESIS = "0".repeat(64);
    static final int BATCH = 2000;
    /** An entry committed this many numbers behind the newest linked one is left for verification to report. */
    static final long LATE_WINDOW = 100_000;
    static final int CHECKPOINT_EVERY = 500;
    static final int CHECKPOINT_SECONDS = 10;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditKey key;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;
    private volatile String alarm;

    AuditChain(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditKey key, Checkpoints checkpoints, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.key = key;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    record Head(long position, long sequence, String mac) {}

    /** Links everything pending (in batches) and writes a checkpoint when one is due, or always if {@code force}. */
    public synchronized void link(boolean force) {
        Head head;
        do {
            head = transactions.execute(status -> linkBatch());
        } while (head != null && head.position() < 0);
        if (head == null) {
            return; // another node holds the lock, or the chain is refused
        }
        Checkpoints.Checkpoint last = checkpoints.latest();
        boolean due = last == null
                ? head.position() > 0
                : head.position() > last.position() && (head.position() - last.position() >= CHECKPOINT_EVERY
                        || Duration.between(last.at(), clock.instant()).getSeconds() >= CHECKPOINT_SECONDS);
        if (head.position() > 0 && (due || (force && (last == null || head.position() != last.position())))) {
            checkpoints.append(head.position(), head.sequence(), head.mac(), clock.instant());
        }
    }

    /** One batch; a negative position in the answer means "more are waiting". Null: not ours to do now. */
    private Head linkBatch() {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Boolean.class).single()) {
            return null;
        }
        Head head = head();
        String refusal = checkAgainstCheckpoint(head);
        if (refusal != null) {
            if (!refusal.equals(alarm)) {
                log.error("Audit chain not extended: {}", refusal);
            }
            alarm = refusal;
            return null;
        }
        alarm = null;
        if (head.position() == 0) {
            LegacyChain.Result legacy = LegacyChain.verify(jdbc);
            if (legacy.checked() > 0) {
                if (legacy.firstBroken() == null) {
                    log.info("Adopting {} entries of the old unkeyed audit chain into the keyed chain: they were intact", legacy.checked());
                } else {
                    log.error("Adopting the old unkeyed audit chain into the keyed chain, but it was already broken at entry {}"
                            + " ({} checked): investigate before trusting entries up to there", legacy.firstBroken(), legacy.checked());
                }
            }
        }
        long maxLinked = jdbc.sql("SELECT coalesce(max(entry_sequence), 0) FROM audit_link").query(Long.class).single();
        List<AuditEntry> pending = jdbc.sql("""
                SELECT e.* FROM audit_entry e
                WHERE e.sequence_number > :floor
                  AND NOT EXISTS (SELECT 1 FROM audit_link l WHERE l.entry_sequence = e.sequence_number)
                ORDER BY e.sequence_number LIMIT :batch
                """)
                .param("floor", maxLinked - LATE_WINDOW)
                .param("batch", BATCH)
                .query((rs, n) -> AuditEntries.map(rs)).list();
        if (pending.isEmpty()) {
            return head;
        }
        Timestamp now = Timestamp.from(clock.instant());
        long position = head.position();
        String previous = head.mac();
        List<Long> positions = new ArrayList<>(pending.size());
        List<Long> sequences = new ArrayList<>(pending.size());
        List<String> previousMacs = new ArrayList<>(pending.size());
        List<String> macs = new ArrayList<>(pending.size());
        for (AuditEntry entry : pending) {
            position++;
            String mac = key.mac(AuditEntries.macParts(previous, position, entry));
            positions.add(position);
            sequences.add(entry.sequenceNumber());
            previousMacs.add(previous);
            macs.add(mac);
            previous = mac;
        }
        jdbc.sql("""
                INSERT INTO audit_link (position, entry_sequence, linked_at, previous_mac, entry_mac)
                SELECT p, s, :now, pm, m FROM unnest(CAST(:positions AS bigint[]), CAST(:sequences AS bigint[]),
                                                     CAST(:previous AS text[]), CAST(:macs AS text[])) AS t(p, s, pm, m)
                """)
                .param("now", now)
                .param("positions", "{" + String.join(",", positions.stream().map(String::valueOf).toList()) + "}")
                .param("sequences", "{" + String.join(",", sequences.stream().map(String::valueOf).toList()) + "}")
                .param("previous", AuditEntries.arrayLiteral(previousMacs))
                .param("macs", AuditEntries.arrayLiteral(macs))
                .update();
        Head linked = new Head(position, pending.getLast().sequenceNumber(), previous);
        return pending.size() == BATCH ? new Head(-1, 0, null) : linked;
    }

    private Head head() {
        return jdbc.sql("SELECT position, entry_sequence, entry_mac FROM audit_link ORDER BY position DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional().orElse(new Head(0, 0, GENESIS));
    }

    private String checkAgainstCheckpoint(Head head) {
        Checkpoints.Checkpoint last = checkpoints.latest();
        if (last == null) {
            return null;
        }
        if (head.position() < last.position()) {
            return "the chain ends at position " + head.position() + " but checkpoint " + last.position()
                    + " (" + last.at() + ") saw it longer: entries were removed from the end";
        }
        String mac = jdbc.sql("SELECT entry_mac FROM audit_link WHERE position = :p").param("p", last.position())
                .query(String.class).optional().orElse(null);
        return last.entryMac().equals(mac) ? null
                : "the link at position " + last.position() + " is not the one checkpointed at " + last.at();
    }

    /** Re-computes every link with the key, in order, streaming rows, and compares with every checkpoint. */
    public ChainVerification verify() {
        boolean roleProtected = roleProtected();
        String roleProtection = roleProtection(roleProtected);
        Checkpoints.Read read = checkpoints.read();
        List<Checkpoints.Checkpoint> marks = read.valid();
        AtomicReference<String> previous = new AtomicReference<>(GENESIS);
        AtomicLong expected = new AtomicLong(1);
        AtomicLong checked = new AtomicLong();
        AtomicLong lastSequence = new AtomicLong(-1);
        AtomicReference<Long> broken = new AtomicReference<>();
        AtomicReference<String> problem = new AtomicReference<>();
        int[] mark = {0};
        int[] matched = {0};
        jdbc.sql("""
                SELECT l.position, l.previous_mac, l.entry_mac, e.*
                FROM audit_link l JOIN audit_entry e ON e.sequence_number = l.entry_sequence
                ORDER BY l.position
                """).query((RowCallbackHandler) rs -> {
            if (broken.get() != null) {
                return;
            }
            long position = rs.getLong("position");
            AuditEntry entry = AuditEntries.map(rs);
            String mac = rs.getString("entry_mac");
            if (position != expected.get() || !previous.get().equals(rs.getString("previous_mac"))) {
                broken.set(entry.sequenceNumber());
                problem.set("the link at position " + expected.get() + " is missing or out of order");
                return;
            }
            if (!key.mac(AuditEntries.macParts(previous.get(), position, entry)).equals(mac)) {
                broken.set(entry.sequenceNumber());
                problem.set("entry " + entry.sequenceNumber() + " (position " + position + ") does not match its keyed link: it was changed");
                return;
            }
            while (mark[0] < marks.size() && marks.get(mark[0]).position() == position) {
                Checkpoints.Checkpoint cp = marks.get(mark[0]++);
                if (!cp.entryMac().equals(mac) || cp.sequence() != entry.sequenceNumber()) {
                    broken.set(entry.sequenceNumber());
                    problem.set("the link at position " + position + " is not the one checkpointed at " + cp.at());
                    return;
                }
                matched[0]++;
            }
            checked.incrementAndGet();
            lastSequence.set(entry.sequenceNumber());
            previous.set(mac);
            expected.incrementAndGet();
        });
        long lastPosition = expected.get() - 1;
        if (problem.get() == null && mark[0] < marks.size()) {
            Checkpoints.Checkpoint beyond = marks.get(mark[0]);
            problem.set("the chain ends at position " + lastPosition + " but checkpoint " + beyond.position()
                    + " (" + beyond.at() + ") saw it longer: entries were removed from the end");
        }
        if (problem.get() == null && read.forged() > 0) {
            problem.set(read.forged() + " checkpoint line(s) do not carry a valid signature: the checkpoint file was changed");
        }
        long unlinked = jdbc.sql("""
                SELECT count(*) FROM audit_entry e
                WHERE NOT EXISTS (SELECT 1 FROM audit_link l WHERE l.entry_sequence = e.sequence_number)
                """).query(Long.class).single();
        Checkpoints.Checkpoint latest = read.latest();
        boolean latestMatched = latest != null && broken.get() == null && mark[0] == marks.size();
        return new ChainVerification(problem.get() == null, checked.get(), broken.get(),
                lastSequence.get() < 0 ? null : lastSequence.get(), lastPosition, unlinked,
                latest == null ? null : latest.position(), latest == null ? null : latest.at(), latestMatched, matched[0],
                problem.get(), roleProtected, roleProtection, clock.instant());
    }

    private boolean roleProtected() {
        return jdbc.sql("""
                SELECT NOT (r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE')
                            OR has_table_privilege('audit_entry', 'UPDATE') OR has_table_privilege('audit_entry', 'DELETE')
                            OR has_table_privilege('audit_entry', 'TRUNCATE') OR has_table_privilege('audit_link', 'UPDATE')
                            OR has_table_privilege('audit_link', 'DELETE') OR has_table_privilege('audit_link', 'TRUNCATE'))
                FROM pg_roles r, pg_class c
                WHERE r.rolname = current_user AND c.oid = 'audit_entry'::regclass
                """).query(Boolean.class).single();
    }

    private String roleProtection(boolean roleProtected) {
        String role = jdbc.sql("SELECT current_user").query(String.class).single();
        return roleProtected
                ? "The application's database role (" + role + ") owns nothing and may only insert and read the audit "
                        + "tables: it cannot change, delete, truncate them or switch off their triggers."
                : "Weaker: the application's database role (" + role + ") owns the audit tables or is a superuser, so "
                        + "only their triggers and the keyed chain protect them. Run migrations as an owner role "
                        + "(ANCHORAGE_DB_MIGRATION_USERNAME) and the application as a role that owns nothing.";
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-chainer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                link(false);
            } catch (RuntimeException e) {
                log.warn("Audit chainer run failed; it will try again", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = scheduler;
        if (s != null) {
            s.shutdown();
            try {
                s.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
