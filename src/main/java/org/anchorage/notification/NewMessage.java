package org.anchorage.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message to queue, with the record it belongs to (it shows on that participant's or referral's timeline), a key
 * that makes a scheduled message go once however often its job runs ({@code onceKey}), and when it stops being any use
 * ({@code sendBy}: a reminder after the appointment is noise).
 */
public record NewMessage(MessageKind kind, Recipient to, Map<String, String> fields, UUID participant, UUID referral,
                         UUID programme, String onceKey, Instant sendBy) {

    public static NewMessage of(MessageKind kind, Recipient to, Map<String, String> fields) {
        return new NewMessage(kind, to, fields, null, null, null, null, null);
    }

    public NewMessage aboutParticipant(UUID id) {
        return new NewMessage(kind, to, fields, id, referral, programme, onceKey, sendBy);
    }

    public NewMessage aboutReferral(UUID id) {
        return new NewMessage(kind, to, fields, participant, id, programme, onceKey, sendBy);
    }

    public NewMessage inProgramme(UUID id) {
        return new NewMessage(kind, to, fields, participant, referral, id, onceKey, sendBy);
    }

    public NewMessage once(String key, Instant by) {
        return new NewMessage(kind, to, fields, participant, referral, programme, key, by);
    }
}
