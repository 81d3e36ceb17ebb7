package org.anchorage.notification.internal;

import java.util.List;
import java.util.Map;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.UserId;
import org.anchorage.identity.Users;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.programme.Programme;
import org.anchorage.programme.Programmes;
import org.anchorage.safeguarding.ConcernRaised;
import org.anchorage.safeguarding.Designations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages to staff, queued in the transaction that caused them: a new safeguarding concern goes at once to the
 * programme's designated lead and every deputy, saying only the programme and how urgent it is, with a link to the
 * concern (its page checks who may read it). Nothing of the person or of what was seen goes in the email.
 */
@Component
class StaffMessages {

    private final Notifications notifications;
    private final Designations designations;
    private final Programmes programmes;
    private final Users users;
    private final Addressing addressing;

    StaffMessages(Notifications notifications, Designations designations, Programmes programmes, Users users, Addressing addressing) {
        this.notifications = notifications;
        this.designations = designations;
        this.programmes = programmes;
        this.users = users;
        this.addressing = addressing;
    }

    @EventListener
    void on(ConcernRaised raised) {
        List<UserId> holders = designations.currentHolders(raised.programme());
        if (holders.isEmpty()) {
            return; // no lead or deputy: the programme's managers have it first on their worklist (SafeguardingNotices)
        }
        Programme p = programmes.get(raised.programme());
        String urgency = switch (raised.immediateRisk()) {
            case YES -> "immediate risk";
            case NO -> "no immediate risk";
            case NOT_SURE -> "not known whether there is immediate risk";
        };
        String link = addressing.link("/safeguarding/concerns/" + raised.concern());
        for (UserId holder : holders) {
            if (holder.equals(raised.raisedBy())) {
                continue; // a lead or deputy who raised it knows already
            }
            users.find(holder).filter(UserAccount::enabled).ifPresent(u -> notifications.queue(NewMessage.of(
                            MessageKind.SAFEGUARDING_CONCERN, Addressing.user(u),
                            Map.of("name", u.displayName(), "programme", p.name(), "urgency", urgency, "link", link))
                    // Not on the person's record: their timeline is read by staff who may not know of a concern at all
                    // (a navigator sees even a flag only when the lead allows).
                    .inProgramme(p.id().value())));
        }
    }
}
