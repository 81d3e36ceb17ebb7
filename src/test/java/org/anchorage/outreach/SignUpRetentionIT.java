package org.anchorage.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.Programme;
import org.anchorage.referral.Referral;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-ups keep the person's details until 90 days after their event: then those not referred are erased (the rows and
 * so the counts stay), a referred one keeps its details and its referral, an event ended 89 days ago is untouched, the
 * erasure is one audit entry with the count, and running it again erases nothing more.
 */
class SignUpRetentionIT extends IntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    OutreachEvents events;

    @Autowired
    SignUpRetention retention;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Programme pilot() {
        return programmes.all().stream().filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow();
    }

    /** An event on a day, published that morning, with two places. */
    private UUID fairOn(LocalDate day, String title) {
        clock.fixAt(day.atTime(9, 0).atZone(LONDON));
        return events.publish(pilot().id(), new OutreachEvent.New(EventKind.JOB_FAIR, title + " " + run, "Meet local NHS employers.",
                "Tilbury library", "Civic Square, Tilbury", "RM18 8AD", day, LocalTime.of(10, 0), LocalTime.of(14, 0), 2, "",
                "Tilbury", ""), demo(Role.NAVIGATOR));
    }

    private UUID signUp(UUID event, String given, boolean waiting) {
        String email = given.toLowerCase() + "." + run + "@example.com";
        events.signUp(event, new EventSignUp.New(given, "Retained", email, "07700 900456", "RM18 7AG", waiting, null));
        return jdbc.sql("SELECT id FROM outreach_event_sign_up WHERE event_id = :e AND email = :m").param("e", event).param("m", email)
                .query(UUID.class).single();
    }

    private Map<String, Object> row(UUID signUp) {
        return jdbc.sql("SELECT * FROM outreach_event_sign_up WHERE id = :id").param("id", signUp).query().singleRow();
    }

    /** What the counts are made of: place and whether they came, per sign-up of the event. */
    private List<String> counted(UUID event) {
        return jdbc.sql("SELECT place || '/' || coalesce(attended::text, '-') FROM outreach_event_sign_up WHERE event_id = :e ORDER BY id")
                .param("e", event).query(String.class).list();
    }

    @Test
    void ninety_days_after_an_event_the_details_of_people_not_referred_are_erased_and_the_counts_stay() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);

        // 91 days ago: Ada and Ben booked, Cal waited, Dee could not come after all; Ada and Ben came, and Ada was referred.
        UUID old = fairOn(today.minusDays(91), "Old fair");
        UUID ada = signUp(old, "Adaeze", false);
        UUID ben = signUp(old, "Ben", false);
        UUID cal = signUp(old, "Cal", true);
        UUID dee = signUp(old, "Dee", true);
        events.remove(dee, demo(Role.NAVIGATOR));
        events.takeAttendance(old, List.of(ada, ben), demo(Role.NAVIGATOR));
        Referral referral = events.refer(ada, new EventSignUp.Referral("Adaeze", "Retained", LocalDate.of(1990, 3, 15), "RM18 7AG",
                "adaeze." + run + "@example.com", null, "email", true), demo(Role.NAVIGATOR));

        // 89 days ago: Eve booked.
        UUID recent = fairOn(today.minusDays(89), "Recent fair");
        UUID eve = signUp(recent, "Eve", false);

        List<String> oldCounts = counted(old);
        List<String> recentCounts = counted(recent);
        clock.fixAt(today.atTime(6, 0).atZone(LONDON));
        int erased = retention.run();
        assertThat(erased).isGreaterThanOrEqualTo(3);

        for (UUID gone : List.of(ben, cal, dee)) {
            Map<String, Object> r = row(gone);
            assertThat(r.get("given_name")).isNull();
            assertThat(r.get("family_name")).isNull();
            assertThat(r.get("email")).isNull();
            assertThat(r.get("phone")).isNull();
            assertThat(r.get("postcode")).isNull();
            assertThat(r.get("attendance_by")).isNull();
            assertThat(r.get("erased_at")).isNotNull();
        }
        // The referred person keeps their details and the link to their referral; the recent event is untouched.
        assertThat(row(ada)).containsEntry("given_name", "Adaeze").containsEntry("email", "adaeze." + run + "@example.com")
                .containsEntry("referral_id", referral.id().value()).containsEntry("erased_at", null);
        assertThat(row(eve)).containsEntry("given_name", "Eve").containsEntry("phone", "07700 900456").containsEntry("erased_at", null);
        // Who booked, waited, was removed and came is still there to count.
        assertThat(counted(old)).isEqualTo(oldCounts).containsExactlyInAnyOrder("booked/true", "booked/true", "waiting/false", "removed/-");
        assertThat(counted(recent)).isEqualTo(recentCounts);
        OutreachEvent event = events.event(old, demo(Role.NAVIGATOR));
        assertThat(event.booked()).isEqualTo(2);
        assertThat(event.waiting()).isEqualTo(1);

        // Staff see only the referred person now, and are told why the others are not shown.
        assertThat(events.signUps(old, demo(Role.NAVIGATOR))).extracting(EventSignUp::id).containsExactly(ada);
        String page = mvc.perform(get("/events/" + old + "/manage").with(as(Role.NAVIGATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 people who signed up and were not referred are no longer shown").contains("Adaeze Retained")
                .doesNotContain("ben." + run);

        // One audit entry, with the count; a second run erases nothing and writes none.
        List<String> entries = jdbc.sql("""
                SELECT detail FROM audit_entry WHERE record_type = 'outreach-event-sign-up' AND action = 'DELETE' AND detail LIKE 'erased %'
                ORDER BY sequence_number""").query(String.class).list();
        assertThat(entries.getLast()).startsWith("erased the names and contact details of " + erased + " sign-ups to ")
                .contains("ended 90 days ago or more");
        assertThat(retention.run()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE record_type = 'outreach-event-sign-up' AND action = 'DELETE' AND detail LIKE 'erased %'
                """).query(Long.class).single()).isEqualTo(entries.size());
    }
}
