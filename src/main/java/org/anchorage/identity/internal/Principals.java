package org.anchorage.identity.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as the account stands now, checked on every request (switched off, role changed,
 * must change password) without a query each time: each node keeps the accounts it has read, and a
 * trigger on the account table tells every node (through {@link ChangeNotices}) to drop one that
 * changed. The password hash is never kept.
 */
@Component
class Principals {

    static final String CHANNEL = "anchorage_user";
    static final int MAX_CACHED = 50_000;

    private final UserRecords users;
    private final ChangeNotices notices;
    private final Map<UUID, Optional<SignedInUser>> cache = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    Principals(UserRecords users, ChangeNotices notices) {
        this.users = users;
        this.notices = notices;
        notices.listen(CHANNEL, key -> {
            evictions.incrementAndGet();
            cache.remove(UUID.fromString(key));
        }, () -> {
            evictions.incrementAndGet();
            cache.clear();
        });
    }

    /** The account, if it exists and is enabled, without its password hash. */
    Optional<SignedInUser> enabled(UserId id) {
        Optional<SignedInUser> known = notices.listening() ? cache.get(id.value()) : null;
        if (known != null) {
            return known;
        }
        long stamp = evictions.get();
        Optional<SignedInUser> fresh = users.principal(id).filter(SignedInUser::isEnabled);
        fresh.ifPresent(SignedInUser::eraseCredentials);
        if (notices.listening() && cache.size() < MAX_CACHED) {
            cache.put(id.value(), fresh);
            if (evictions.get() != stamp) {
                cache.remove(id.value());
            }
        }
        return fresh;
    }
}
