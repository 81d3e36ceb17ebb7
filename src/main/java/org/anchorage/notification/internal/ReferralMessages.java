package org.anchorage.notification.internal;

import java.util.Map;
import org.anchorage.identity.Users;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.programme.Programme;
import org.anchorage.programme.Programmes;
import org.anchorage.referral.Referral;
import org.anchorage.referral.ReferralAccepted;
import org.anchorage.referral.ReferralDecided;
import org.anchorage.referral.ReferralReceived;
import org.anchorage.referral.ReferralStatus;
import org.anchorage.referral.Referrals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages about a referral, queued in the transaction that changed it: the resident is told it arrived (with the
 * reference and how to reach the team) and, once accepted, who their navigator is; whoever referred them is told each
 * decision, with the reason.
 */
@Component
class ReferralMessages {

    private final Notifications notifications;
    private final Referrals referrals;
    private final Programmes programmes;
    private final Users users;
    private final Addressing addressing;

    ReferralMessages(Notifications notifications, Referrals referrals, Programmes programmes, Users users, Addressing addressing) {
        this.notifications = notifications;
        this.referrals = referrals;
        this.programmes = programmes;
        this.users = users;
        this.addressing = addressing;
    }

    @EventListener
    void on(ReferralReceived received) {
        Referral r = referrals.get(received.referral());
        Programme p = programmes.get(r.programme());
        notifications.queue(NewMessage.of(MessageKind.REFERRAL_RECEIVED, Addressing.resident(r), Map.of("name", r.givenName(),
                        "reference", r.reference(), "programme", p.name(), "contact", Addressing.contact(p.contact())))
                .aboutReferral(r.id().value()).inProgramme(p.id().value()));
    }

    @EventListener
    void on(ReferralAccepted accepted) {
        Referral r = referrals.get(accepted.referral());
        Programme p = programmes.get(r.programme());
        String navigator = users.find(accepted.navigator()).map(u -> u.displayName()).orElse("your navigator");
        notifications.queue(NewMessage.of(MessageKind.NAVIGATOR_NAMED, Addressing.resident(r), Map.of("name", r.givenName(),
                        "navigator", navigator, "programme", p.name(), "contact", Addressing.contact(p.contact())))
                .aboutReferral(r.id().value()).aboutParticipant(accepted.participant()).inProgramme(p.id().value()));
    }

    @EventListener
    void on(ReferralDecided decided) {
        if (decided.referredBy() == null) {
            return; // a self-referral: the resident hears from their navigator, not from a form letter of the decision
        }
        users.find(decided.referredBy()).filter(u -> u.enabled()).ifPresent(referrer -> notifications.queue(NewMessage.of(
                        MessageKind.REFERRAL_STATUS, Addressing.user(referrer), Map.of("name", referrer.displayName(),
                                "reference", decided.reference(), "status", decided.status().label().toLowerCase(java.util.Locale.ROOT),
                                "reason", decided.reason() == null ? (decided.status() == ReferralStatus.ACCEPTED
                                        ? "they were accepted onto the programme and have a navigator" : "none given") : decided.reason(),
                                "link", addressing.link("/referrals/" + decided.referral().value())))
                .aboutReferral(decided.referral().value()).inProgramme(decided.programme().value())));
    }
}
