package org.anchorage.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration edge of CONTRACTS.md. Each environment variable (ANCHORAGE_HOME, ANCHORAGE_DB_URL,
 * ANCHORAGE_DB_MIGRATION_USERNAME, ANCHORAGE_AUDIT_KEY, ANCHORAGE_ADMIN_EMAIL, ANCHORAGE_DEMO ...) binds
 * here through Spring's relaxed binding.
 */
@ConfigurationProperties("anchorage")
public record AnchorageProperties(
        @DefaultValue("./data") Path home,
        @DefaultValue Db db,
        @DefaultValue Admin admin,
        @DefaultValue("false") boolean demo,
        @DefaultValue Audit audit) {

    /** An external PostgreSQL; {@code migration} is the owner role that runs migrations (else the app user). */
    public record Db(String url, String username, String password, @DefaultValue Migration migration) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Migration(String username, String password) {
        public boolean configured() {
            return username != null && !username.isBlank();
        }
    }

    public record Admin(String email, String password) {}

    /** {@code key}: the secret of the keyed audit chain; when unset a key file in the home folder is used. */
    public record Audit(String key) {}
}
