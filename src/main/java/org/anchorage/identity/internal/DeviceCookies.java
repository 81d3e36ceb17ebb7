package org.anchorage.identity.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * OWASP "device cookies" (docs/adr/0009-sign-in-throttling.md): after a successful sign-in the
 * browser gets a cookie naming the account, a random nonce and an HMAC over both. A sign-in that
 * carries a valid one for the account being signed into is from a recognised browser, which an
 * account lock-out caused by strangers does not stop. The key is shared by every node through the
 * database.
 */
@Component
public class DeviceCookies {

    public static final String NAME = "anchorage_device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(JdbcClient jdbc, Clock clock) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT INTO identity_signing_key (name, secret, created_at) VALUES ('device-cookie', :secret, :now) ON CONFLICT (name) DO NOTHING")
                .param("secret", fresh).param("now", Timestamp.from(clock.instant())).update();
        this.key = jdbc.sql("SELECT secret FROM identity_signing_key WHERE name = 'device-cookie'").query(byte[].class).single();
    }

    /** A new signed cookie value for the account with this email. */
    public String issue(String email) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = B64.encodeToString(normalise(email).getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(nonce);
        return body + "." + sign(body);
    }

    /** The nonce of the request's device cookie, when it is validly signed and for this email. */
    public Optional<String> recognised(String cookieValue, String email) {
        if (cookieValue == null || cookieValue.length() > 600) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return named.equals(normalise(email)) ? Optional.of(parts[1]) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    public void set(HttpServletRequest request, HttpServletResponse response, String email) {
        Cookie cookie = new Cookie(NAME, issue(email));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
