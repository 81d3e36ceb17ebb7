package org.anchorage.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_ACCOUNT} failures for one email
 * (or {@value #MAX_FAILURES_PER_ADDRESS} from one address) within the window, sign-in is refused
 * until the lock-out ends. Counters live in PostgreSQL so every application node sees them.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_OUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the email or address is locked out, the moment the lock ends. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email, String address) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT max(locked_until) FROM identity_sign_in_failure WHERE throttle_key IN (:keys) AND locked_until > :now")
                .param("keys", java.util.List.of(emailKey(email), addressKey(address)))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, String address) {
        count(emailKey(email), MAX_FAILURES_PER_ACCOUNT);
        count(addressKey(address), MAX_FAILURES_PER_ADDRESS);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email) {
        jdbc.sql("DELETE FROM identity_sign_in_failure WHERE throttle_key = :key").param("key", emailKey(email)).update();
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
}
