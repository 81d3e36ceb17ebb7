package org.anchorage.notification;

import java.time.Instant;
import java.util.UUID;

/** The text of one kind of message on one channel in one format: local text with ((fields)), or a GOV.UK Notify template. */
public record MessageTemplate(UUID id, String kind, String channel, String format, String subject, String body, UUID notifyTemplateId,
                              String editedBy, Instant editedAt) {

    public MessageKind messageKind() {
        return MessageKind.of(kind).orElseThrow();
    }

    public String channelLabel() {
        return switch (channel) {
            case "email" -> "Email";
            case "text" -> "Text message";
            default -> "Letter";
        } + switch (format) {
            case "easy-read" -> " (easy read)";
            case "large-print" -> " (large print)";
            default -> "";
        };
    }
}
