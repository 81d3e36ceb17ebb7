package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.Appointment;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.support.EarlyWarningRule.Code;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each early-warning rule raises its flag on the day its threshold is crossed and not the day before, and
 * clears when the facts change; acknowledgements are kept while a flag holds; thresholds are the
 * programme's; bad values are refused naming the field. Every test has its own programme and people, so no
 * recomputation touches another test's records.
 */
class EarlyWarningIT extends IntegrationTest {

    @Autowired
    EarlyWarnings warnings;

    @Autowired
    Participants participants;

    @Autowired
    Referrals referrals;

    private EarlyWarningTestFacts facts;
    private Programme programme;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        facts = new EarlyWarningTestFacts(jdbc);
        var organisations = programmes.all().stream().filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations();
        programme = programmes.add(new ProgrammeDetails("Early warning test " + UUID.randomUUID().toString().substring(0, 8),
                ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "Made by EarlyWarningIT",
                Set.copyOf(organisations)), null, demo(Role.PROGRAMME_MANAGER));
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    /** Someone enrolled on the programme at the clock's time, on the demo navigator's caseload. */
    private ParticipantId enrol(String name) {
        String given = "Ew" + name; // other tests look referrals up by a plain given name
        Referral referral = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Warning", LocalDate.of(1996, 3, 3),
                "RM18 7AG", given.toLowerCase() + "@example.invalid", null, ContactPreference.EMAIL, List.of(WorkInterest.PHARMACY),
                Referrals.PRIVACY_NOTICE_VERSION, true, "early warning test", null));
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.accept(referral.id(), referral.version(), navigator.id(), navigator);
        return participants.forReferral(referral.id()).orElseThrow();
    }

    private Optional<EarlyWarningFlag> open(ParticipantId person, Code rule) {
        warnings.recomputeFor(person);
        return warnings.flagsOf(person, demo(Role.NAVIGATOR)).stream().filter(f -> f.open() && f.rule() == rule).findFirst();
    }

    private List<EarlyWarningFlag> all(ParticipantId person, Code rule) {
        return warnings.flagsOf(person, demo(Role.NAVIGATOR)).stream().filter(f -> f.rule() == rule).toList();
    }

    private void contact(ParticipantId person) {
        participants.recordContact(person, "Phone call", "Talked about the week", demo(Role.NAVIGATOR));
    }

    @Test
    void no_contact_for_14_days_raises_on_the_fourteenth_day_and_clears_when_a_contact_is_recorded() {
        clock.fixAt("2026-12-01T09:00");
        ParticipantId person = enrol("Nadia");
        contact(person);
        clock.fixAt("2026-12-14T17:00");
        assertThat(open(person, Code.NO_CONTACT)).isEmpty();
        clock.fixAt("2026-12-15T08:00");
        EarlyWarningFlag flag = open(person, Code.NO_CONTACT).orElseThrow();
        assertThat(flag.since()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(flag.why()).isEqualTo("No contact since 1 December 2026 (14 days or more)");

        contact(person); // the contact's event recomputes once it commits
        assertThat(all(person, Code.NO_CONTACT)).singleElement().satisfies(f -> assertThat(f.clearedAt()).isNotNull());
    }

    @Test
    void two_missed_in_a_row_across_appointments_and_sessions_raise_and_one_attended_clears() {
        clock.fixAt("2026-12-01T09:00");
        ParticipantId person = enrol("Milo");
        contact(person);
        SignedInUser navigator = demo(Role.NAVIGATOR);
        participants.bookAppointment(person, LocalDate.of(2026, 12, 2).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                "Seaview Hub", "Progress meeting", navigator);
        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 3), false);
        clock.fixAt("2026-12-02T11:00");
        Appointment appointment = participants.appointments(person, navigator).getFirst();
        participants.recordAppointmentOutcome(person, appointment.id(), "attended", navigator);
        assertThat(open(person, Code.MISSED_IN_A_ROW)).as("one miss after an attended appointment").isEmpty();

        facts.mentoringSession(person.value(), LocalDate.of(2026, 12, 4), false);
        clock.fixAt("2026-12-03T18:00");
        assertThat(open(person, Code.MISSED_IN_A_ROW)).as("the mentoring session is tomorrow").isEmpty();
        clock.fixAt("2026-12-04T18:00");
        EarlyWarningFlag flag = open(person, Code.MISSED_IN_A_ROW).orElseThrow();
        assertThat(flag.since()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(flag.why()).isEqualTo("Missed 2 in a row, the latest a mentoring session on 4 December 2026");

        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 5), true);
        clock.fixAt("2026-12-05T18:00");
        assertThat(open(person, Code.MISSED_IN_A_ROW)).isEmpty();
    }

    @Test
    void an_acknowledged_flag_stays_acknowledged_while_it_holds_and_one_that_comes_back_is_new() {
        clock.fixAt("2026-12-01T09:00");
        ParticipantId person = enrol("Ada");
        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 1), false);
        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 2), false);
        clock.fixAt("2026-12-02T18:00");
        EarlyWarningFlag flag = open(person, Code.MISSED_IN_A_ROW).orElseThrow();
        warnings.acknowledge(person, flag.id(), "Phoned Ada; she had no bus fare. Barrier fund asked.", demo(Role.NAVIGATOR));

        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 3), false);
        clock.fixAt("2026-12-03T18:00");
        EarlyWarningFlag still = open(person, Code.MISSED_IN_A_ROW).orElseThrow();
        assertThat(still.id()).isEqualTo(flag.id());
        assertThat(still.acknowledgedBy()).as("named, not an email").isEqualTo("Demo Navigator");
        assertThat(still.actionTaken()).contains("Barrier fund");
        assertThat(still.why()).startsWith("Missed 3 in a row");

        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 4), true);
        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 5), false);
        facts.trainingSession(person.value(), LocalDate.of(2026, 12, 6), false);
        clock.fixAt("2026-12-04T18:00");
        assertThat(open(person, Code.MISSED_IN_A_ROW)).isEmpty();
        clock.fixAt("2026-12-06T18:00");
        EarlyWarningFlag back = open(person, Code.MISSED_IN_A_ROW).orElseThrow();
        assertThat(back.id()).isNotEqualTo(flag.id());
        assertThat(back.acknowledged()).isFalse();
        assertThat(all(person, Code.MISSED_IN_A_ROW)).hasSize(2);
    }

    @Test
    void a_wellbeing_item_worse_by_two_raises_taking_anxiety_as_better_when_lower() {
        clock.fixAt("2026-12-01T09:00");
        ParticipantId person = enrol("Wren");
        facts.checkin(person.value(), LocalDate.of(2026, 12, 1), 7, 7, 7, 3);
        facts.checkin(person.value(), LocalDate.of(2026, 12, 8), 8, 6, 7, 1);
        clock.fixAt("2026-12-08T18:00");
        assertThat(open(person, Code.WELLBEING_DROP)).as("down by one, and anxiety lower is better").isEmpty();
        facts.checkin(person.value(), LocalDate.of(2026, 12, 15), 8, 6, 7, 3);
        clock.fixAt("2026-12-15T18:00");
        EarlyWarningFlag flag = open(person, Code.WELLBEING_DROP).orElseThrow();
        assertThat(flag.since()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(flag.why()).isEqualTo("Wellbeing check-in on 15 December 2026: anxiety up from 1 to 3");
        facts.checkin(person.value(), LocalDate.of(2026, 12, 22), 8, 6, 7, 3);
        clock.fixAt("2026-12-22T18:00");
        assertThat(open(person, Code.WELLBEING_DROP)).as("no change since the last check-in").isEmpty();
    }

    @Test
    void a_wellbeing_score_at_the_threshold_raises_and_one_point_better_does_not() {
        clock.fixAt("2026-12-01T09:00");
        ParticipantId happy = enrol("Hope");
        ParticipantId low = enrol("Lowen");
        ParticipantId anxious = enrol("Anya");
        facts.checkin(happy.value(), LocalDate.of(2026, 12, 1), 5, 5, 5, 5);
        facts.checkin(low.value(), LocalDate.of(2026, 12, 1), 8, 8, 4, 2);
        facts.checkin(anxious.value(), LocalDate.of(2026, 12, 1), 8, 8, 8, 6);
        clock.fixAt("2026-12-01T18:00");
        assertThat(open(happy, Code.WELLBEING_DROP)).isEmpty();
        assertThat(open(low, Code.WELLBEING_DROP).orElseThrow().why()).endsWith("happiness 4 (4 or lower)");
        assertThat(open(anxious, Code.WELLBEING_DROP).orElseThrow().why()).endsWith("anxiety 6 (6 or higher)");
    }

    @Test
    void placement_attendance_under_80_percent_in_the_latest_week_raises_and_a_better_week_clears() {
        clock.fixAt("2026-11-20T09:00");
        ParticipantId person = enrol("Pip");
        UUID candidate = facts.candidate(person.value(), "started", LocalDate.of(2026, 11, 23));
        BigDecimal hours = facts.weeklyHours();
        BigDecimal eighty = hours.multiply(new BigDecimal("0.8"));
        facts.attendance(candidate, LocalDate.of(2026, 11, 23), eighty);
        clock.fixAt("2026-11-28T12:00");
        assertThat(open(person, Code.PLACEMENT_ATTENDANCE)).as("exactly 80%").isEmpty();
        facts.attendance(candidate, LocalDate.of(2026, 11, 30), eighty.subtract(new BigDecimal("0.5")));
        clock.fixAt("2026-12-05T12:00");
        EarlyWarningFlag flag = open(person, Code.PLACEMENT_ATTENDANCE).orElseThrow();
        assertThat(flag.since()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(flag.why()).contains("in the week of 30 November 2026, under 80%");
        facts.attendance(candidate, LocalDate.of(2026, 12, 7), hours);
        clock.fixAt("2026-12-12T12:00");
        assertThat(open(person, Code.PLACEMENT_ATTENDANCE)).isEmpty();
    }

    @Test
    void an_employment_check_not_cleared_after_10_working_days_raises_and_clears_when_it_passes() {
        clock.fixAt("2026-11-20T09:00");
        ParticipantId person = enrol("Cass");
        UUID candidate = facts.candidate(person.value(), "checks", null);
        facts.check(candidate, "criminal-record", "in-progress", LocalDate.of(2026, 11, 23));
        facts.check(candidate, "identity", "passed", LocalDate.of(2026, 11, 23));
        clock.fixAt("2026-12-04T18:00"); // Friday: 9 working days
        assertThat(open(person, Code.CHECK_STUCK)).isEmpty();
        clock.fixAt("2026-12-07T08:00"); // Monday: 10
        EarlyWarningFlag flag = open(person, Code.CHECK_STUCK).orElseThrow();
        assertThat(flag.since()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(flag.why()).isEqualTo("Employment check not cleared: Criminal record check (DBS), 10 working days after being requested on 23 November 2026");
        facts.check(candidate, "criminal-record", "passed", LocalDate.of(2026, 11, 23));
        assertThat(open(person, Code.CHECK_STUCK)).isEmpty();
    }

    @Test
    void no_mentoring_session_for_21_days_during_a_placement_raises_and_a_session_clears() {
        clock.fixAt("2026-11-20T09:00");
        ParticipantId person = enrol("Remy");
        LocalDate started = LocalDate.of(2026, 11, 23);
        // The candidate joins the first placement offer; it must still be running on the test's dates, or the rule
        // rightly holds nothing. Asserted, not assumed, so a change of demo dates fails here instead of skipping.
        assertThat(facts.placementEnds()).as("the placement the test candidate joins runs past the test's dates")
                .isAfter(LocalDate.of(2027, 1, 10));
        facts.candidate(person.value(), "started", started);
        facts.mentoringSession(person.value(), LocalDate.of(2026, 11, 10), true); // before the placement
        facts.mentoringSession(person.value(), LocalDate.of(2026, 12, 1), true);
        facts.mentoringSession(person.value(), LocalDate.of(2026, 12, 10), false); // not attended: not a session held
        clock.fixAt("2026-12-21T18:00");
        assertThat(open(person, Code.NO_MENTORING_IN_PLACEMENT)).isEmpty();
        clock.fixAt("2026-12-22T08:00");
        EarlyWarningFlag flag = open(person, Code.NO_MENTORING_IN_PLACEMENT).orElseThrow();
        assertThat(flag.since()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(flag.why()).isEqualTo("No mentoring session since 1 December 2026 (21 days or more)");
        facts.mentoringSession(person.value(), LocalDate.of(2026, 12, 22), true);
        warnings.recomputeFor(person); // what the mentoring facade calls after recording a session
        assertThat(all(person, Code.NO_MENTORING_IN_PLACEMENT)).singleElement().satisfies(f -> assertThat(f.open()).isFalse());
    }

    @Test
    void a_programme_s_own_thresholds_are_honoured_and_a_disabled_rule_clears_its_flags() {
        clock.fixAt("2026-12-01T09:00");
        ParticipantId person = enrol("Tam");
        contact(person);
        SignedInUser manager = demo(Role.PROGRAMME_MANAGER);
        List<EarlyWarningRule> rules = warnings.rules(programme.id(), manager);
        assertThat(rules).extracting(EarlyWarningRule::code).containsExactly(Code.values());
        assertThat(rules).allMatch(EarlyWarningRule::enabled);
        warnings.changeRules(programme.id(), rules.stream().map(r -> r.code() == Code.NO_CONTACT
                ? new EarlyWarningRule(r.code(), true, 7, null, null, r.version()) : r).toList(), manager);
        clock.fixAt("2026-12-07T18:00");
        assertThat(open(person, Code.NO_CONTACT)).isEmpty();
        clock.fixAt("2026-12-08T08:00");
        warnings.recompute(programme.id());
        assertThat(all(person, Code.NO_CONTACT)).singleElement().satisfies(f -> assertThat(f.why()).contains("7 days or more"));

        List<EarlyWarningRule> now = warnings.rules(programme.id(), manager);
        warnings.changeRules(programme.id(), now.stream().map(r -> r.code() == Code.NO_CONTACT
                ? new EarlyWarningRule(r.code(), false, 7, null, null, r.version()) : r).toList(), manager);
        assertThat(all(person, Code.NO_CONTACT)).singleElement().satisfies(f -> assertThat(f.open()).isFalse());
    }

    @Test
    void the_flag_shows_on_the_record_and_the_worklist_and_is_acknowledged_from_the_record_s_early_warnings() throws Exception {
        clock.fixAt("2026-11-10T09:00");
        ParticipantId person = enrol("Orla");
        clock.fixAt("2026-12-08T09:00");
        warnings.recomputeFor(person);
        String page = mvc.perform(get("/participants/" + person.value()).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Early warning").contains("No contact since enrolling on 10 November 2026")
                .contains("/participants/" + person.value() + "/warnings");
        List<DueItem> due = participants.worklist(demo(Role.NAVIGATOR), null, "Early warning", 1).lines().stream()
                .map(l -> l.item()).filter(i -> i.participant().equals(person)).toList();
        assertThat(due).singleElement().satisfies(i -> assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 12, 8)));

        EarlyWarningFlag flag = open(person, Code.NO_CONTACT).orElseThrow();
        String refused = mvc.perform(post("/participants/" + person.value() + "/warnings").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("flag", flag.id().toString()).param("actionTaken", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("href=\"#actionTaken-" + flag.id() + "\"")
                .contains("Say what was done about the warning");
        assertThat(open(person, Code.NO_CONTACT).orElseThrow().acknowledged()).isFalse();

        mvc.perform(post("/participants/" + person.value() + "/warnings").with(as(Role.NAVIGATOR)).with(csrf())
                        .param("flag", flag.id().toString()).param("actionTaken", "Wrote to Orla at home"))
                .andExpect(status().is3xxRedirection());
        assertThat(open(person, Code.NO_CONTACT).orElseThrow().actionTaken()).isEqualTo("Wrote to Orla at home");
        assertThat(participants.worklist(demo(Role.NAVIGATOR), null, "Early warning", 1).lines().stream()
                .filter(l -> l.item().participant().equals(person))).isEmpty();
    }

    @Test
    void the_rules_page_refuses_every_bad_value_naming_its_field_and_saves_nothing() throws Exception {
        String path = "/programmes/" + programme.id().value() + "/early-warnings";
        String form = mvc.perform(get(path).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("No contact").contains("Employment check stuck").contains("name=\"threshold-no-contact\"");
        var values = new java.util.LinkedHashMap<String, String>();
        for (EarlyWarningRule r : warnings.rules(programme.id(), demo(Role.PROGRAMME_MANAGER))) {
            values.put("enabled-" + r.code().code(), "true");
            values.put("version-" + r.code().code(), String.valueOf(r.version()));
            values.put("threshold-" + r.code().code(), String.valueOf(r.code().byDefault().threshold()));
        }
        values.putAll(java.util.Map.of("threshold-no-contact", "fourteen", "threshold-placement-attendance", "120",
                "low-wellbeing-drop", "11", "high-wellbeing-drop", "6", "threshold-check-stuck", "0"));
        var request = post(path).with(as(Role.PROGRAMME_MANAGER)).with(csrf());
        values.forEach(request::param);
        String refused = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem")
                .contains("href=\"#threshold-no-contact\"").contains("href=\"#threshold-placement-attendance\"")
                .contains("href=\"#low-wellbeing-drop\"").contains("href=\"#threshold-check-stuck\"")
                .contains("from 1 to 100").doesNotContain("href=\"#high-wellbeing-drop\"");
        assertThat(warnings.rules(programme.id(), demo(Role.PROGRAMME_MANAGER)))
                .allSatisfy(r -> assertThat(r).isEqualTo(r.code().byDefault()));

        var good = post(path).with(as(Role.PROGRAMME_MANAGER)).with(csrf());
        for (EarlyWarningRule r : warnings.rules(programme.id(), demo(Role.PROGRAMME_MANAGER))) {
            good.param("version-" + r.code().code(), String.valueOf(r.version()))
                    .param("threshold-" + r.code().code(), r.code() == Code.CHECK_STUCK ? "15" : String.valueOf(r.threshold()))
                    .param("low-" + r.code().code(), "3").param("high-" + r.code().code(), "7");
            if (r.code() != Code.NO_MENTORING_IN_PLACEMENT) {
                good.param("enabled-" + r.code().code(), "true");
            }
        }
        mvc.perform(good).andExpect(status().is3xxRedirection());
        var saved = warnings.rules(programme.id(), demo(Role.PROGRAMME_MANAGER));
        assertThat(saved.get(Code.CHECK_STUCK.ordinal()).threshold()).isEqualTo(15);
        assertThat(saved.get(Code.WELLBEING_DROP.ordinal()).lowScore()).isEqualTo(3);
        assertThat(saved.get(Code.NO_MENTORING_IN_PLACEMENT.ordinal()).enabled()).isFalse();
        assertThat(saved.get(Code.NO_CONTACT.ordinal()).lowScore()).isNull();
    }
}
