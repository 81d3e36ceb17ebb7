package org.anchorage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserAccount;
import org.anchorage.notification.internal.MorningMessages;
import org.anchorage.notification.internal.OutboxSender;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.placement.CheckStandard;
import org.anchorage.placement.Employers;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.placement.Site;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.training.Booking;
import org.anchorage.training.Training;
import org.anchorage.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The morning run on real records made through the facades, on a Thursday (10 December 2026): reminders of Friday's
 * appointment and training to the person booked (not the past appointment, the one on Saturday, a withdrawn person's
 * nor a waiting or cancelled place), the overdue digest to the navigator (counts by kind, no names), and the host's
 * note that midpoint feedback is due today (not to a disabled host user). Run twice, it queues nothing new; sent, the
 * appointment reminder is read back from the mail server.
 */
class MorningMessagesIT extends IntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Autowired
    MorningMessages morning;

    @Autowired
    OutboxSender sender;

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    Training training;

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private SignedInUser signedIn(UserAccount a) {
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private SignedInUser demo(Role role) {
        return signedIn(users.findByEmail(demoEmail(role)).orElseThrow());
    }

    private ProgrammeId pilot() {
        return new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
    }

    private void at(LocalDate day, int hour) {
        clock.fixAt(day.atTime(hour, 0).atZone(LONDON));
    }

    private java.time.Instant london(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    private ParticipantId enrol(String given, UserAccount navigator) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(pilot(), given, "Morning", LocalDate.of(1996, 3, 3), "RM18 7AG",
                given.toLowerCase() + "." + run + "@example.com", null, ContactPreference.EMAIL, List.of(WorkInterest.NURSING_SUPPORT),
                Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), demo(Role.NAVIGATOR));
        return participants.forReferral(r.id()).orElseThrow();
    }

    private List<Map<String, Object>> messages(String kind, String column, Object value) {
        return jdbc.sql("SELECT * FROM notification_message WHERE kind = :k AND " + column + " = :v ORDER BY created_at")
                .param("k", kind).param("v", value).query().listOfRows();
    }

    private long morningRows() {
        return jdbc.sql("""
                SELECT count(*) FROM notification_message
                WHERE kind IN ('appointment-reminder', 'training-reminder', 'overdue-digest', 'host-feedback-due')
                """).query(Long.class).single();
    }

    @Test
    void the_morning_run_reminds_of_tomorrow_digests_what_is_overdue_tells_the_host_of_feedback_due_and_runs_once_a_day()
            throws Exception {
        UserAccount navigatorAccount = users.create(new NewUser("morning.navigator." + run + "@trust.test", "Morgan Morning",
                Role.NAVIGATOR, demo(Role.NAVIGATOR).organisationId(), "harbour-lantern-passphrase-7"));
        SignedInUser navigator = signedIn(navigatorAccount);
        SignedInUser employer = demo(Role.EMPLOYER);
        UserAccount away = users.create(new NewUser("morning.host.away." + run + "@host.test", "Away Host", Role.EMPLOYER,
                employer.organisationId(), "harbour-lantern-passphrase-8"));
        users.change(away.id(), away.displayName(), Role.EMPLOYER, false);

        // A month ago: Cedric was referred and nobody has made first contact since, so it is overdue today.
        at(TODAY.minusDays(30), 9);
        ParticipantId cedric = enrol("Cedric", navigatorAccount);

        // Last Friday: Avril, Basil and Dora join; Basil has an appointment on Wednesday (yesterday, by today); Avril starts
        // a placement from then to next Wednesday (its midpoint is today), with a reference check due on Tuesday, overdue.
        at(TODAY.minusDays(6), 9);
        ParticipantId avril = enrol("Avril", navigatorAccount);
        ParticipantId basil = enrol("Basil", navigatorAccount);
        ParticipantId dora = enrol("Dora", navigatorAccount);
        participants.bookAppointment(basil, london(TODAY.minusDays(1), 10, 0), "Grays hub", "Check in", navigator);
        Site site = employers.addSite("Morning ward " + run, "Rowley Road, Orsett", "RM16 3EU", employer);
        String title = "Morning ward assistant " + run;
        PlacementOffer offer = placements.post(new Placements.NewPlacement(pilot(), site.id(), null, title, "nursing-support", "2", "",
                new BigDecimal("30"), "weekday-days", 1271, TODAY.minusDays(6), TODAY.plusDays(6), 3, "enhanced", 18, List.of("identity")),
                employer);
        UUID candidate = placements.suggest(offer.id(), avril, 60, "test", navigator);
        placements.putForward(candidate, "Weekdays", "Ready", "", navigator);
        placements.scheduleInterview(candidate, TODAY.minusDays(6), LocalTime.MIDNIGHT, employer);
        placements.recordOutcome(candidate, true, "", TODAY.minusDays(6), employer);
        placements.updateCheck(candidate, CheckStandard.IDENTITY,
                new Placements.CheckUpdate("passed", null, null, null, null, "UK passport, original seen"), employer);
        placements.updateCheck(candidate, CheckStandard.EMPLOYMENT_HISTORY_REFERENCES,
                new Placements.CheckUpdate("in-progress", "third-party", TODAY.minusDays(2), null, null, ""), employer);
        placements.start(candidate, TODAY.minusDays(6), employer);

        // This morning: Avril is booked for tomorrow at 10:30 and on tomorrow's course; Basil has a Saturday appointment and
        // waits for a place on the course; Dora had an appointment tomorrow but has withdrawn; Cedric cancelled his place.
        at(TODAY, 7);
        participants.bookAppointment(avril, london(TODAY.plusDays(1), 10, 30), "Grays hub, room 2", "Plan your next steps", navigator);
        participants.bookAppointment(basil, london(TODAY.plusDays(2), 10, 0), "Grays hub", "Practice interview", navigator);
        participants.bookAppointment(dora, london(TODAY.plusDays(1), 11, 0), "Grays hub", "Talk about training", navigator);
        participants.correctStage(dora, participants.open(dora, navigator).version(), ParticipantStatus.WITHDRAWN, "Moved away", navigator);
        var course = training.catalogue().stream().filter(c -> c.code().equals("CSTF-IPC")).findFirst().orElseThrow();
        TrainingSession session = training.schedule(course.id(), pilot(), london(TODAY.plusDays(1), 14, 0), "Training room B " + run, 1,
                demo(Role.TRAINER).id(), demo(Role.PROGRAMME_MANAGER));
        TrainingSession other = training.schedule(course.id(), pilot(), london(TODAY.plusDays(1), 9, 0), "Training room C " + run, 5,
                demo(Role.TRAINER).id(), demo(Role.PROGRAMME_MANAGER));
        Booking avrilsPlace = training.book(session.id(), avril, false, navigator);
        assertThat(training.book(session.id(), basil, true, navigator).status()).isEqualTo("waiting");
        training.cancel(training.book(other.id(), cedric, false, navigator).id(), navigator);

        int queued = morning.run(TODAY);
        assertThat(queued).isPositive();

        // Avril's appointment tomorrow, in plain words, by email as she prefers; to go before it starts.
        UUID appointment = participants.appointments(avril, navigator).stream().filter(a -> a.purpose().equals("Plan your next steps"))
                .findFirst().orElseThrow().id();
        assertThat(messages("appointment-reminder", "participant_id", avril.value())).singleElement().satisfies(m -> {
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("status")).isEqualTo("queued");
            assertThat(m.get("recipient_key")).isEqualTo("participant:" + avril.value());
            assertThat(m.get("once_key")).isEqualTo("appointment-reminder:" + appointment);
            assertThat(((java.sql.Timestamp) m.get("send_by")).toInstant()).isEqualTo(london(TODAY.plusDays(1), 10, 30));
            assertThat(m.get("subject")).isEqualTo("Reminder: your appointment tomorrow, Friday 11 December at 10:30am");
            assertThat((String) m.get("body")).contains("Dear Avril,")
                    .contains("your appointment tomorrow, Friday 11 December at 10:30am at Grays hub, room 2: Plan your next steps.");
        });
        // Not the appointment that has passed nor Saturday's; nothing to someone withdrawn.
        assertThat(messages("appointment-reminder", "participant_id", basil.value())).isEmpty();
        assertThat(messages("appointment-reminder", "participant_id", dora.value())).isEmpty();

        // The course tomorrow, to the person with a booked place; not to the one waiting nor the one who cancelled.
        assertThat(messages("training-reminder", "participant_id", avril.value())).singleElement().satisfies(m -> {
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("once_key")).isEqualTo("training-reminder:" + avrilsPlace.id());
            assertThat((String) m.get("body")).contains("Dear Avril,").contains("you are booked on " + course.title()
                    + " tomorrow, Friday 11 December at 2pm at Training room B " + run + ".");
        });
        assertThat(messages("training-reminder", "participant_id", basil.value())).isEmpty();
        assertThat(messages("training-reminder", "participant_id", cedric.value())).isEmpty();

        // The navigator: what is overdue by kind, and a link to the worklist; no one's name.
        assertThat(messages("overdue-digest", "recipient_key", "user:" + navigatorAccount.id().value())).singleElement().satisfies(m -> {
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("address")).isEqualTo(navigatorAccount.email());
            assertThat(m.get("participant_id")).isNull();
            assertThat(m.get("once_key")).isEqualTo("overdue-digest:" + navigatorAccount.id().value() + ":" + TODAY);
            assertThat(m.get("subject")).isEqualTo("2 overdue on your worklist");
            assertThat((String) m.get("body")).contains("Dear Morgan Morning,").contains("(2 in all)")
                    .contains("1 Employment check\n1 First contact").contains("https://anchorage.test/worklist")
                    .doesNotContain("Avril").doesNotContain("Cedric").doesNotContain("Morning ward");
        });

        // The host's people (enabled ones): midpoint feedback on the placement is due today, with the page to give it.
        assertThat(messages("host-feedback-due", "recipient_key", "user:" + employer.id().value())).singleElement().satisfies(m -> {
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("participant_id")).isNull();
            assertThat(m.get("once_key")).isEqualTo("host-feedback-due:" + candidate + ":" + TODAY + ":" + employer.id().value());
            assertThat((String) m.get("body")).contains("Your feedback on the placement " + title + " is due today, 10 December 2026.")
                    .contains("https://anchorage.test/placements/candidates/" + candidate).doesNotContain("Avril");
        });
        assertThat(messages("host-feedback-due", "recipient_key", "user:" + away.id().value())).isEmpty();

        // The same day again, on this node or another: nothing new.
        long rows = morningRows();
        assertThat(morning.run(TODAY)).isZero();
        assertThat(morningRows()).isEqualTo(rows);

        // Sent: the reminder reaches Avril's inbox.
        sender.sendDue();
        String avrilsEmail = "avril." + run + "@example.com";
        MimeMessage received = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(avrilsEmail))
                                && m.getSubject().equals("Reminder: your appointment tomorrow, Friday 11 December at 10:30am");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat((String) received.getContent()).contains("Dear Avril,").contains("Plan your next steps");
        assertThat(messages("appointment-reminder", "participant_id", avril.value())).singleElement()
                .satisfies(m -> assertThat(m.get("status")).isEqualTo("sent"));
    }
}
