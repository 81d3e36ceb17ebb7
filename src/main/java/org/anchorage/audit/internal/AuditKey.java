package org.anchorage.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.anchorage.shared.AnchorageProperties;
import org.anchorage.shared.SecretFiles;
import org.springframework.stereotype.Component;

/**
 * The secret of the keyed chain, which the database never holds: ANCHORAGE_AUDIT_KEY, else a key file
 * generated once in $ANCHORAGE_HOME (0600). Someone who can rewrite the audit tables cannot recompute
 * the links without it.
 */
@Component
public class AuditKey {

    static final String KEY_FILE = "audit.key";
    private final SecretKeySpec key;

    AuditKey(AnchorageProperties properties) {
        String configured = properties.audit().key();
        byte[] bytes;
        if (configured != null && !configured.isBlank()) {
            bytes = configured.strip().getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("ANCHORAGE_AUDIT_KEY must be at least 32 characters");
            }
        } else {
            bytes = Base64.getUrlDecoder().decode(SecretFiles.readOrCreate(
                    properties.home().toAbsolutePath().normalize().resolve(KEY_FILE)));
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** HMAC-SHA256 over the parts, each length-prefixed so moving text between parts changes the MAC. */
    public String mac(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                mac.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                mac.update((byte) ':');
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
