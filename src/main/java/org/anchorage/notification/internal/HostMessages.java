package org.anchorage.notification.internal;

import java.util.Map;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.Users;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.placement.CandidatePutForward;
import org.anchorage.placement.Placements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages to a placement's host, queued in the transaction that caused them: when a candidate is put forward, each
 * enabled employer user of the host organisation is told which placement, with a link to the candidate's page. The
 * email names no candidate: the page, for the host's people only, shows what the participant agreed to share.
 */
@Component
class HostMessages {

    private final Notifications notifications;
    private final Placements placements;
    private final Users users;
    private final Addressing addressing;

    HostMessages(Notifications notifications, Placements placements, Users users, Addressing addressing) {
        this.notifications = notifications;
        this.placements = placements;
        this.users = users;
        this.addressing = addressing;
    }

    @EventListener
    void on(CandidatePutForward put) {
        placements.placementOf(put.candidate()).ifPresent(p -> {
            String link = addressing.link("/placements/candidates/" + put.candidate());
            for (UserAccount host : users.inOrganisationWithRole(p.host(), Role.EMPLOYER)) {
                notifications.queue(NewMessage.of(MessageKind.CANDIDATE_PUT_FORWARD, Addressing.user(host),
                                Map.of("name", host.displayName(), "placement", p.title(), "link", link))
                        // On the person's timeline, so their navigator sees the host was told.
                        .aboutParticipant(put.participant().value()).inProgramme(p.programme().value()));
            }
        });
    }
}
