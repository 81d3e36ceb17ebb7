package org.anchorage.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks GOV.UK Notify what became of the messages it took (polled, so no callback address has to be reachable from the
 * internet), and records delivered, undeliverable or failed from its status.
 */
@Component
public class DeliveryStatus {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStatus.class);
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMinutes(1);

    private final MessageRecords records;
    private final Channels channels;
    private final Clock clock;

    DeliveryStatus(MessageRecords records, Channels channels, Clock clock) {
        this.records = records;
        this.channels = channels;
        this.clock = clock;
    }

    /** Asks about up to 200 sent messages; answers how many reached an end. */
    public int check() {
        if (!channels.notifySetUp()) {
            return 0;
        }
        int ended = 0;
        Instant now = clock.instant();
        for (MessageRecords.Row row : records.awaitingStatus(now.minus(ASK_AGAIN_AFTER), 200)) {
            try {
                String[] end = meaning(channels.notifyGateway().status(row.providerId()), row.message().channel());
                records.checked(row.message().id(), end[0], end[1], clock.instant());
                ended += end[0] == null ? 0 : 1;
            } catch (NotifyGateway.Refused r) {
                log.warn("GOV.UK Notify did not say what became of message {}: {} {}", row.message().id(), r.status(), r.getMessage());
                records.checked(row.message().id(), null, null, clock.instant());
                if (r.status() == 403 || r.status() == 429) {
                    break; // a wrong key or a request to slow down holds for the rest too
                }
            }
        }
        return ended;
    }

    /** Notify's status as the outbox's status and reason; null status while it is still on its way. */
    static String[] meaning(String status, String channel) {
        return switch (status) {
            case "delivered", "received" -> new String[] {"delivered", null};
            case "permanent-failure" -> new String[] {"undeliverable", channel.equals("email")
                    ? "the email address does not exist or refuses email: correct it on their record"
                    : "the phone number does not exist or cannot take texts: correct it on their record"};
            case "temporary-failure" -> new String[] {"failed", channel.equals("email") ? "their inbox was full for 72 hours: retry it"
                    : "their phone was off for 72 hours: retry it"};
            case "technical-failure" -> new String[] {"failed", "GOV.UK Notify had a technical failure: retry it"};
            case "validation-failed", "virus-scan-failed" -> new String[] {"undeliverable",
                    "GOV.UK Notify could not print the letter: check the postal address on their record"};
            case "cancelled" -> new String[] {"failed", "cancelled in GOV.UK Notify"};
            default -> new String[] {null, null};
        };
    }
}
