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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients. Only a SHA-256 of each token is stored, so a copy of the database
 * cannot be used to call the API.
 */
@Component
public class ApiTokens {

    static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${anchorage.api-token-ttl:PT8H}") String lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime(lifetime);
    }

    /** ANCHORAGE_API_TOKEN_TTL: an ISO-8601 duration ({@code PT30M}) or a whole number of minutes. */
    static Duration lifetime(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIFETIME;
        }
        String given = value.strip();
        Duration parsed;
        try {
            parsed = given.chars().allMatch(Character::isDigit) ? Duration.ofMinutes(Long.parseLong(given)) : Duration.parse(given);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ANCHORAGE_API_TOKEN_TTL must be an ISO-8601 duration such as PT8H, or minutes; was " + given);
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException("ANCHORAGE_API_TOKEN_TTL must be longer than zero; was " + given);
        }
        return parsed;
    }

    public record Issued(String token, Instant expiresAt) {}

    /** A token's holder and when it was issued (a token from the last five minutes counts as a recent password). */
    public record Holder(UserId user, Instant issuedAt) {}

    public Duration lifetime() {
        return lifetime;
    }

    @Transactional
    public Issued issue(UserId user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
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
    public Optional<Holder> holderOf(String token) {
        return jdbc.sql("SELECT user_id, created_at FROM identity_api_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Holder(new UserId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    public Optional<UserId> userFor(String token) {
        return holderOf(token).map(Holder::user);
    }

    /** Ends this one token; true when it was a live token. */
    @Transactional
    public boolean revoke(String token) {
        return jdbc.sql("DELETE FROM identity_api_token WHERE token_hash = :hash").param("hash", hash(token)).update() > 0;
    }

    /** Ends every token of the user; how many there were. */
    @Transactional
    public int revokeAll(UserId user) {
        return jdbc.sql("DELETE FROM identity_api_token WHERE user_id = :user").param("user", user.value()).update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
