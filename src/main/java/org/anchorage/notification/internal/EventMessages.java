package org.anchorage.notification.internal;

import java.util.List;
import java.util.Map;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.notification.Recipient;
import org.anchorage.outreach.EventCalledOff;
import org.anchorage.outreach.EventPlaceGiven;
import org.anchorage.outreach.EventSignUp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages to the people who signed up to an outreach event, queued in the transaction that changed it: everyone
 * booked or waiting is told at once when it is called off, and someone waiting is told when they are given a place.
 * They have no account, so they are reached by the email or phone they signed up with (key {@code sign-up:…}).
 */
@Component
class EventMessages {

    private final Notifications notifications;

    EventMessages(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(EventCalledOff off) {
        for (EventSignUp person : off.people()) {
            notifications.queue(NewMessage.of(MessageKind.EVENT_CALLED_OFF, signedUp(person),
                    Map.of("name", person.givenName(), "event", off.title(), "when", off.when())).inProgramme(off.programme().value()));
        }
    }

    @EventListener
    void on(EventPlaceGiven given) {
        EventSignUp person = given.signUp();
        notifications.queue(NewMessage.of(MessageKind.EVENT_PLACE_FREE, signedUp(person), Map.of("name", person.givenName(),
                "event", given.title(), "when", given.when(), "place", given.place())).inProgramme(given.programme().value()));
    }

    /** Someone who signed up: by email when they gave one, else by text to the phone they gave. */
    static Recipient signedUp(EventSignUp s) {
        String email = s.email() == null || s.email().isBlank() ? null : s.email();
        return new Recipient("sign-up:" + s.id(), s.givenName(), email, s.phone(), email != null ? "email" : "text", List.of(), false, false);
    }
}
