package org.anchorage.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.anchorage.participant.EngagementFacts.Attendance;
import org.anchorage.participant.EngagementFacts.CheckWaiting;
import org.anchorage.participant.EngagementFacts.Contact;
import org.anchorage.participant.EngagementFacts.Enrolment;
import org.anchorage.participant.EngagementFacts.Fact;
import org.anchorage.participant.EngagementFacts.PlacementWeek;
import org.anchorage.participant.EngagementFacts.Source;
import org.anchorage.participant.ParticipantId;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.support.EarlyWarningRule;
import org.anchorage.support.EarlyWarningRule.Code;
import org.anchorage.support.internal.EarlyWarningEvaluation.Checkin;
import org.anchorage.support.internal.EarlyWarningEvaluation.Raised;
import org.junit.jupiter.api.Test;

/** The rules on their own: pure code, facts in, flags out. */
class EarlyWarningEvaluationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.randomUUID());
    static final WellbeingScale ONS4 = new WellbeingScale(UUID.randomUUID(), "ONS4", "ONS personal wellbeing", "Crown copyright", 0, 10,
            List.of(new WellbeingScale.Item("satisfied", false), new WellbeingScale.Item("worthwhile", false),
                    new WellbeingScale.Item("happy", false), new WellbeingScale.Item("anxious", true)));
    static final WellbeingScale FIVE_POINT = new WellbeingScale(UUID.randomUUID(), "FIVE", "A five-point scale", "licensed", 1, 5,
            List.of(new WellbeingScale.Item("calm", false)));

    private final ParticipantId person = new ParticipantId(UUID.randomUUID());
    private final List<Fact> facts = new ArrayList<>(List.of(new Enrolment(person, PROGRAMME, TODAY.minusDays(3), false),
            new Contact(person, TODAY)));
    private final List<Checkin> checkins = new ArrayList<>();

    private List<Raised> evaluate(Map<Code, EarlyWarningRule> rules) {
        return EarlyWarningEvaluation.evaluate(facts, checkins, Map.of(PROGRAMME, rules), Map.of(ONS4.id(), ONS4, FIVE_POINT.id(), FIVE_POINT),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), TODAY);
    }

    private List<Raised> evaluate() {
        return evaluate(Map.of());
    }

    @Test
    void someone_recently_enrolled_and_in_touch_has_no_warnings() {
        assertThat(evaluate()).isEmpty();
    }

    @Test
    void a_withdrawn_person_has_no_warnings_whatever_the_facts() {
        facts.set(0, new Enrolment(person, PROGRAMME, TODAY.minusDays(300), true));
        facts.remove(1);
        assertThat(evaluate()).isEmpty();
    }

    @Test
    void a_disabled_rule_raises_nothing() {
        facts.remove(1);
        facts.set(0, new Enrolment(person, PROGRAMME, TODAY.minusDays(30), false));
        assertThat(evaluate()).extracting(Raised::rule).containsExactly(Code.NO_CONTACT);
        assertThat(evaluate(Map.of(Code.NO_CONTACT, new EarlyWarningRule(Code.NO_CONTACT, false, 14, null, null, 0)))).isEmpty();
    }

    @Test
    void an_anxiety_score_going_down_is_better_and_going_up_by_two_is_worse() {
        checkins.add(new Checkin(person, ONS4.id(), TODAY.minusDays(14), Instant.EPOCH, List.of(7, 7, 7, 5)));
        checkins.add(new Checkin(person, ONS4.id(), TODAY, Instant.EPOCH, List.of(7, 7, 7, 3)));
        assertThat(evaluate()).isEmpty();
        checkins.add(new Checkin(person, ONS4.id(), TODAY, Instant.EPOCH.plusSeconds(60), List.of(7, 7, 7, 5)));
        assertThat(evaluate()).singleElement().satisfies(r -> assertThat(r.why()).endsWith("anxiety up from 3 to 5"));
    }

    @Test
    void the_score_thresholds_apply_only_to_scales_scored_0_to_10() {
        checkins.add(new Checkin(person, FIVE_POINT.id(), TODAY, Instant.EPOCH, List.of(2)));
        assertThat(evaluate()).isEmpty();
        checkins.add(new Checkin(person, FIVE_POINT.id(), TODAY.minusDays(7), Instant.EPOCH, List.of(4)));
        assertThat(evaluate()).singleElement().satisfies(r -> assertThat(r.why()).endsWith("item 1 down from 4 to 2"));
    }

    @Test
    void a_check_waiting_over_christmas_counts_only_working_days() {
        facts.add(new CheckWaiting(person, "Right to work", LocalDate.of(2026, 12, 18)));
        var rules = Map.of(Code.CHECK_STUCK, new EarlyWarningRule(Code.CHECK_STUCK, true, 5, null, null, 0));
        // 21, 22, 23, 24, 29 December: the 25th and 28th are bank holidays, the 26th and 27th a weekend.
        List<Raised> raised = EarlyWarningEvaluation.evaluate(facts, checkins, Map.of(PROGRAMME, rules), Map.of(),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), LocalDate.of(2026, 12, 29));
        assertThat(raised).filteredOn(r -> r.rule() == Code.CHECK_STUCK).singleElement()
                .satisfies(r -> assertThat(r.since()).isEqualTo(LocalDate.of(2026, 12, 29)));
        assertThat(EarlyWarningEvaluation.evaluate(facts, checkins, Map.of(PROGRAMME, rules), Map.of(),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), LocalDate.of(2026, 12, 28)))
                .noneMatch(r -> r.rule() == Code.CHECK_STUCK);
    }

    @Test
    void a_miss_then_an_attendance_on_the_same_day_is_read_in_a_stable_order() {
        facts.add(new Attendance(person, TODAY.minusDays(1), Source.APPOINTMENT, "Review", false));
        facts.add(new Attendance(person, TODAY, Source.TRAINING, "Fire safety", false));
        facts.add(new Attendance(person, TODAY, Source.MENTORING, "mentoring session", true));
        assertThat(evaluate()).as("the mentoring session is read last that day").isEmpty();
        facts.add(new Attendance(person, TODAY, Source.MENTORING, "mentoring session", false));
        assertThat(evaluate()).as("one missed after the attended one").isEmpty();
        facts.add(new Attendance(person, TODAY, Source.MENTORING, "mentoring session", false));
        assertThat(evaluate()).singleElement()
                .satisfies(r -> assertThat(r.why()).isEqualTo("Missed 2 in a row, the latest a mentoring session on 8 December 2026"));
    }

    @Test
    void a_placement_week_without_expected_hours_raises_nothing() {
        facts.add(new PlacementWeek(person, TODAY.minusDays(1), BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(evaluate()).isEmpty();
    }
}
