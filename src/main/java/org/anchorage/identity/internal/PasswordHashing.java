package org.anchorage.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes. BCrypt reads only 72 bytes (and Spring's encoder refuses longer input, which was a
 * 500), so new hashes are {@code {bcrypt-sha256}}: BCrypt of the Base64 SHA-256 of the password, 44
 * bytes whatever the password's length. Old {@code {bcrypt}} hashes still verify; a password longer
 * than 72 bytes simply does not match one (none can have been made).
 */
final class PasswordHashing {

    static final String ID = "bcrypt-sha256";
    private static final int BCRYPT_MAX_BYTES = 72;

    private PasswordHashing() {}

    static PasswordEncoder encoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        return new DelegatingPasswordEncoder(ID, Map.of(ID, new PreHashed(bcrypt), "bcrypt", new AtMost72Bytes(bcrypt)));
    }

    private record PreHashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(digest(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && bcrypt.matches(digest(raw), encoded);
        }

        private static String digest(CharSequence raw) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record AtMost72Bytes(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                    && bcrypt.matches(raw, encoded);
        }
    }
}
