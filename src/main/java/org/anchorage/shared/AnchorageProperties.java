package org.anchorage.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration edge of CONTRACTS.md. Each environment variable (ANCHORAGE_HOME, ANCHORAGE_DB_URL,
 * ANCHORAGE_ADMIN_EMAIL, ANCHORAGE_DEMO ...) binds here through Spring's relaxed binding.
 */
@ConfigurationProperties("anchorage")
public record AnchorageProperties(
        @DefaultValue("./data") Path home,
        @DefaultValue Db db,
        @DefaultValue Admin admin,
        @DefaultValue("false") boolean demo) {

    public record Db(String url, String username, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Admin(String email, String password) {}
}
