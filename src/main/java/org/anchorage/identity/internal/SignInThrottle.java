package org.anchorage.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing (docs/adr/0009-sign-in-throttling.md). From an unrecognised browser:
 * after {@value #MAX_FAILURES_PER_ACCOUNT} failures for one email, or {@value #MAX_FAILURES_PER_ADDRESS}
 * from one client address, within the window, sign-in is refused until the lock-out ends. From a
 * recognised browser (a valid device cookie for that account) those locks do not apply; failures count
 * against that device cookie alone, which locks after {@value #MAX_FAILURES_PER_DEVICE}. Counters live
 * in PostgreSQL so every application node sees them.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final int MAX_FAILURES_PER_DEVICE = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_OUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * When this attempt is locked out, the moment the lock ends. {@code device} is the nonce of a
     * recognised device cookie for this email, or empty.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email, String address, Optional<String> device) {
        List<String> keys = device.map(d -> List.of(deviceKey(d))).orElseGet(() -> List.of(emailKey(email), addressKey(address)));
        return jdbc.sql("SELECT max(locked_until) FROM identity_sign_in_failure WHERE throttle_key IN (:keys) AND locked_until > :now")
                .param("keys", keys)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, String address, Optional<String> device) {
        if (device.isPresent()) {
            count(deviceKey(device.get()), MAX_FAILURES_PER_DEVICE);
        } else {
            count(emailKey(email), MAX_FAILURES_PER_ACCOUNT);
            count(addressKey(address), MAX_FAILURES_PER_ADDRESS);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email, Optional<String> device) {
        jdbc.sql("DELETE FROM identity_sign_in_failure WHERE throttle_key IN (:keys)")
                .param("keys", device.map(d -> List.of(emailKey(email), deviceKey(d))).orElseGet(() -> List.of(emailKey(email))))
                .update();
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        // One statement, so two nodes counting the same key at once cannot lose a failure.
        jdbc.sql("""
                INSERT INTO identity_sign_in_failure AS f (throttle_key, failures, first_failure_at, locked_until)
                VALUES (:key, 1, :now, NULL)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN f.first_failure_at < :windowStart THEN 1 ELSE f.failures + 1 END,
                    first_failure_at = CASE WHEN f.first_failure_at < :windowStart THEN :now ELSE f.first_failure_at END
                """)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(WINDOW)))
                .update();
        jdbc.sql("UPDATE identity_sign_in_failure SET locked_until = :until WHERE throttle_key = :key AND failures >= :limit")
                .param("key", key)
                .param("until", Timestamp.from(now.plus(LOCK_OUT)))
                .param("limit", limit)
                .update();
    }

    private static String emailKey(String email) {
        return "email:" + (email == null ? "" : email.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static String deviceKey(String nonce) {
        return "device:" + nonce;
    }
}
