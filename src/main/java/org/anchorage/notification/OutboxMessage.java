package org.anchorage.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A message in the outbox as staff see it: what, to whom and how, and what became of it. */
public record OutboxMessage(UUID id, String kind, String audience, String recipientName, String channel, String format,
                            String address, String subject, String body, String status, String reason, int attempts,
                            Instant createdAt, Instant sentAt, Instant completedAt, UUID participant, UUID referral) {

    public String kindLabel() {
        return MessageKind.of(kind).map(MessageKind::label).orElse(kind);
    }

    public String channelLabel() {
        return channelLabel(channel, format);
    }

    /** How a message goes, in words, e.g. "Large-print letter" or "Email (easy read)". */
    public static String channelLabel(String channel, String format) {
        return switch (channel) {
            case "email" -> "Email";
            case "text" -> "Text message";
            case "letter" -> format.equals("large-print") ? "Large-print letter" : "Letter";
            default -> "No way to reach them";
        } + (format.equals("easy-read") ? " (easy read)" : "");
    }

    /** The states a message can be in, in the order the outbox counts them. */
    public static final List<String> STATUSES = List.of("queued", "sending", "sent", "delivered", "failed", "undeliverable", "not-sent", "opted-out");

    /** What became of it, in plain words, e.g. "not sent: no way to send is set up". */
    public String statusText() {
        String what = status.equals("queued") && attempts > 0 ? "waiting to be tried again" : statusLabel(status).toLowerCase(Locale.ROOT);
        return reason == null || status.equals("opted-out") ? what : what + ": " + reason;
    }

    /** Its state in plain words, for a tag. */
    public String statusTag() {
        return status.equals("queued") && attempts > 0 ? "Waiting to be tried again" : statusLabel(status);
    }

    /** A state in plain words, e.g. "Could not be delivered" for undeliverable. */
    public static String statusLabel(String status) {
        return switch (status) {
            case "queued" -> "Waiting to be sent";
            case "sending" -> "Being sent";
            case "sent" -> "Sent";
            case "delivered" -> "Delivered";
            case "failed" -> "Failed";
            case "undeliverable" -> "Could not be delivered";
            case "not-sent" -> "Not sent";
            case "opted-out" -> "Not sent: they opted out";
            default -> status;
        };
    }

    public boolean problem() {
        return status.equals("failed") || status.equals("undeliverable") || status.equals("not-sent");
    }
}
