package org.anchorage.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.outcome.internal.OutcomeCalculator;
import org.anchorage.outcome.internal.OutcomeCalculator.Change;
import org.anchorage.outcome.internal.OutcomeCalculator.Check;
import org.anchorage.outcome.internal.OutcomeCalculator.Facts;
import org.anchorage.outcome.internal.OutcomeCalculator.Stored;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the three default outcome definitions, with the arithmetic, on the pure calculator.
 * The National Living Wage (21 and over) in placement's rates table is £11.44 from 1 April 2024, £12.21 from
 * 1 April 2025 and £12.71 from 1 April 2026; a start on Monday 7 December 2026 is measured at £12.71.
 * Week k runs from start + 7(k − 1) days to start + 7k − 1 days.
 */
class OutcomesTest {

    static final List<String> PAPER = List.of("employer-confirmation", "payslip-seen");
    static final OutcomeDefinition EARNINGS = new OutcomeDefinition(UUID.randomUUID(), "dwp-earnings", "Earnings outcome",
            OutcomeDefinition.EARNINGS, new BigDecimal("16"), 26, null, null, PAPER, false, LocalDate.of(2024, 4, 1), null);
    static final OutcomeDefinition IPS = new OutcomeDefinition(UUID.randomUUID(), "ips-baseline", "IPS baseline",
            OutcomeDefinition.HOURS_IN_WEEKS, new BigDecimal("7"), 13, 16, null, PAPER, false, LocalDate.of(2024, 4, 1), null);
    static final OutcomeDefinition SUSTAINED = new OutcomeDefinition(UUID.randomUUID(), "sustained-3-months", "Sustained 3 months",
            OutcomeDefinition.CONTINUOUS, null, null, null, 3, PAPER, true, LocalDate.of(2024, 4, 1), null);
    static final List<OutcomeDefinition> DEFAULTS = List.of(EARNINGS, IPS, SUSTAINED);
    static final JobRule SIXTEEN_HOURS = new JobRule(new BigDecimal("16"), null, LocalDate.of(2024, 4, 1), null);
    static final int NLW_2026 = 1271;
    static final LocalDate START = LocalDate.of(2026, 12, 7);

    static Facts job(String hours, int pence, LocalDate leftOn, List<Change> changes, List<Check> checks) {
        return new Facts(UUID.randomUUID(), START, pence, new BigDecimal(hours), leftOn, "nhs", changes, checks);
    }

    static Check check(LocalDate on, String hours, String evidence) {
        return new Check(on, "same-job", hours == null ? null : new BigDecimal(hours), evidence);
    }

    static Map<String, OutcomeStatus> byCode(JobOutcomes outcomes) {
        return outcomes.outcomes().stream().collect(java.util.stream.Collectors.toMap(OutcomeStatus::definition, s -> s));
    }

    // --- DWP-style earnings outcome ----------------------------------------------------------------------

    @Test
    void earnings_full_time_at_the_living_wage_reach_the_target_in_week_12() {
        // Target: 16 h × 26 weeks × £12.71 = 416 × £12.71 = £5,287.36.
        // A week: 37.5 h × £12.71 = £476.625. After 11 weeks £5,242.875 (short by £44.485); after 12 weeks £5,719.50.
        // Week 12 ends 7 December 2026 + 84 days − 1 = 28 February 2027.
        Facts f = job("37.5", 1271, null, List.of(), List.of());
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, f, NLW_2026)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void earnings_at_exactly_16_hours_on_the_living_wage_take_all_26_weeks() {
        // A week: 16 h × £12.71 = £203.36; 26 weeks × £203.36 = £5,287.36, the target exactly (reached, not missed by rounding).
        // Week 26 ends 7 December 2026 + 182 days − 1 = 6 June 2027.
        Facts f = job("16", 1271, null, List.of(), List.of());
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, f, NLW_2026)).isEqualTo(LocalDate.of(2027, 6, 6));
    }

    @Test
    void earnings_follow_a_pay_rise_and_more_hours_from_the_day_they_take_effect() {
        // Weeks 1–12 at 16 h × £12.71 = £203.36: £2,440.32. From 1 March 2027 (week 13's first day) 30 h × £13.00 = £390.00.
        // Still needed: £5,287.36 − £2,440.32 = £2,847.04; 7 weeks give £2,730.00 (total £5,170.32), 8 weeks £3,120.00.
        // So week 12 + 8 = week 20, ending 7 December 2026 + 140 days − 1 = 25 April 2027.
        Facts f = job("16", 1271, null, List.of(new Change(LocalDate.of(2027, 3, 1), 1300, new BigDecimal("30"), "payslip-seen")), List.of());
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, f, NLW_2026)).isEqualTo(LocalDate.of(2027, 4, 25));
    }

    @Test
    void earnings_for_a_start_before_april_2026_are_measured_at_the_2025_living_wage() {
        // Starting Monday 1 December 2025, measured at £12.21: target 416 × £12.21 = £5,079.36.
        // A week: 37.5 h × £12.21 = £457.875; 11 weeks £5,036.625 (short by £42.735), 12 weeks £5,494.50.
        // Week 12 ends 1 December 2025 + 84 days − 1 = 22 February 2026.
        Facts f = new Facts(UUID.randomUUID(), LocalDate.of(2025, 12, 1), 1221, new BigDecimal("37.5"), null, "nhs", List.of(), List.of());
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, f, 1221)).isEqualTo(LocalDate.of(2026, 2, 22));
        // At 16 h the same pay takes 26 weeks (26 × £195.36 = £5,079.36): ending 1 December 2025 + 181 days = 31 May 2026.
        Facts sixteen = new Facts(UUID.randomUUID(), LocalDate.of(2025, 12, 1), 1221, new BigDecimal("16"), null, "nhs", List.of(), List.of());
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, sixteen, 1221)).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void earnings_are_not_met_when_the_person_leaves_before_the_target() {
        // Leaving on 1 February 2027 (end of week 8, 8 × £476.625 = £3,813.00 earned): short of £5,287.36.
        Facts f = job("37.5", 1271, LocalDate.of(2027, 2, 1), List.of(), List.of());
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, f, NLW_2026)).isNull();
    }

    @Test
    void hours_a_check_finds_count_from_the_check_date() {
        // 37.5 h for weeks 1–4 (4 × £476.625 = £1,906.50); the 4-week check on 4 January 2027 finds 20 h:
        // 20 h × £12.71 = £254.20 a week. Still needed £3,380.86: 13 weeks give £3,304.60, 14 weeks £3,558.80.
        // Week 4 + 14 = week 18, ending 7 December 2026 + 126 days − 1 = 11 April 2027.
        Facts f = job("37.5", 1271, null, List.of(), List.of(check(LocalDate.of(2027, 1, 4), "20", "payslip-seen")));
        assertThat(OutcomeCalculator.projectedOn(EARNINGS, f, NLW_2026)).isEqualTo(LocalDate.of(2027, 4, 11));
    }

    // --- IPS baseline -------------------------------------------------------------------------------------

    @Test
    void ips_baseline_is_reached_at_the_end_of_the_13th_week_with_7_hours_or_more() {
        // 20 h ≥ 7 h in every week: the 13th qualifying week is week 13, ending 7 December 2026 + 91 days − 1 = 7 March 2027.
        Facts f = job("20", 1271, null, List.of(), List.of());
        assertThat(OutcomeCalculator.projectedOn(IPS, f, NLW_2026)).isEqualTo(LocalDate.of(2027, 3, 7));
    }

    @Test
    void ips_baseline_cannot_be_reached_when_too_many_of_the_first_16_weeks_fall_short() {
        // Weeks 1–4 at 20 h (4 qualify); the 4-week check on 4 January finds 5 h, so weeks 5–8 do not;
        // from 1 February (week 9) 10 h again: weeks 9–16 qualify (8). 4 + 8 = 12 of 16, short of 13.
        Facts f = job("20", 1271, null, List.of(new Change(LocalDate.of(2027, 2, 1), 1271, new BigDecimal("10"), "payslip-seen")),
                List.of(check(LocalDate.of(2027, 1, 4), "5", "payslip-seen")));
        assertThat(OutcomeCalculator.projectedOn(IPS, f, NLW_2026)).isNull();
    }

    @Test
    void ips_baseline_with_a_short_spell_is_reached_later_within_the_16_weeks() {
        // Weeks 1–4 at 20 h (4); the check on 4 January finds 5 h, and from 18 January (week 7) 10 h:
        // weeks 5–6 fall short, weeks 7–15 make 4 + 9 = 13. Week 15 ends 7 December 2026 + 105 days − 1 = 21 March 2027.
        Facts f = job("20", 1271, null, List.of(new Change(LocalDate.of(2027, 1, 18), 1271, new BigDecimal("10"), "payslip-seen")),
                List.of(check(LocalDate.of(2027, 1, 4), "5", "payslip-seen")));
        assertThat(OutcomeCalculator.projectedOn(IPS, f, NLW_2026)).isEqualTo(LocalDate.of(2027, 3, 21));
    }

    // --- Sustained 3 months ---------------------------------------------------------------------------------

    @Test
    void sustained_three_months_is_reached_three_calendar_months_after_the_start_unless_the_person_left_first() {
        // 7 December 2026 + 3 months = 7 March 2027.
        assertThat(OutcomeCalculator.projectedOn(SUSTAINED, job("37.5", 1271, null, List.of(), List.of()), NLW_2026))
                .isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(OutcomeCalculator.projectedOn(SUSTAINED, job("37.5", 1271, LocalDate.of(2027, 3, 7), List.of(), List.of()), NLW_2026))
                .isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(OutcomeCalculator.projectedOn(SUSTAINED, job("37.5", 1271, LocalDate.of(2027, 3, 6), List.of(), List.of()), NLW_2026))
                .isNull();
    }

    // --- statuses -------------------------------------------------------------------------------------------

    @Test
    void statuses_move_from_on_track_to_needs_evidence_to_achieved_with_evidence_the_definition_accepts() {
        Facts none = job("37.5", 1271, null, List.of(), List.of());
        // 1 February 2027: every projected date (28 February, 7 March, 7 March) is ahead.
        assertThat(byCode(OutcomeCalculator.outcomes(none, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 2, 1))))
                .allSatisfy((code, s) -> assertThat(s.status()).isEqualTo(OutcomeStatus.ON_TRACK));
        // 1 March 2027: the earnings date (28 February) passed with no evidence; the others still ahead.
        var march = byCode(OutcomeCalculator.outcomes(none, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 3, 1)));
        assertThat(march.get("dwp-earnings").status()).isEqualTo(OutcomeStatus.NEEDS_EVIDENCE);
        assertThat(march.get("sustained-3-months").status()).isEqualTo(OutcomeStatus.ON_TRACK);

        // The 13-week check on 8 March 2027 on the participant's word is not evidence any definition accepts.
        Facts word = job("37.5", 1271, null, List.of(), List.of(check(LocalDate.of(2027, 3, 8), "37.5", "participant-said")));
        assertThat(byCode(OutcomeCalculator.outcomes(word, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 3, 9))))
                .allSatisfy((code, s) -> assertThat(s.status()).isEqualTo(OutcomeStatus.NEEDS_EVIDENCE));

        // With a payslip seen at that check, all three are achieved on 8 March 2027 (on or after each projected date).
        Facts payslip = job("37.5", 1271, null, List.of(), List.of(check(LocalDate.of(2027, 3, 8), "37.5", "payslip-seen")));
        var achieved = byCode(OutcomeCalculator.outcomes(payslip, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 3, 9)));
        assertThat(achieved.values()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(OutcomeStatus.ACHIEVED);
            assertThat(s.achievedOn()).isEqualTo(LocalDate.of(2027, 3, 8));
        });
        assertThat(achieved.get("dwp-earnings").projectedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void a_check_before_the_projected_date_does_not_evidence_it_and_a_stored_claim_shows_claimed() {
        // The 4-week check (4 January 2027) with a payslip comes before every projected date.
        Facts early = job("37.5", 1271, null, List.of(), List.of(check(LocalDate.of(2027, 1, 4), "37.5", "payslip-seen")));
        var statuses = byCode(OutcomeCalculator.outcomes(early, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 3, 20)));
        assertThat(statuses.values()).allSatisfy(s -> assertThat(s.status()).isEqualTo(OutcomeStatus.NEEDS_EVIDENCE));
        // What is stored wins: achieved on 8 March, claimed on 15 March.
        UUID stored = UUID.randomUUID();
        var claimed = byCode(OutcomeCalculator.outcomes(early, SIXTEEN_HOURS, DEFAULTS, NLW_2026,
                Map.of(SUSTAINED.id(), new Stored(stored, SUSTAINED.id(), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 15))),
                LocalDate.of(2027, 3, 20)));
        assertThat(claimed.get("sustained-3-months")).extracting(OutcomeStatus::status, OutcomeStatus::achievedOn, OutcomeStatus::claimedOn,
                OutcomeStatus::achievementId).containsExactly(OutcomeStatus.CLAIMED, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 15), stored);
    }

    @Test
    void a_leaver_after_the_projected_date_is_evidenced_by_the_check_that_found_they_left() {
        // Left on 1 April 2027, after 7 March: the 26-week check (7 June) found them gone, with the employer's confirmation.
        Facts f = job("37.5", 1271, LocalDate.of(2027, 4, 1), List.of(),
                List.of(new Check(LocalDate.of(2027, 6, 7), "left", null, "employer-confirmation")));
        var statuses = byCode(OutcomeCalculator.outcomes(f, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 6, 8)));
        assertThat(statuses.get("sustained-3-months")).extracting(OutcomeStatus::status, OutcomeStatus::achievedOn)
                .containsExactly(OutcomeStatus.ACHIEVED, LocalDate.of(2027, 6, 7));
        // IPS (7 March) achieved too; earnings (28 February) too.
        assertThat(statuses.get("ips-baseline").status()).isEqualTo(OutcomeStatus.ACHIEVED);
        // Leaving on 1 February instead: earnings (£3,813.00 of £5,287.36) and the others cannot be reached.
        Facts early = job("37.5", 1271, LocalDate.of(2027, 2, 1), List.of(), List.of());
        assertThat(OutcomeCalculator.outcomes(early, SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(), LocalDate.of(2027, 6, 8)).outcomes())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(OutcomeStatus.NOT_MET));
    }

    // --- which jobs count -----------------------------------------------------------------------------------

    @Test
    void a_job_under_the_programmes_hours_or_of_an_employer_kind_it_does_not_count_has_no_outcomes_and_says_why() {
        var short_ = OutcomeCalculator.outcomes(job("15", 1271, null, List.of(), List.of()), SIXTEEN_HOURS, DEFAULTS, NLW_2026, Map.of(),
                LocalDate.of(2027, 3, 9));
        assertThat(short_.counts()).isFalse();
        assertThat(short_.notCountedBecause()).isEqualTo("Under the programme's 16 hours a week");
        assertThat(short_.outcomes()).isEmpty();

        JobRule healthAndCare = new JobRule(new BigDecimal("7"), List.of("nhs", "social-care"), LocalDate.of(2024, 4, 1), null);
        Facts other = new Facts(UUID.randomUUID(), START, 1271, new BigDecimal("20"), null, "other", List.of(), List.of());
        assertThat(OutcomeCalculator.outcomes(other, healthAndCare, DEFAULTS, NLW_2026, Map.of(), START).notCountedBecause())
                .isEqualTo("A kind of employer the programme does not count (Other): it counts NHS, Social care");
        Facts unknown = new Facts(UUID.randomUUID(), START, 1271, new BigDecimal("20"), null, null, List.of(), List.of());
        assertThat(OutcomeCalculator.outcomes(unknown, healthAndCare, DEFAULTS, NLW_2026, Map.of(), START).notCountedBecause())
                .startsWith("The kind of employer is not recorded");
        assertThat(OutcomeCalculator.outcomes(job("20", 1271, null, List.of(), List.of()), healthAndCare, DEFAULTS, NLW_2026, Map.of(), START)
                .outcomes()).hasSize(3);
    }

    @Test
    void a_start_is_measured_only_by_the_definitions_in_force_on_its_start_date() {
        OutcomeDefinition until2026 = new OutcomeDefinition(UUID.randomUUID(), "old", "Old", OutcomeDefinition.CONTINUOUS, null, null, null, 6,
                PAPER, false, LocalDate.of(2024, 4, 1), LocalDate.of(2026, 12, 7));
        var outcomes = OutcomeCalculator.outcomes(job("37.5", 1271, null, List.of(), List.of()), SIXTEEN_HOURS,
                List.of(until2026, SUSTAINED), NLW_2026, Map.of(), START);
        assertThat(outcomes.outcomes()).extracting(OutcomeStatus::definition).containsExactly("sustained-3-months");
    }
}
