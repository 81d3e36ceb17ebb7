package org.anchorage.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.anchorage.identity.UserAccount;
import org.anchorage.notification.Recipient;
import org.anchorage.participant.ContactRoute;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeContact;
import org.anchorage.referral.Referral;
import org.anchorage.shared.AnchorageProperties;
import org.springframework.stereotype.Component;

/**
 * Who a message goes to, from the record it is about, and the parts every message shares: the team's contact in
 * plain words and links back into Anchorage (absolute, from ANCHORAGE_PUBLIC_URL, as an email is read elsewhere).
 */
@Component
public class Addressing {

    private final String publicUrl;

    Addressing(AnchorageProperties properties) {
        this.publicUrl = properties.publicUrl().strip().replaceAll("/+$", "");
    }

    /** The person referred, before they are a participant: the contact details on the referral. */
    public static Recipient resident(Referral r) {
        List<String> postal = new ArrayList<>();
        postal.add(r.givenName() + " " + r.familyName());
        postal.addAll(r.address().lines());
        postal.add(r.postcode());
        return new Recipient("referral:" + r.id().value(), r.givenName(), r.email(), r.phone(), r.contactPreference().code(),
                r.address().isEmpty() ? List.of() : postal, false, false);
    }

    /** A participant, from their record's contact details and communication needs. */
    public static Recipient resident(ParticipantId id, ContactRoute c) {
        return new Recipient("participant:" + id.value(), c.name(), c.email(), c.phone(), c.preference(), c.postalAddress(),
                c.largePrint(), c.easyRead());
    }

    /** A user of Anchorage (staff, a partner, a host), by the email they sign in with. */
    public static Recipient user(UserAccount u) {
        return Recipient.byEmail("user:" + u.id().value(), u.displayName(), u.email());
    }

    /** How to reach the team, e.g. "call 01375 390 000 or email team@example.org (Monday to Friday, 9am to 5pm)". */
    public static String contact(ProgrammeContact c) {
        if (c == null || c.isEmpty()) {
            return "reply to this message";
        }
        List<String> ways = new ArrayList<>();
        if (!c.phone().isBlank()) {
            ways.add("call " + c.phone().strip());
        }
        if (!c.email().isBlank()) {
            ways.add("email " + c.email().strip());
        }
        String how = ways.isEmpty() ? "contact the team" : String.join(" or ", ways);
        return c.openingHours().isBlank() ? how : how + " (" + c.openingHours().strip() + ")";
    }

    /** An absolute link to a page of Anchorage. */
    public String link(String path) {
        return publicUrl + path;
    }
}
