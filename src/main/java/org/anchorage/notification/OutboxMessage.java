package org.anchorage.notification;

import java.time.Instant;
import java.util.UUID;

/** A message in the outbox as staff see it: what, to whom and how, and what became of it. */
public record OutboxMessage(UUID id, String kind, String audience, String recipientName, String channel, String format,
                            String address, String subject, String body, String status, String reason, int attempts,
                            Instant createdAt, Instant sentAt, Instant completedAt, UUID participant, UUID referral) {

    public String kindLabel() {
        return MessageKind.of(kind).map(MessageKind::label).orElse(kind);
    }

    public String channelLabel() {
        return switch (channel) {
            case "email" -> "Email";
            case "text" -> "Text message";
            case "letter" -> format.equals("large-print") ? "Large-print letter" : "Letter";
            default -> "No way to reach them";
        } + (format.equals("easy-read") ? " (easy read)" : "");
    }

    /** What became of it, in plain words, e.g. "not sent: no way to send is set up". */
    public String statusText() {
        String what = switch (status) {
            case "queued" -> attempts == 0 ? "waiting to be sent" : "waiting to be tried again";
            case "sending" -> "being sent";
            case "sent" -> "sent";
            case "delivered" -> "delivered";
            case "failed" -> "failed";
            case "undeliverable" -> "could not be delivered";
            case "not-sent" -> "not sent";
            case "opted-out" -> "not sent: they opted out";
            default -> status;
        };
        return reason == null || status.equals("opted-out") ? what : what + ": " + reason;
    }

    public boolean problem() {
        return status.equals("failed") || status.equals("undeliverable") || status.equals("not-sent");
    }
}
