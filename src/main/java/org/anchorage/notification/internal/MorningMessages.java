package org.anchorage.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anchorage.identity.Role;
import org.anchorage.identity.UserAccount;
import org.anchorage.identity.Users;
import org.anchorage.notification.MessageKind;
import org.anchorage.notification.NewMessage;
import org.anchorage.notification.Notifications;
import org.anchorage.participant.ContactRoute;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.participant.Worklist;
import org.anchorage.placement.Placements;
import org.anchorage.shared.web.Display;
import org.anchorage.training.Training;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messages that go each morning (8am in England, once across all nodes under a ShedLock lock): reminders of
 * tomorrow's navigator appointments and training sessions to the people booked, a digest of what is overdue to each
 * navigator with overdue work (counts only, no names), and a note to the host's people when feedback on a placement
 * falls due today. Each kind is queued in its own transaction; each message has a once-key, so running the job again
 * the same day (a second node, a restart, a rerun by hand) queues nothing new.
 */
@Component
public class MorningMessages {

    private static final Logger log = LoggerFactory.getLogger(MorningMessages.class);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final Notifications notifications;
    private final Participants participants;
    private final Training training;
    private final Placements placements;
    private final Users users;
    private final Addressing addressing;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MorningMessages(Notifications notifications, Participants participants, Training training, Placements placements, Users users,
                    Addressing addressing, PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.participants = participants;
        this.training = training;
        this.placements = placements;
        this.users = users;
        this.addressing = addressing;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every morning at 8 (anchorage.notifications.reminders-cron; "-" turns it off), on one node only. */
    @Scheduled(cron = "${anchorage.notifications.reminders-cron:0 0 8 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "notification-morning-messages", lockAtMostFor = "PT30M")
    void onSchedule() {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        int queued = run(today);
        log.info("Morning messages for {}: {} queued", today, queued);
    }

    /** Queues the morning's messages for a day; answers how many were new (0 when the day has been run already). */
    public int run(LocalDate today) {
        return batch("appointment reminders", () -> appointmentReminders(today))
                + batch("training reminders", () -> trainingReminders(today))
                + batch("overdue digests", () -> overdueDigests(today))
                + batch("host feedback notes", () -> hostFeedbackDue(today));
    }

    /** One kind in one transaction: a failure leaves the others queued, and a rerun the same day fills the gap. */
    private int batch(String what, Supplier<Integer> work) {
        try {
            Integer queued = transaction.execute(status -> work.get());
            return queued == null ? 0 : queued;
        } catch (RuntimeException e) {
            log.error("The morning's {} could not be queued; running the job again today queues them (once each)", what, e);
            return 0;
        }
    }

    private int appointmentReminders(LocalDate today) {
        int queued = 0;
        for (Participants.AppointmentToRemind a : participants.appointmentsOn(today.plusDays(1))) {
            if (notifications.queuedOnce("appointment-reminder:" + a.appointment())) {
                continue; // already on its way: no need to read their contact details again
            }
            ContactRoute route = participants.contactRoute(a.participant(), "an appointment reminder");
            queued += counted(notifications.queue(NewMessage.of(MessageKind.APPOINTMENT_REMINDER, Addressing.resident(a.participant(), route),
                            Map.of("name", route.name(), "when", when(a.startsAt(), today), "place", a.place(), "purpose", a.purpose()))
                    .aboutParticipant(a.participant().value()).inProgramme(a.programme().value())
                    .once("appointment-reminder:" + a.appointment(), a.startsAt())));
        }
        return queued;
    }

    private int trainingReminders(LocalDate today) {
        List<Training.BookedPlace> booked = training.bookedOn(today.plusDays(1));
        if (booked.isEmpty()) {
            return 0;
        }
        Set<ParticipantId> stillOn = new HashSet<>(participants.notWithdrawn(null));
        int queued = 0;
        for (Training.BookedPlace b : booked) {
            if (!stillOn.contains(b.participant())) {
                continue; // withdrawn from the programme: a reminder would be wrong
            }
            if (notifications.queuedOnce("training-reminder:" + b.booking())) {
                continue;
            }
            ContactRoute route = participants.contactRoute(b.participant(), "a training reminder");
            queued += counted(notifications.queue(NewMessage.of(MessageKind.TRAINING_REMINDER, Addressing.resident(b.participant(), route),
                            Map.of("name", route.name(), "course", b.course(), "when", when(b.startsAt(), today), "place", b.venue()))
                    .aboutParticipant(b.participant().value()).inProgramme(b.programme().value())
                    .once("training-reminder:" + b.booking(), b.startsAt())));
        }
        return queued;
    }

    private int overdueDigests(LocalDate today) {
        int queued = 0;
        for (Worklist.Overdue o : participants.overdueByNavigator(today)) {
            if (o.count() == 0) {
                continue;
            }
            UserAccount navigator = users.find(o.navigator()).filter(UserAccount::enabled).orElse(null);
            if (navigator == null) {
                continue;
            }
            String summary = o.byKind().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining("\n"));
            queued += counted(notifications.queue(NewMessage.of(MessageKind.OVERDUE_DIGEST, Addressing.user(navigator),
                            Map.of("name", navigator.displayName(), "overdue", Integer.toString(o.count()), "summary", summary,
                                    "link", addressing.link("/worklist")))
                    .once("overdue-digest:" + navigator.id().value() + ":" + today, endOf(today))));
        }
        return queued;
    }

    private int hostFeedbackDue(LocalDate today) {
        int queued = 0;
        for (Placements.FeedbackDue f : placements.hostFeedbackDueOn(today)) {
            List<UserAccount> hosts = users.inOrganisationWithRole(f.host(), Role.EMPLOYER).stream()
                    .filter(UserAccount::enabled).sorted(Comparator.comparing(UserAccount::email)).toList();
            for (UserAccount host : hosts) {
                queued += counted(notifications.queue(NewMessage.of(MessageKind.HOST_FEEDBACK_DUE, Addressing.user(host),
                                Map.of("name", host.displayName(), "placement", f.placementTitle(), "due", Display.date(f.dueOn()),
                                        "link", addressing.link("/placements/candidates/" + f.candidate())))
                        .once("host-feedback-due:" + f.candidate() + ":" + f.dueOn() + ":" + host.id().value(), endOf(today))));
            }
        }
        return queued;
    }

    /** "tomorrow, Friday 4 December at 10:30am" (in England's time), or without "tomorrow" for another day. */
    static String when(Instant startsAt, LocalDate today) {
        LocalDateTime at = LocalDateTime.ofInstant(startsAt, LONDON);
        String day = DAY.format(at.toLocalDate()) + " at " + Display.time(at.toLocalTime());
        return at.toLocalDate().equals(today.plusDays(1)) ? "tomorrow, " + day : day;
    }

    /** A note about today is no use after today. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    private static int counted(Object queued) {
        return queued == null ? 0 : 1;
    }
}
