package org.anchorage.notification.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.OutboxMessage;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.TimelineEntry;
import org.anchorage.participant.TimelineSource;
import org.anchorage.referral.ReferralId;
import org.springframework.stereotype.Component;

/**
 * Messages on the participant's record: each one on their timeline with what became of it (and each change to which
 * messages they want), and each undeliverable one
 * on their navigator's worklist until something reaches them again (the contact detail needs correcting).
 */
@Component
class MessagesOnTheRecord implements TimelineSource, DueWork {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final MessageRecords records;

    MessagesOnTheRecord(MessageRecords records) {
        this.records = records;
    }

    @Override
    public List<TimelineEntry> entriesFor(ParticipantId participant, ReferralId referral) {
        List<TimelineEntry> entries = new java.util.ArrayList<>(records.forRecord(participant.value(), referral == null ? null : referral.value())
                .stream().map(m -> new TimelineEntry(m.createdAt(), "Anchorage", "message", line(m))).toList());
        records.choiceChanges(participant.value()).forEach(c -> entries.add(new TimelineEntry(c.changedAt(), c.changedBy(), "message",
                "Message choices: " + c.summary())));
        return entries;
    }

    static String line(OutboxMessage m) {
        String to = switch (m.audience()) {
            case MessageKind.REFERRER -> "the referrer" + (m.recipientName() == null ? "" : " (" + m.recipientName() + ")");
            case MessageKind.STAFF -> m.recipientName() == null ? "staff" : m.recipientName();
            case MessageKind.HOST -> "the host" + (m.recipientName() == null ? "" : " (" + m.recipientName() + ")");
            default -> "them";
        };
        return m.kindLabel() + ": " + m.channelLabel().toLowerCase(java.util.Locale.ROOT) + " to " + to + ", " + m.statusText();
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        return records.undelivered(people.stream().map(ParticipantId::value).toList()).stream()
                .map(u -> new DueItem(new ParticipantId(u.participant()), "Message not delivered",
                        MessageKind.of(u.kind()).map(MessageKind::label).orElse(u.kind()) + ": " + u.reason(),
                        LocalDate.ofInstant(u.createdAt(), LONDON), "/participants/" + u.participant() + "/details"))
                .toList();
    }
}
