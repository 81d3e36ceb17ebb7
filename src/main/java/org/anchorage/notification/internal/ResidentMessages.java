package org.anchorage.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.Users;
import org.anchorage.jobsearch.InterviewArranged;
import org.anchorage.jobsearch.JobOffered;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.outcome.JobStarted;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.ConditionalOfferMade;
import org.anchorage.placement.Placements;
import org.anchorage.shared.web.Display;
import org.anchorage.support.MentoringSessionLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages to a participant about their own journey, queued in the transaction that recorded the change: an offer
 * (of a placement, or of a job), a job start still to come, an interview arranged, a session with their mentor. Each
 * goes by the person's contact preference and needs, and shows on their timeline. Only news is sent: what the
 * person was there for (a start or an interview recorded after the day, a session they missed) is not.
 */
@Component
class ResidentMessages {

    private final Notifications notifications;
    private final Participants participants;
    private final Placements placements;
    private final Users users;
    private final Clock clock;

    ResidentMessages(Notifications notifications, Participants participants, Placements placements, Users users, Clock clock) {
        this.notifications = notifications;
        this.participants = participants;
        this.placements = placements;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(ConditionalOfferMade offer) {
        placements.placementOf(offer.candidate()).ifPresent(p -> send(MessageKind.OFFER_DETAILS, offer.participant(),
                "the offer of a placement", Map.of("role", p.title(), "employer", p.hostName())));
    }

    @EventListener
    void on(JobOffered offer) {
        send(MessageKind.OFFER_DETAILS, offer.participant(), "the offer of a job", Map.of("role", offer.role(), "employer", offer.employer()));
    }

    /**
     * A job start tells the person their start date only when it is still to come: a start is often recorded with its
     * evidence after the first day (then it is no news to them). A placement's start ({@code PlacementStarted}) is
     * never sent: the host confirms it on or after the first day, which cannot be in the future, and the person was there.
     */
    @EventListener
    void on(JobStarted started) {
        if (started.on() == null || !started.on().isAfter(today())) {
            return;
        }
        send(MessageKind.START_DETAILS, started.participant(), "the start date of a job", Map.of("role", started.role(),
                "employer", started.employer(), "starts", Days.day(started.on())));
    }

    /** An interview still to come (today at a later time, or a later day); one recorded after it happened is no news. */
    @EventListener
    void on(InterviewArranged interview) {
        LocalDate today = today();
        LocalTime now = LocalTime.now(clock.withZone(Display.LONDON));
        boolean toCome = interview.on() != null && (interview.on().isAfter(today)
                || interview.on().equals(today) && (interview.at() == null || interview.at().isAfter(now)));
        if (!toCome) {
            return;
        }
        send(MessageKind.INTERVIEW_DETAILS, interview.participant(), "the details of an interview", Map.of("role", interview.role(),
                "employer", interview.employer(), "when", Days.dayAt(interview.on(), interview.at())));
    }

    /** A host booked an interview for a placement; one recorded after it happened is no news. */
    @EventListener
    void on(org.anchorage.placement.PlacementInterviewBooked interview) {
        if (!interview.at().isAfter(clock.instant())) {
            return;
        }
        placements.placementOf(interview.candidate()).ifPresent(p -> {
            var at = interview.at().atZone(Display.LONDON);
            send(MessageKind.INTERVIEW_DETAILS, interview.participant(), "the details of a placement interview", Map.of("role", p.title(),
                    "employer", p.hostName(), "when", Days.dayAt(at.toLocalDate(), at.toLocalTime())));
        });
    }

    /** A session they came to; a missed one is their mentor's and navigator's to follow up, not a form letter's. */
    @EventListener
    void on(MentoringSessionLogged session) {
        if (!session.attended()) {
            return;
        }
        String mentor = users.find(session.mentor()).map(UserAccount::displayName).orElse("your mentor");
        send(MessageKind.MENTOR_SESSION, session.participant(), "a mentoring session", Map.of("mentor", mentor,
                "when", Days.day(session.heldOn())));
    }

    private void send(MessageKind kind, ParticipantId person, String purpose, Map<String, String> fields) {
        var route = participants.contactRoute(person, purpose);
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("name", route.name());
        NewMessage m = NewMessage.of(kind, Addressing.resident(person, route), all).aboutParticipant(person.value());
        notifications.queue(participants.programmeOf(person).map(p -> m.inProgramme(p.value())).orElse(m));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Display.LONDON));
    }
}
