package org.anchorage.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients. Only a SHA-256 of each token is stored, so a copy of the database
 * cannot be used to call the API.
 */
@Component
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofHours(8);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Issued(String token, Instant expiresAt) {}

    @Transactional
    public Issued issue(UserId user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        jdbc.sql("DELETE FROM identity_api_token WHERE expires_at < :now").param("now", Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO identity_api_token (token_hash, user_id, created_at, expires_at) VALUES (:hash, :user, :now, :expires)")
                .param("hash", hash(token))
                .param("user", user.value())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .update();
        return new Issued(token, expiresAt);
    }

    @Transactional(readOnly = true)
    public Optional<UserId> userFor(String token) {
        return jdbc.sql("SELECT user_id FROM identity_api_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
