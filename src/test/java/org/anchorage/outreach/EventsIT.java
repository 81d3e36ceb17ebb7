package org.anchorage.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.Programme;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outreach events on PostgreSQL: publishing (every bad value named at once, nothing saved), signing up to the last
 * places under a race, the waiting list, attendance from the day, referring who came (source "event", once), and the
 * iCalendar feed parsed back.
 */
class EventsIT extends IntegrationTest {

    @Autowired
    OutreachEvents events;

    @Autowired
    org.anchorage.reporting.Reports reports;

    /** The Tilbury row of the reach report's outreach table, as shown to the programme's manager. */
    private List<String> outreachInTilbury() {
        var report = reports.report(pilot().id(), "reach", new org.anchorage.reporting.Reports.Request(null, null, null), false,
                demo(Role.PROGRAMME_MANAGER));
        return report.tables().stream().filter(t -> t.key().equals("outreach-by-place")).findFirst().orElseThrow().rows().stream()
                .filter(r -> r.label().equals("Tilbury")).findFirst().orElseThrow().cells().stream()
                .map(org.anchorage.reporting.Report.Cell::shown).toList();
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Programme pilot() {
        return programmes.all().stream().filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow();
    }

    private OutreachEvent.New fair(String title, int places) {
        return new OutreachEvent.New(EventKind.JOB_FAIR, title, "Meet local NHS employers.", "Tilbury library", "Civic Square, Tilbury",
                "rm18 8ad", LocalDate.of(2026, 12, 15), LocalTime.of(10, 0), LocalTime.of(14, 0), places, "Step-free; hearing loop",
                "Tilbury", "Thurrock community hub");
    }

    private static EventSignUp.New person(String given, boolean waitingList) {
        return new EventSignUp.New(given, "Signer", given.toLowerCase() + "@example.com", null, "RM18 7AG", waitingList, null);
    }

    @Test
    void a_bad_event_is_named_field_by_field_and_not_saved() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        Programme pilot = pilot();
        var bad = new OutreachEvent.New(null, " ", "d".repeat(2001), "", "", "NOT A POSTCODE", LocalDate.of(2026, 12, 9),
                LocalTime.of(14, 0), LocalTime.of(10, 0), 0, "a".repeat(1001), "Atlantis", "p".repeat(201));
        assertThat(events.problemsWith(pilot.id(), bad)).extracting(RuleViolation::field).containsExactly("kind", "title", "description",
                "placeName", "address", "postcode", "on", "ends", "capacity", "accessInfo", "targetPlace", "partner");
        int before = events.ofProgramme(pilot.id(), demo(Role.NAVIGATOR)).size();
        assertThatThrownBy(() -> events.publish(pilot.id(), bad, demo(Role.NAVIGATOR))).isInstanceOf(RuleViolation.class);
        assertThat(events.ofProgramme(pilot.id(), demo(Role.NAVIGATOR))).hasSize(before);

        // The page lists every problem at once in the error summary, and a time typed as words is named too.
        String page = mvc.perform(post("/programmes/" + pilot.id().value() + "/events").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("title", "").param("startsAt", "").param("starts", "half ten").param("capacity", "lots"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Choose what kind of event it is", "Enter the event&#39;s name",
                "Enter the time it starts like 10am or 14:30", "Enter how many places there are", "Enter the date of the event");
        assertThat(events.ofProgramme(pilot.id(), demo(Role.NAVIGATOR))).hasSize(before);
    }

    @Test
    void the_last_places_go_to_exactly_as_many_people_as_there_are_and_the_rest_may_wait() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        UUID fair = events.publish(pilot().id(), fair("Race fair " + UUID.randomUUID().toString().substring(0, 6), 3), demo(Role.NAVIGATOR));
        List<Callable<Boolean>> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "Racer" + i;
            people.add(() -> {
                try {
                    return events.signUp(fair, person(name, false));
                } catch (RuleViolation full) {
                    return null;
                }
            });
        }
        int booked = 0;
        int refused = 0;
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> f : pool.invokeAll(people)) {
                if (f.get() == null) {
                    refused++;
                } else if (f.get()) {
                    booked++;
                }
            }
        }
        assertThat(booked).isEqualTo(3);
        assertThat(refused).isEqualTo(5);
        OutreachEvent full = events.published(fair);
        assertThat(full.full()).isTrue();
        assertThat(events.problemsWith(full, person("Late", false))).extracting(RuleViolation::field).containsExactly("waitingList");

        assertThat(events.signUp(fair, person("Patient", true))).as("on the waiting list, not booked").isFalse();
        var signUps = events.signUps(fair, demo(Role.NAVIGATOR));
        assertThat(signUps).hasSize(4).filteredOn(s -> !s.booked()).extracting(EventSignUp::givenName).containsExactly("Patient");
        assertThatThrownBy(() -> events.offerPlace(signUps.getLast().id(), demo(Role.NAVIGATOR))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no places left");

        // The same form sent twice signs up once.
        String key = UUID.randomUUID().toString();
        var twice = new EventSignUp.New("Twice", "Sent", "twice@example.com", null, null, true, key);
        events.signUp(fair, twice);
        events.signUp(fair, twice);
        assertThat(events.signUps(fair, demo(Role.NAVIGATOR))).extracting(EventSignUp::givenName).containsOnlyOnce("Twice");
    }

    @Test
    void the_same_form_sent_at_once_signs_up_once_and_its_key_stands_for_nothing_at_another_event() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        UUID fair = events.publish(pilot().id(), fair("Double-click fair " + UUID.randomUUID().toString().substring(0, 6), 10), demo(Role.NAVIGATOR));
        UUID other = events.publish(pilot().id(), fair("Other fair " + UUID.randomUUID().toString().substring(0, 6), 10), demo(Role.NAVIGATOR));
        String key = UUID.randomUUID().toString();
        var form = new EventSignUp.New("Clicker", "Twice", "clicker@example.com", null, null, false, key);
        List<Callable<Boolean>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clicks.add(() -> events.signUp(fair, form));
        }
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<Boolean> f : pool.invokeAll(clicks)) {
                assertThat(f.get()).as("every click answers, booked").isTrue();
            }
        }
        assertThat(events.signUps(fair, demo(Role.NAVIGATOR))).hasSize(1);
        assertThat(events.signUp(other, form)).isTrue();
        assertThat(events.signUps(other, demo(Role.NAVIGATOR))).extracting(EventSignUp::givenName).containsExactly("Clicker");
    }

    @Test
    void a_called_off_event_takes_no_attendance_gives_no_place_and_refers_nobody() {
        clock.fixAt("2026-12-10T09:00");
        UUID fair = events.publish(pilot().id(), fair("Called-off fair " + UUID.randomUUID().toString().substring(0, 6), 1), demo(Role.NAVIGATOR));
        events.signUp(fair, person("Booked", false));
        events.signUp(fair, person("Waiter", true));
        var signUps = events.signUps(fair, demo(Role.NAVIGATOR));
        events.cancel(fair, demo(Role.NAVIGATOR));
        assertThatThrownBy(() -> events.cancel(fair, demo(Role.NAVIGATOR))).hasMessageContaining("already called off");
        clock.fixAt("2026-12-15T12:00");
        assertThatThrownBy(() -> events.takeAttendance(fair, List.of(signUps.getFirst().id()), demo(Role.NAVIGATOR)))
                .hasMessageContaining("called off");
        assertThatThrownBy(() -> events.offerPlace(signUps.getLast().id(), demo(Role.NAVIGATOR))).hasMessageContaining("called off");
        var details = new EventSignUp.Referral("Booked", "Signer", LocalDate.of(1990, 3, 15), "RM18 7AG", "b@example.com", null, "email", true);
        assertThatThrownBy(() -> events.refer(signUps.getFirst().id(), details, demo(Role.NAVIGATOR))).hasMessageContaining("called off");
    }

    @Test
    void someone_who_cannot_come_frees_their_place_for_the_waiting_list_and_a_walk_in_is_added_as_having_come() {
        clock.fixAt("2026-12-10T09:00");
        UUID fair = events.publish(pilot().id(), fair("Swap fair " + UUID.randomUUID().toString().substring(0, 6), 1), demo(Role.NAVIGATOR));
        events.signUp(fair, person("Cannotcome", false));
        events.signUp(fair, person("Waiting", true));
        var signUps = events.signUps(fair, demo(Role.NAVIGATOR));
        events.remove(signUps.getFirst().id(), demo(Role.NAVIGATOR));
        events.remove(signUps.getFirst().id(), demo(Role.PROGRAMME_MANAGER)); // a second click changes nothing
        assertThat(events.published(fair).full()).isFalse();
        events.offerPlace(signUps.getLast().id(), demo(Role.NAVIGATOR));
        assertThat(events.signUps(fair, demo(Role.NAVIGATOR))).extracting(EventSignUp::givenName, EventSignUp::booked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Waiting", true));

        var walkIn = new EventSignUp.New("Walked", "In", null, "07700 900456", null, false, null);
        assertThat(events.problemsWithWalkIn(events.published(fair), walkIn)).extracting(RuleViolation::getMessage)
                .containsExactly("You can add people who came from the day of the event, 15 December 2026");
        assertThat(events.problemsWithWalkIn(events.published(fair), new EventSignUp.New("", "In", "", "", "", false, null)))
                .extracting(RuleViolation::getMessage).contains("Enter their first name",
                        "Enter an email address or a phone number, so we can tell them if anything changes");
        clock.fixAt("2026-12-15T11:00");
        events.addWalkIn(fair, walkIn, demo(Role.NAVIGATOR));
        assertThat(events.signUps(fair, demo(Role.NAVIGATOR))).filteredOn(x -> x.givenName().equals("Walked"))
                .extracting(EventSignUp::attended).containsExactly(true);
        assertThat(events.published(fair).booked()).as("a walk-in may go over the places").isEqualTo(2);
    }

    @Test
    void a_person_ticked_twice_came_once() {
        clock.fixAt("2026-12-10T09:00");
        UUID fair = events.publish(pilot().id(), fair("Tick fair " + UUID.randomUUID().toString().substring(0, 6), 5), demo(Role.NAVIGATOR));
        events.signUp(fair, person("Ticked", false));
        UUID ticked = events.signUps(fair, demo(Role.NAVIGATOR)).getFirst().id();
        clock.fixAt("2026-12-15T12:00");
        assertThat(events.takeAttendance(fair, List.of(ticked, ticked, ticked), demo(Role.NAVIGATOR))).isEqualTo(1);
    }

    @Test
    void a_bad_sign_up_is_named_field_by_field() {
        clock.fixAt("2026-12-10T09:00");
        UUID fair = events.publish(pilot().id(), fair("Sign-up fair " + UUID.randomUUID().toString().substring(0, 6), 10), demo(Role.NAVIGATOR));
        var problems = events.problemsWith(events.published(fair), new EventSignUp.New(" ", "n".repeat(101), "not-an-email", "12", "ZZ", false, null));
        assertThat(problems).extracting(RuleViolation::field).containsExactly("givenName", "familyName", "email", "phone", "postcode");
        assertThat(events.problemsWith(events.published(fair), new EventSignUp.New("Ada", "Noway", "", " ", "", false, null)))
                .extracting(RuleViolation::getMessage).containsExactly("Enter an email address or a phone number, so we can tell you if anything changes");
    }

    @Test
    void staff_take_attendance_from_the_day_and_refer_who_came_once_with_source_event() {
        clock.fixAt("2026-12-10T09:00");
        String title = "Referral fair " + UUID.randomUUID().toString().substring(0, 6);
        UUID fair = events.publish(pilot().id(), fair(title, 10), demo(Role.NAVIGATOR));
        events.signUp(fair, person("Came", false));
        events.signUp(fair, person("Stayedhome", false));
        var signUps = events.signUps(fair, demo(Role.NAVIGATOR));
        // The clock is stopped, so both signed up in the same instant: pick them by name, not by order.
        UUID came = signUps.stream().filter(x -> x.givenName().equals("Came")).findFirst().orElseThrow().id();
        UUID stayedHome = signUps.stream().filter(x -> x.givenName().equals("Stayedhome")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> events.takeAttendance(fair, List.of(came), demo(Role.NAVIGATOR))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("from the day of the event");

        clock.fixAt("2026-12-15T13:00");
        List<String> before = outreachInTilbury();
        events.takeAttendance(fair, List.of(came), demo(Role.NAVIGATOR));
        assertThat(events.signUps(fair, demo(Role.NAVIGATOR))).extracting(EventSignUp::givenName, EventSignUp::attended)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Came", true), org.assertj.core.groups.Tuple.tuple("Stayedhome", false));

        var details = new EventSignUp.Referral("Came", "Signer", LocalDate.of(1990, 3, 15), "RM18 7AG", "came@example.com", null, "email", true);
        assertThatThrownBy(() -> events.refer(stayedHome, details, demo(Role.NAVIGATOR))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("only someone who came");
        var noConsent = new EventSignUp.Referral("Came", "Signer", null, "", "", "", "post", false);
        assertThat(events.problemsWith(noConsent)).extracting(RuleViolation::field)
                .containsExactly("dateOfBirth", "postcode", "contactPreference", "consentGiven");

        var referral = events.refer(came, details, demo(Role.NAVIGATOR));
        assertThat(events.refer(came, details, demo(Role.NAVIGATOR)).id()).as("a second click gives the same referral").isEqualTo(referral.id());
        assertThat(jdbc.sql("SELECT source || ':' || source_detail FROM referral_referral WHERE id = :id").param("id", referral.id().value())
                .query(String.class).single()).isEqualTo("event:" + title);
        assertThat(jdbc.sql("SELECT referral_source FROM reporting_person WHERE referral_id = :id").param("id", referral.id().value())
                .query(String.class).single()).as("counted under its own source").isEqualTo("event");
        assertThat(events.signUps(fair, demo(Role.NAVIGATOR))).filteredOn(x -> x.id().equals(came))
                .extracting(EventSignUp::referralReference).containsExactly(referral.reference());

        // The reach report sets the outreach beside who was reached: one more came and was referred in Tilbury.
        List<String> after = outreachInTilbury();
        assertThat(Long.parseLong(after.get(4)) - Long.parseLong(before.get(4))).as("came").isEqualTo(1);
        assertThat(Long.parseLong(after.get(5)) - Long.parseLong(before.get(5))).as("referred at events").isEqualTo(1);
        assertThat(Long.parseLong(after.get(3))).as("signed up").isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_calendar_feed_parses_back_with_every_event_coming_up_and_says_which_are_called_off() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        String title = "Calendar fair " + UUID.randomUUID().toString().substring(0, 6);
        UUID fair = events.publish(pilot().id(), fair(title + ", with commas; and semicolons", 10), demo(Role.NAVIGATOR));
        UUID calledOff = events.publish(pilot().id(), fair(title + " called off", 10), demo(Role.NAVIGATOR));
        events.cancel(calledOff, demo(Role.PROGRAMME_MANAGER));

        var response = mvc.perform(get("/events.ics")).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
        calendar.validate();
        List<VEvent> found = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().startsWith(title)).toList();
        assertThat(found).extracting(e -> e.getSummary().getValue()).containsExactly(title + ", with commas; and semicolons");
        VEvent event = found.getFirst();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(fair + "@anchorage");
        assertThat(event.getStartDate().orElseThrow().getValue()).isEqualTo("20261215T100000Z"); // 10am in England in December is 10:00 UTC
        assertThat(event.getLocation().getValue()).contains("Tilbury library", "RM18 8AD");

        Calendar one = new CalendarBuilder().build(new StringReader(mvc.perform(get("/events/" + calledOff + "/calendar.ics"))
                .andReturn().getResponse().getContentAsString()));
        assertThat(one.<VEvent>getComponents("VEVENT").getFirst().getProperty(net.fortuna.ical4j.model.Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");

        clock.fixAt("2026-12-15T14:01");
        assertThat(mvc.perform(get("/events.ics")).andReturn().getResponse().getContentAsString()).as("over, so gone").doesNotContain(title);
        assertThat(mvc.perform(get("/events/" + fair)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
