package org.anchorage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.jobsearch.Application;
import org.anchorage.jobsearch.Applications;
import org.anchorage.notification.internal.OutboxSender;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
import org.anchorage.outreach.EventKind;
import org.anchorage.outreach.EventSignUp;
import org.anchorage.outreach.OutreachEvent;
import org.anchorage.outreach.OutreachEvents;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Employers;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.safeguarding.Answer;
import org.anchorage.safeguarding.ConcernCategory;
import org.anchorage.safeguarding.Concerns;
import org.anchorage.safeguarding.Designations;
import org.anchorage.safeguarding.NewConcern;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.anchorage.support.Mentoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messages caused by changes, each caused through the real facade and read back from notification_message: a new
 * safeguarding concern to the lead and every deputy (no word of it in the email, read back from the mail server), a
 * candidate put forward to the host's people (no name), the details residents get (offer, start, interview, mentor
 * session) and the outreach event messages to people who signed up. Each is stored in the change's own transaction:
 * a change refused or rolled back leaves no message.
 */
class EventMessagesIT extends IntegrationTest {

    @Autowired Concerns concerns;
    @Autowired Designations designations;
    @Autowired Referrals referrals;
    @Autowired Participants participants;
    @Autowired Organisations organisations;
    @Autowired Employers employers;
    @Autowired Placements placements;
    @Autowired Applications applications;
    @Autowired JobStarts jobStarts;
    @Autowired Mentoring mentoring;
    @Autowired OutreachEvents events;
    @Autowired OutboxSender sender;
    @Autowired PlatformTransactionManager transactions;

    /** The people of this test, in programmes of its own: one with a lead and two deputies, one with neither. */
    record World(String run, Programme programme, Programme leaderless, Organisation host, SignedInUser manager, SignedInUser lead,
                 SignedInUser deputy, SignedInUser secondDeputy, SignedInUser navigator, SignedInUser mentor, SignedInUser hostUser,
                 SignedInUser secondHostUser, SignedInUser disabledHostUser) {}

    static World world;

    @BeforeEach
    void build() {
        if (world != null) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        OrganisationId trust = demo(Role.NAVIGATOR).organisationId();
        Organisation host = organisations.add("Messages host " + run, OrganisationType.EMPLOYER);
        SignedInUser manager = user("manager", "Mo Manager", Role.PROGRAMME_MANAGER, trust, run);
        SignedInUser lead = user("lead", "Lena Lead", Role.NAVIGATOR, trust, run);
        SignedInUser deputy = user("deputy", "Dev Deputy", Role.PROGRAMME_MANAGER, trust, run);
        SignedInUser secondDeputy = user("deputy2", "Dora Deputy", Role.MENTOR, trust, run);
        SignedInUser navigator = user("navigator", "Nico Navigator", Role.NAVIGATOR, trust, run);
        SignedInUser mentor = user("mentor", "Mel Mentor", Role.MENTOR, trust, run);
        SignedInUser hostUser = user("host", "Hana Host", Role.EMPLOYER, host.id(), run);
        SignedInUser secondHostUser = user("host2", "Hugo Host", Role.EMPLOYER, host.id(), run);
        SignedInUser disabledHostUser = user("host3", "Hattie Host", Role.EMPLOYER, host.id(), run);
        users.change(disabledHostUser.id(), disabledHostUser.displayName(), Role.EMPLOYER, false);
        Programme programme = programmes.add(new ProgrammeDetails("Messages test " + run, ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Made by EventMessagesIT", Set.of(trust, host.id())), null, manager);
        Programme leaderless = programmes.add(new ProgrammeDetails("Messages test without a lead " + run, ProgrammeStatus.OPEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "Made by EventMessagesIT", Set.of(trust)), null, manager);
        designations.appointLead(programme.id(), lead.id(), manager);
        designations.addDeputy(programme.id(), deputy.id(), manager);
        designations.addDeputy(programme.id(), secondDeputy.id(), manager);
        world = new World(run, programme, leaderless, host, manager, lead, deputy, secondDeputy, navigator, mentor, hostUser,
                secondHostUser, disabledHostUser);
    }

    // --- To staff: a new safeguarding concern -------------------------------------------------------------

    @Test
    void a_new_concern_goes_at_once_to_the_lead_and_every_deputy_with_no_word_of_it_and_is_emailed_to_each() throws Exception {
        ParticipantId person = person(world.programme(), "Saoirse", LocalDate.of(1997, 5, 5));
        String description = "Mentioned a landlord threatening eviction, visible bruising around wrists, frightened of partner";
        String whenAndWhere = "Tuesday morning interview practice, Orsett hall kitchen";
        UUID concern = concerns.raise(person, new NewConcern(List.of(ConcernCategory.PHYSICAL, ConcernCategory.DOMESTIC_ABUSE),
                description, Answer.YES, whenAndWhere, "Phoned the duty desk straight after", Answer.NO), world.navigator());

        String link = "https://anchorage.test/safeguarding/concerns/" + concern;
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT recipient_key, audience, channel, status, subject, body, participant_id, programme_id FROM notification_message
                WHERE kind = 'safeguarding-concern' AND body LIKE :link
                """).param("link", "%" + link + "%").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("recipient_key")).containsExactlyInAnyOrder("user:" + world.lead().id().value(),
                "user:" + world.deputy().id().value(), "user:" + world.secondDeputy().id().value());
        for (Map<String, Object> row : rows) {
            assertThat(row.get("audience")).isEqualTo("staff");
            assertThat(row.get("channel")).isEqualTo("email");
            assertThat(row.get("status")).isEqualTo("queued");
            assertThat(row.get("subject")).isEqualTo("New safeguarding concern: immediate risk");
            assertThat((String) row.get("body")).contains(world.programme().name()).contains("(immediate risk)").contains(link);
            assertThat(row.get("programme_id")).isEqualTo(world.programme().id().value());
            assertThat(row.get("participant_id")).as("not on the person's timeline, which staff without a say read").isNull();
            assertNoWordOf((String) row.get("subject") + " " + row.get("body"), description, whenAndWhere, "Saoirse",
                    "Phoned the duty desk", "physical", "domestic");
        }
        assertThat(rows).extracting(r -> (String) r.get("body")).anySatisfy(b -> assertThat(b).startsWith("Dear Lena Lead,"))
                .anySatisfy(b -> assertThat(b).startsWith("Dear Dev Deputy,")).anySatisfy(b -> assertThat(b).startsWith("Dear Dora Deputy,"));

        sender.sendDue();
        for (SignedInUser designated : List.of(world.lead(), world.deputy(), world.secondDeputy())) {
            List<MimeMessage> mails = emailsTo(designated.email()).stream().filter(m -> body(m).contains(link)).toList();
            assertThat(mails).as(designated.email()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("New safeguarding concern: immediate risk");
                assertThat(body(m)).contains("Dear " + designated.displayName()).contains(world.programme().name());
                assertNoWordOf(m.getSubject() + " " + body(m), description, whenAndWhere, "Saoirse");
            });
        }
        assertThat(jdbc.sql("SELECT status FROM notification_message WHERE kind = 'safeguarding-concern' AND body LIKE :link")
                .param("link", "%" + link + "%").query(String.class).list()).containsOnly("sent");
    }

    @Test
    void a_lead_who_raises_a_concern_is_not_told_of_it_but_the_deputies_are_and_the_urgency_is_in_words() {
        // The lead is the person's navigator here, so meets them and may raise it.
        ParticipantId person = person(world.programme(), "Tamsin", LocalDate.of(1995, 2, 2), world.lead());
        UUID concern = concerns.raise(person, new NewConcern(List.of(), "Seemed withdrawn", Answer.NOT_SURE, null, null, null), world.lead());
        List<Map<String, Object>> rows = jdbc.sql("SELECT recipient_key, subject FROM notification_message WHERE kind = 'safeguarding-concern' AND body LIKE :c")
                .param("c", "%" + concern + "%").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("recipient_key")).containsExactlyInAnyOrder("user:" + world.deputy().id().value(),
                "user:" + world.secondDeputy().id().value());
        assertThat(rows).extracting(r -> r.get("subject")).containsOnly("New safeguarding concern: not known whether there is immediate risk");
    }

    @Test
    void with_no_lead_or_deputy_nothing_is_queued_and_the_concern_is_still_first_on_the_managers_worklist() {
        ParticipantId person = person(world.leaderless(), "Uma", LocalDate.of(1999, 9, 9));
        UUID concern = concerns.raise(person, new NewConcern(List.of(), "Asked for food", Answer.YES, null, null, null), world.navigator());
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE kind = 'safeguarding-concern' AND (body LIKE :c OR programme_id = :p)")
                .param("c", "%" + concern + "%").param("p", world.leaderless().id().value()).query(Long.class).single()).isZero();
        assertThat(participants.worklistNotices(world.manager())).anySatisfy(n -> {
            assertThat(n.link()).isEqualTo("/safeguarding/concerns/" + concern);
            assertThat(n.text()).startsWith("Safeguarding concern raised").endsWith("immediate risk");
            assertThat(n.urgent()).isTrue();
        });
    }

    // --- To hosts: a candidate put forward ------------------------------------------------------------

    @Test
    void a_candidate_put_forward_is_told_to_each_enabled_employer_user_of_the_host_without_their_name() {
        PlacementOffer offer = placement("Theatre porter " + world.run());
        ParticipantId person = person(world.programme(), "Vashti", LocalDate.of(1996, 6, 6));
        UUID candidate = placements.suggest(offer.id(), person, 80, "EventMessagesIT", world.navigator());
        placements.putForward(candidate, "Weekdays", "Completed the manual handling course", "", world.navigator());

        String link = "https://anchorage.test/placements/candidates/" + candidate;
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT recipient_key, audience, channel, status, subject, body, participant_id FROM notification_message
                WHERE kind = 'candidate-put-forward' AND body LIKE :link
                """).param("link", "%" + link + "%").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("recipient_key")).as("the disabled host user gets nothing")
                .containsExactlyInAnyOrder("user:" + world.hostUser().id().value(), "user:" + world.secondHostUser().id().value());
        for (Map<String, Object> row : rows) {
            assertThat(row.get("audience")).isEqualTo("host");
            assertThat(row.get("channel")).isEqualTo("email");
            assertThat(row.get("status")).isEqualTo("queued");
            assertThat(row.get("subject")).isEqualTo("A candidate for " + offer.title());
            assertThat((String) row.get("body")).contains("put forward a candidate for " + offer.title()).contains(link);
            // The family name is "Messaged" and the run; the run is in the placement's title too, so only the name's own word counts.
            assertNoWordOf(row.get("subject") + " " + row.get("body"), "Vashti", "Messaged", "manual handling");
            assertThat(row.get("participant_id")).as("on the person's timeline, for their navigator").isEqualTo(person.value());
        }
    }

    @Test
    void a_refused_put_forward_and_one_rolled_back_with_its_transaction_leave_no_message() {
        PlacementOffer offer = placement("Night housekeeper " + world.run());
        // Too young for a placement for people aged 18 or over: refused before anything is saved.
        ParticipantId young = person(world.programme(), "Wren", LocalDate.now(clock).minusYears(17));
        UUID refused = placements.suggest(offer.id(), young, 60, "EventMessagesIT", world.navigator());
        assertThatThrownBy(() -> placements.putForward(refused, "Weekdays", "Keen", "", world.navigator())).isInstanceOf(RuleViolation.class);
        assertThat(messagesLinking("candidate-put-forward", "/placements/candidates/" + refused)).isZero();

        // Put forward, and the message queued, inside a transaction that then rolls back: neither is left.
        ParticipantId person = person(world.programme(), "Xanthe", LocalDate.of(1994, 4, 4));
        UUID candidate = placements.suggest(offer.id(), person, 70, "EventMessagesIT", world.navigator());
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            placements.putForward(candidate, "Weekdays", "Keen", "", world.navigator());
            assertThat(messagesLinking("candidate-put-forward", "/placements/candidates/" + candidate)).as("queued with the change").isEqualTo(2);
            tx.setRollbackOnly();
        });
        assertThat(messagesLinking("candidate-put-forward", "/placements/candidates/" + candidate)).isZero();
        assertThat(jdbc.sql("SELECT stage FROM placement_candidate WHERE id = :id").param("id", candidate).query(String.class).single())
                .isEqualTo("suggested");

        // The same put-forward committed is told to the host.
        placements.putForward(candidate, "Weekdays", "Keen", "", world.navigator());
        assertThat(messagesLinking("candidate-put-forward", "/placements/candidates/" + candidate)).isEqualTo(2);
    }

    // --- To residents: an offer, a start, an interview, a mentoring session --------------------------

    @Test
    void a_conditional_offer_of_a_placement_tells_the_person_the_role_and_the_employer() {
        PlacementOffer offer = placement("Ward housekeeper " + world.run());
        ParticipantId person = person(world.programme(), "Yusra", LocalDate.of(1993, 3, 3));
        UUID candidate = placements.suggest(offer.id(), person, 90, "EventMessagesIT", world.navigator());
        placements.putForward(candidate, "Weekdays", "Ready", "", world.navigator());
        assertThat(resident(person, "offer-details")).isEmpty();
        placements.scheduleInterview(candidate, today(), LocalTime.MIDNIGHT, world.hostUser());
        assertThat(resident(person, "interview-details")).as("an interview at midnight today has gone by").isEmpty();
        placements.scheduleInterview(candidate, today().plusDays(1), LocalTime.of(14, 30), world.hostUser());
        assertThat(resident(person, "interview-details")).singleElement().satisfies(m -> assertThat((String) m.get("body"))
                .contains(world.host().name() + " would like to interview you for " + offer.title()).contains("at 2:30pm"));
        placements.scheduleInterview(candidate, today(), LocalTime.MIDNIGHT, world.hostUser()); // brought forward, and held
        placements.recordOutcome(candidate, true, "", offer.startsOn(), world.hostUser());

        assertThat(resident(person, "offer-details")).singleElement().satisfies(m -> {
            assertThat(m.get("audience")).isEqualTo("resident");
            assertThat(m.get("recipient_key")).isEqualTo("participant:" + person.value());
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("status")).isEqualTo("queued");
            assertThat((String) m.get("body")).startsWith("Dear Yusra,")
                    .contains(world.host().name() + " has offered you the role of " + offer.title());
        });
    }

    @Test
    void an_interview_still_to_come_and_a_job_offer_are_told_but_an_interview_recorded_after_it_happened_is_not() {
        ParticipantId person = person(world.programme(), "Zainab", LocalDate.of(1992, 2, 2));
        UUID ahead = applications.add(person, new Application.New("Basildon Hospital", "Healthcare support worker", "nursing-support",
                "Band 2", null, today().minusDays(10)), world.navigator());
        UUID past = applications.add(person, new Application.New("Orsett Hospital", "Ward clerk", "administration", null, null,
                today().minusDays(10)), world.navigator());
        applications.move(person, past, new Application.StatusChange("interview", today().minusDays(2), today().minusDays(2),
                LocalTime.of(9, 0), null, ""), world.navigator());
        assertThat(resident(person, "interview-details")).as("an interview gone by is no news").isEmpty();

        LocalDate on = today().plusDays(5);
        applications.move(person, ahead, new Application.StatusChange("interview", today(), on, LocalTime.of(10, 30), null, ""),
                world.navigator());
        String when = on.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + Display.date(on) + " at 10:30am";
        assertThat(resident(person, "interview-details")).singleElement().satisfies(m -> {
            assertThat(m.get("recipient_key")).isEqualTo("participant:" + person.value());
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat((String) m.get("body")).startsWith("Dear Zainab,")
                    .contains("Basildon Hospital would like to interview you for Healthcare support worker on " + when + ".");
        });

        // An offer, and a move from interview straight to the checks (which follow an offer): each is an offer to tell.
        applications.move(person, ahead, new Application.StatusChange("offer", today(), null, null, null, ""), world.navigator());
        applications.move(person, past, new Application.StatusChange("pre-employment-checks", today(), null, null, null, ""), world.navigator());
        assertThat(resident(person, "offer-details")).extracting(m -> (String) m.get("body")).containsExactlyInAnyOrder(
                "Dear Zainab,\n\nWell done: Basildon Hospital has offered you the role of Healthcare support worker. The offer depends on the "
                        + "pre-employment checks, which your navigator will help you with.",
                "Dear Zainab,\n\nWell done: Orsett Hospital has offered you the role of Ward clerk. The offer depends on the "
                        + "pre-employment checks, which your navigator will help you with.");
    }

    @Test
    void a_job_start_recorded_for_a_day_to_come_tells_the_person_and_one_recorded_after_the_day_does_not() {
        ParticipantId started = person(world.programme(), "Abena", LocalDate.of(1991, 1, 1));
        jobStarts.record(started, job("Porter", today().minusDays(3)), world.navigator());
        assertThat(resident(started, "start-details")).isEmpty();

        ParticipantId starting = person(world.programme(), "Bronwen", LocalDate.of(1991, 1, 1));
        LocalDate on = today().plusDays(14);
        jobStarts.record(starting, job("Ward clerk", on), world.navigator());
        String starts = on.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + Display.date(on);
        assertThat(resident(starting, "start-details")).singleElement().satisfies(m -> {
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("subject")).isEqualTo("You start as Ward clerk on " + starts);
            assertThat((String) m.get("body")).startsWith("Dear Bronwen,").contains("You start as Ward clerk at Thurrock Hospital on " + starts + ".");
        });
    }

    @Test
    void a_mentoring_session_they_came_to_is_told_with_the_mentors_name_and_a_missed_one_is_not() {
        ParticipantId person = person(world.programme(), "Cerys", LocalDate.of(1990, 10, 10));
        mentoring.assign(person, world.mentor().id(), today(), today().plusMonths(6), world.navigator());
        mentoring.logSession(person, new Mentoring.NewSession(today(), null, "phone", false, List.of(), "Did not answer", false), world.mentor());
        assertThat(resident(person, "mentor-session")).isEmpty();
        mentoring.logSession(person, new Mentoring.NewSession(today(), 45, "in-person", true, List.of("confidence"),
                "Talked through the anxiety about interviews", false), world.mentor());
        String when = today().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + Display.date(today());
        assertThat(resident(person, "mentor-session")).singleElement().satisfies(m -> {
            assertThat(m.get("recipient_key")).isEqualTo("participant:" + person.value());
            assertThat((String) m.get("body")).startsWith("Dear Cerys,").contains("Your mentor Mel Mentor has recorded your session together on "
                    + when + ".").doesNotContain("anxiety");
        });
    }

    // --- To people signed up to an event ---------------------------------------------------------------

    @Test
    void a_place_given_from_the_waiting_list_and_an_event_called_off_are_told_to_each_person_by_what_they_gave() {
        LocalDate on = today().plusDays(10);
        String title = "Messages fair " + world.run();
        UUID event = events.publish(world.programme().id(), new OutreachEvent.New(EventKind.JOB_FAIR, title, "Meet employers.",
                "Tilbury library", "Civic Square, Tilbury", "RM18 8AD", on, LocalTime.of(10, 0), LocalTime.of(14, 0), 2, "", null, ""),
                world.navigator());
        events.signUp(event, new EventSignUp.New("Dana", "Early", "dana." + world.run() + "@example.com", null, "RM18 7AG", false, null));
        events.signUp(event, new EventSignUp.New("Eli", "Texter", null, "07700 900456", "RM18 7AG", false, null));
        events.signUp(event, new EventSignUp.New("Fola", "Waiting", "fola." + world.run() + "@example.com", null, "RM18 7AG", true, null));
        Map<String, UUID> signUps = new java.util.HashMap<>();
        events.signUps(event, world.navigator()).forEach(s -> signUps.put(s.givenName(), s.id()));
        String when = on.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + Display.date(on) + ", 10am to 2pm";

        events.remove(signUps.get("Dana"), world.navigator());
        events.offerPlace(signUps.get("Fola"), world.navigator());
        assertThat(signUpMessages("event-place-free", signUps.values())).singleElement().satisfies(m -> {
            assertThat(m.get("recipient_key")).isEqualTo("sign-up:" + signUps.get("Fola"));
            assertThat(m.get("audience")).isEqualTo("resident");
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat(m.get("address")).isEqualTo("fola." + world.run() + "@example.com");
            assertThat(m.get("programme_id")).isEqualTo(world.programme().id().value());
            assertThat((String) m.get("body")).startsWith("Dear Fola,")
                    .contains(title + " is on " + when + " at Tilbury library, Civic Square, Tilbury, RM18 8AD.");
        });

        events.cancel(event, world.navigator());
        List<Map<String, Object>> calledOff = signUpMessages("event-called-off", signUps.values());
        assertThat(calledOff).extracting(m -> m.get("recipient_key")).as("not Dana, taken off the list")
                .containsExactlyInAnyOrder("sign-up:" + signUps.get("Eli"), "sign-up:" + signUps.get("Fola"));
        assertThat(calledOff).anySatisfy(m -> {
            assertThat(m.get("recipient_key")).isEqualTo("sign-up:" + signUps.get("Eli"));
            assertThat(m.get("channel")).isEqualTo("text");
            assertThat(m.get("address")).isEqualTo("07700900456");
            assertThat((String) m.get("body")).isEqualTo("Sorry: " + title + " on " + when + " has been called off. Please do not travel to it.");
        }).anySatisfy(m -> {
            assertThat(m.get("channel")).isEqualTo("email");
            assertThat((String) m.get("body")).startsWith("Dear Fola,").contains(title + " on " + when + " has been called off");
        });

        // Calling it off again is refused, and nobody is told twice.
        assertThatThrownBy(() -> events.cancel(event, world.navigator())).isInstanceOf(RuleViolation.class);
        assertThat(signUpMessages("event-called-off", signUps.values())).hasSize(2);
    }

    // --- Helpers ----------------------------------------------------------------------------------------

    private LocalDate today() {
        return participants.today();
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private SignedInUser user(String prefix, String name, Role role, OrganisationId organisation, String run) {
        var a = users.create(new NewUser(prefix + "." + run + "@messages.test", name, role, organisation, "messages-test-password-2026"));
        return new SignedInUser(a.id(), a.email(), a.displayName(), role, organisation, true, null);
    }

    /** A participant of the programme on the test navigator's caseload, reached by email. */
    private ParticipantId person(Programme programme, String given, LocalDate born) {
        return person(programme, given, born, world.navigator());
    }

    private ParticipantId person(Programme programme, String given, LocalDate born, SignedInUser navigator) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Messaged" + world.run(), born, "RM18 7AG",
                given.toLowerCase(Locale.ROOT) + "." + world.run() + "@example.com", null, ContactPreference.EMAIL,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "EventMessagesIT", null));
        referrals.accept(r.id(), r.version(), navigator.id(), world.manager());
        return participants.forReferral(r.id()).orElseThrow();
    }

    /** A placement of the test host, for people aged 18 and over, starting in a month. */
    private PlacementOffer placement(String title) {
        var site = employers.addSite("Site " + title, "1 Test Walk, Grays", "RM17 6PU", world.hostUser());
        return placements.post(new Placements.NewPlacement(world.programme().id(), site.id(), null, title, "facilities", null, "",
                new BigDecimal("20"), "weekday-days", 1300, today().plusDays(30), today().plusDays(120), 3, "enhanced", 18,
                List.of()), world.hostUser());
    }

    private static JobStart.New job(String role, LocalDate on) {
        return new JobStart.New("Thurrock Hospital", "nhs", role, "administration", null, 1300, new BigDecimal("30"), false, "permanent",
                on, "employer-confirmation");
    }

    private List<Map<String, Object>> resident(ParticipantId person, String kind) {
        return jdbc.sql("""
                SELECT recipient_key, audience, channel, status, subject, body FROM notification_message
                WHERE kind = :k AND participant_id = :p ORDER BY created_at
                """).param("k", kind).param("p", person.value()).query().listOfRows();
    }

    private List<Map<String, Object>> signUpMessages(String kind, java.util.Collection<UUID> signUps) {
        return jdbc.sql("""
                SELECT recipient_key, audience, channel, address, body, programme_id FROM notification_message
                WHERE kind = :k AND recipient_key IN (:keys)
                """).param("k", kind).param("keys", signUps.stream().map(id -> "sign-up:" + id).toList()).query().listOfRows();
    }

    private long messagesLinking(String kind, String path) {
        return jdbc.sql("SELECT count(*) FROM notification_message WHERE kind = :k AND body LIKE :link").param("k", kind)
                .param("link", "%https://anchorage.test" + path + "%").query(Long.class).single();
    }


    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** None of the words (of four letters or more) of these texts is in the message. */
    private static void assertNoWordOf(String message, String... texts) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() >= 4) {
                    assertThat(lower).as("the message holds \"" + word + "\" of \"" + text + "\"").doesNotContain(word);
                }
            }
        }
    }
}
