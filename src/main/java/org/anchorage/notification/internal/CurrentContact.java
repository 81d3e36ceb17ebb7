package org.anchorage.notification.internal;

import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.Recipient;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.referral.ReferralId;
import org.anchorage.referral.Referrals;
import org.anchorage.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * Who a stored message is to, as their record stands now, so a retry after someone fixed a phone number or an email
 * goes to the fixed one: the participant's record for a message about one, else the record the message's recipient key
 * names (a referral, a user).
 */
@Component
public class CurrentContact {

    private final Participants participants;
    private final Referrals referrals;
    private final Users users;

    CurrentContact(Participants participants, Referrals referrals, Users users) {
        this.participants = participants;
        this.referrals = referrals;
        this.users = users;
    }

    /** The person as they are now; empty when the record is gone or the key names nothing we can read again. */
    public Optional<Recipient> now(MessageRecords.Row row) {
        UUID participant = row.message().participant();
        // A message to someone who has a record since: the details their navigator keeps up to date, not the referral's.
        String key = participant != null && row.message().audience().equals(MessageKind.RESIDENT) ? "participant:" + participant
                : row.recipientKey();
        int colon = key.indexOf(':');
        UUID id;
        try {
            id = UUID.fromString(key.substring(colon + 1));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        try {
            return switch (key.substring(0, Math.max(colon, 0))) {
                case "participant" -> Optional.of(Addressing.resident(new ParticipantId(id),
                        participants.contactRoute(new ParticipantId(id), "a retried message")));
                case "referral" -> Optional.of(Addressing.resident(referrals.get(new ReferralId(id))));
                case "user" -> users.find(new UserId(id)).filter(UserAccount::enabled).map(Addressing::user);
                default -> Optional.empty();
            };
        } catch (RecordNotFound gone) {
            return Optional.empty();
        }
    }
}
