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
        @DefaultValue Audit audit,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue @org.springframework.boot.context.properties.bind.Name("notify") Notify govukNotify,
        @DefaultValue Smtp smtp,
        @DefaultValue Notifications notifications) {

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

    /** GOV.UK Notify: the API key (unset: Notify is not used) and its address (tests point it at a local server). */
    public record Notify(String apiKey, @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl) {
        public boolean configured() {
            return apiKey != null && !apiKey.isBlank();
        }
    }

    /** Email by SMTP (unset host: not used); {@code from} is the sender's address. STARTTLS is used when the server offers it. */
    public record Smtp(String host, @DefaultValue("587") int port, String username, String password, String from) {
        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * The outbox: how often the sender looks for messages due ({@code "-"} stops it on this node, for a node that only
     * serves pages), how often GOV.UK Notify is asked what became of sent messages, and the daily reminders' time.
     */
    public record Notifications(@DefaultValue("*/5 * * * * *") String sendCron, @DefaultValue("30 */5 * * * *") String statusCron,
                                @DefaultValue("0 0 8 * * *") String remindersCron, @DefaultValue("6") int maxAttempts) {}
}
