package org.anchorage.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions kept in PostgreSQL (the spring_session tables), so every node shares them, and cached on
 * each node so a request costs no database round trip: a session read from the table is kept with its
 * attributes already deserialised; a change to it on any node (signed out, id changed, attribute set,
 * deleted by "sign out everywhere" or a password reset, expired and cleaned up) fires a trigger that
 * notifies every node's {@link ChangeNotices}, which drops its copy. The last-access time is written at
 * most once every {@link #TOUCH_EVERY}, so the stored expiry can lag the real one by that much; a node
 * whose copy looks expired reads the table again before it believes it, so no node lets a session live
 * past its real expiry, and the clean-up leaves {@link #TOUCH_EVERY} of slack before deleting.
 */
public class SharedSessions implements FindByIndexNameSessionRepository<SharedSessions.StoredSession> {

    static final String CHANNEL = "anchorage_session";
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** More cached sessions than this on one node and the cache starts again (each is re-read once). */
    static final int MAX_CACHED = 100_000;

    /**
     * Real time, not the service's clock: Spring Session's filter stamps each request's access with the
     * real time, so idleness is judged by the same clock (tests that move the service's date do not
     * expire everyone's session).
     */
    private static final Clock REAL_TIME = Clock.systemUTC();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ChangeNotices notices;
    private final Duration maxInactive;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Bumped on every eviction: a copy read from the table before an eviction is not cached after it. */
    private final AtomicLong evictions = new AtomicLong();

    SharedSessions(JdbcClient jdbc, TransactionTemplate transactions, ChangeNotices notices, Duration maxInactive,
                   ClassLoader classLoader) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notices = notices;
        this.maxInactive = maxInactive;
        this.deserializer = new DeserializingConverter(classLoader);
        notices.listen(CHANNEL, this::evict, this::evictAll);
    }

    /** What one node keeps of a stored session: never handed out, only copied. */
    private record Cached(String primaryId, String id, Instant created, Instant lastAccessed, Instant lastWritten,
                          Duration maxInactive, Map<String, Object> attributes) {
        boolean expired(Instant now) {
            return !maxInactive.isNegative() && now.isAfter(lastAccessed.plus(maxInactive));
        }
    }

    /** One request's view of a session: changes are collected and written (only what changed) on save. */
    public static final class StoredSession implements Session {
        private final String primaryId;
        private final Instant created;
        private String originalId;
        private boolean isNew;
        private Instant lastWritten;
        private final Map<String, Object> attributes;
        private final Set<String> changed = new HashSet<>();
        private String id;
        private Instant lastAccessed;
        private Duration maxInactive;
        private boolean maxInactiveChanged;

        private StoredSession(String primaryId, String id, boolean isNew, Instant created, Instant lastAccessed,
                              Instant lastWritten, Duration maxInactive, Map<String, Object> attributes) {
            this.primaryId = primaryId;
            this.id = id;
            this.originalId = id;
            this.isNew = isNew;
            this.created = created;
            this.lastAccessed = lastAccessed;
            this.lastWritten = lastWritten;
            this.maxInactive = maxInactive;
            this.attributes = new HashMap<>(attributes);
        }

        /** Written: what changed so far is now stored. */
        private void saved() {
            changed.clear();
            originalId = id;
            isNew = false;
            lastWritten = lastAccessed;
            maxInactiveChanged = false;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String changeSessionId() {
            id = UUID.randomUUID().toString();
            return id;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getAttribute(String name) {
            return (T) attributes.get(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return Set.copyOf(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            attributes.put(name, value);
            changed.add(name);
        }

        @Override
        public void removeAttribute(String name) {
            if (attributes.remove(name) != null || isNew) {
                changed.add(name);
            }
        }

        @Override
        public Instant getCreationTime() {
            return created;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            lastAccessed = lastAccessedTime;
        }

        @Override
        public Instant getLastAccessedTime() {
            return lastAccessed;
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            maxInactiveChanged = maxInactiveChanged || !interval.equals(maxInactive);
            maxInactive = interval;
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return maxInactive;
        }

        @Override
        public boolean isExpired() {
            return !maxInactive.isNegative() && REAL_TIME.instant().isAfter(lastAccessed.plus(maxInactive));
        }
    }

    @Override
    public StoredSession createSession() {
        Instant now = REAL_TIME.instant();
        return new StoredSession(UUID.randomUUID().toString(), UUID.randomUUID().toString(), true, now, now, now, maxInactive,
                Map.of());
    }

    @Override
    public void save(StoredSession session) {
        if (session.isNew) {
            long stamp = evictions.get();
            transactions.executeWithoutResult(status -> insert(session));
            session.saved();
            remember(session, stamp);
            return;
        }
        boolean idChanged = !session.id.equals(session.originalId);
        boolean contentChanged = idChanged || !session.changed.isEmpty() || session.maxInactiveChanged;
        boolean touch = contentChanged || !session.lastAccessed.isBefore(session.lastWritten.plus(TOUCH_EVERY));
        if (!touch) {
            return;
        }
        Boolean stillThere = transactions.execute(status -> update(session));
        if (contentChanged || !Boolean.TRUE.equals(stillThere)) {
            // Another request of this session may have changed other attributes: the next one reads the table.
            evict(session.originalId);
            evict(session.id);
            session.saved();
            return;
        }
        session.saved();
        cache.computeIfPresent(session.id, (id, cached) -> new Cached(cached.primaryId(), id, cached.created(),
                max(cached.lastAccessed(), session.lastAccessed), session.lastAccessed, cached.maxInactive(), cached.attributes()));
    }

    @Override
    public StoredSession findById(String id) {
        if (id == null || id.length() > 36) {
            return null;
        }
        Instant now = REAL_TIME.instant();
        Cached cached = notices.listening() ? cache.get(id) : null;
        if (cached != null && !cached.expired(now)) {
            return open(cached);
        }
        long stamp = evictions.get();
        Cached stored = load(id);
        if (stored == null) {
            evict(id);
            return null;
        }
        if (stored.expired(now)) {
            deleteById(id);
            return null;
        }
        if (notices.listening()) {
            remember(stored, stamp);
        }
        return open(stored);
    }

    @Override
    public void deleteById(String id) {
        jdbc.sql("DELETE FROM spring_session WHERE session_id = :id").param("id", id).update();
        notices.changedHere(CHANNEL, id);
    }

    @Override
    public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        if (!PRINCIPAL_NAME_INDEX_NAME.equals(indexName)) {
            return Map.of();
        }
        Map<String, StoredSession> found = new LinkedHashMap<>();
        for (String id : jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = :name")
                .param("name", indexValue).query(String.class).list()) {
            Cached stored = load(id.strip());
            if (stored != null) {
                found.put(stored.id(), open(stored));
            }
        }
        return found;
    }

    /** Deletes sessions whose stored expiry (which may lag by {@link #TOUCH_EVERY}) passed that long ago. */
    public int deleteExpired() {
        long before = REAL_TIME.instant().minus(TOUCH_EVERY).toEpochMilli();
        cache.values().removeIf(c -> c.expired(REAL_TIME.instant()));
        return jdbc.sql("DELETE FROM spring_session WHERE expiry_time < :before").param("before", before).update();
    }

    /** How many sessions this node holds in memory (for tests). */
    int cached() {
        return cache.size();
    }

    private void evict(String id) {
        evictions.incrementAndGet();
        cache.remove(id);
    }

    private void evictAll() {
        evictions.incrementAndGet();
        cache.clear();
    }

    private void remember(StoredSession session, long stamp) {
        remember(new Cached(session.primaryId, session.id, session.created, session.lastAccessed, session.lastAccessed,
                session.maxInactive, Map.copyOf(session.attributes)), stamp);
    }

    private void remember(Cached cached, long stamp) {
        if (cache.size() >= MAX_CACHED) {
            evictAll();
            return;
        }
        cache.put(cached.id(), cached);
        // An eviction meanwhile may be for this very session: then the copy cannot be trusted.
        if (evictions.get() != stamp) {
            cache.remove(cached.id());
        }
    }

    private static StoredSession open(Cached c) {
        return new StoredSession(c.primaryId(), c.id(), false, c.created(), c.lastAccessed(), c.lastWritten(), c.maxInactive(),
                c.attributes());
    }

    private Cached load(String id) {
        record Row(String primaryId, long created, long lastAccessed, int maxInactive, String name, byte[] bytes) {}
        List<Row> rows = jdbc.sql("""
                SELECT s.primary_id, s.creation_time, s.last_access_time, s.max_inactive_interval, a.attribute_name, a.attribute_bytes
                FROM spring_session s LEFT JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
                WHERE s.session_id = :id
                """).param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getBytes(6)))
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        Row first = rows.getFirst();
        Map<String, Object> attributes = new HashMap<>();
        for (Row row : rows) {
            if (row.name() != null) {
                attributes.put(row.name(), deserializer.convert(row.bytes()));
            }
        }
        Instant lastAccessed = Instant.ofEpochMilli(first.lastAccessed());
        return new Cached(first.primaryId(), id, Instant.ofEpochMilli(first.created()), lastAccessed, lastAccessed,
                Duration.ofSeconds(first.maxInactive()), Map.copyOf(attributes));
    }

    private void insert(StoredSession s) {
        jdbc.sql("""
                INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
                                            expiry_time, principal_name)
                VALUES (:primary, :id, :created, :accessed, :inactive, :expiry, :principal)
                """)
                .param("primary", s.primaryId).param("id", s.id).param("created", s.created.toEpochMilli())
                .param("accessed", s.lastAccessed.toEpochMilli()).param("inactive", (int) s.maxInactive.toSeconds())
                .param("expiry", expiry(s)).param("principal", principal(s))
                .update();
        for (String name : s.changed) {
            writeAttribute(s, name);
        }
    }

    private boolean update(StoredSession s) {
        int updated = jdbc.sql("""
                UPDATE spring_session SET session_id = :id, last_access_time = :accessed, max_inactive_interval = :inactive,
                                          expiry_time = :expiry, principal_name = :principal
                WHERE primary_id = :primary
                """)
                .param("primary", s.primaryId).param("id", s.id).param("accessed", s.lastAccessed.toEpochMilli())
                .param("inactive", (int) s.maxInactive.toSeconds()).param("expiry", expiry(s)).param("principal", principal(s))
                .update();
        if (updated == 0) {
            return false; // ended meanwhile (signed out elsewhere): not brought back
        }
        for (String name : s.changed) {
            writeAttribute(s, name);
        }
        return true;
    }

    private void writeAttribute(StoredSession s, String name) {
        Object value = s.attributes.get(name);
        if (value == null) {
            jdbc.sql("DELETE FROM spring_session_attributes WHERE session_primary_id = :primary AND attribute_name = :name")
                    .param("primary", s.primaryId).param("name", name).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                VALUES (:primary, :name, :bytes)
                ON CONFLICT (session_primary_id, attribute_name) DO UPDATE SET attribute_bytes = EXCLUDED.attribute_bytes
                """)
                .param("primary", s.primaryId).param("name", name).param("bytes", serializer.convert(value)).update();
    }

    private static long expiry(StoredSession s) {
        return s.maxInactive.isNegative() ? Long.MAX_VALUE : s.lastAccessed.plus(s.maxInactive).toEpochMilli();
    }

    /** The name "sign out everywhere" finds the session by: the signed-in user's, as Spring Session records it. */
    private static String principal(StoredSession s) {
        Object named = s.attributes.get(PRINCIPAL_NAME_INDEX_NAME);
        if (named instanceof String name) {
            return name;
        }
        if (s.attributes.get(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            return authentication == null ? null : authentication.getName();
        }
        return null;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
