package org.anchorage.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.eligibility.EligibilityInputs;
import org.anchorage.eligibility.EligibilityReason;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ImdEdition;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    // Real figures from the shipped data (see the data README).
    static final AreaFacts TILBURY = new AreaFacts("RM18 7AG", "E01016006", "Thurrock 018D", "E06000034", "Thurrock",
            "E05015827", 1_500, 1, "E01016006", 2_000, 1, false);
    static final AreaFacts SOUTH_OCKENDON = new AreaFacts("RM15 6AE", "E01015932", "Thurrock 006A", "E06000034", "Thurrock",
            "E05015821", 4_000, 2, "E01015932", 2_500, 1, false);
    static final AreaFacts MERGED = new AreaFacts("SS1 9ZZ", "E01099999", "Southend-on-Sea 099Z", "E06000033", "Southend-on-Sea",
            "E05000001", 9_000, 3, "E01015842", 50, 1, true);
    static final AreaFacts AFFLUENT = new AreaFacts("CM3 4AA", "E01021700", "Chelmsford 020A", "E07000070", "Chelmsford",
            "E05000002", 32_000, 10, "E01021700", 32_100, 10, false);

    static final EligibilityRules NATIONAL_PILOT = new EligibilityRules(ImdEdition.IOD2025, 1,
            List.of("E06000033", "E06000034", "E07000066", "E07000069"), null, null, 18, null,
            Set.of(EmploymentStatus.UNEMPLOYED, EmploymentStatus.ECONOMICALLY_INACTIVE), true);

    private static EligibilityDecision decide(EligibilityRules rules, AreaFacts area, LocalDate dob,
                                              EmploymentStatus status, Boolean rightToWork) {
        return DecisionRules.decide(rules, 1, new EligibilityInputs(area == null ? "ZZ1 1ZZ" : area.postcode(), dob, status, rightToWork),
                Optional.ofNullable(area), TODAY, NOW);
    }

    @Test
    void a_tilbury_resident_in_a_decile_1_neighbourhood_is_eligible_with_a_reason_for_each_rule() {
        EligibilityDecision decision = decide(NATIONAL_PILOT, TILBURY, LocalDate.of(1990, 5, 1), EmploymentStatus.UNEMPLOYED, true);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons()).extracting(EligibilityReason::code)
                .containsExactly("area.inLocalAuthority", "area.decileWithin", "age.within", "employment.within", "rightToWork.confirmed");
        assertThat(decision.decile()).isEqualTo(1);
        assertThat(decision.edition()).isEqualTo(ImdEdition.IOD2025);
    }

    @Test
    void an_affluent_essex_postcode_is_not_eligible_and_says_why() {
        EligibilityDecision decision = decide(NATIONAL_PILOT, AFFLUENT, LocalDate.of(1990, 5, 1), EmploymentStatus.UNEMPLOYED, true);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).filteredOn(r -> !r.met()).extracting(EligibilityReason::code)
                .containsExactly("area.outsideLocalAuthorities", "area.decileTooHigh");
        assertThat(decision.reasons().get(1).message()).contains("decile 10");
    }

    @Test
    void the_edition_chosen_changes_who_is_eligible_in_south_ockendon() {
        EligibilityRules by2019 = new EligibilityRules(ImdEdition.IOD2019, 1, null, null, null, null, null, null, null);
        EligibilityRules by2025 = new EligibilityRules(ImdEdition.IOD2025, 1, null, null, null, null, null, null, null);
        assertThat(decide(by2019, SOUTH_OCKENDON, LocalDate.of(1990, 1, 1), null, null).eligible()).isTrue();
        assertThat(decide(by2025, SOUTH_OCKENDON, LocalDate.of(1990, 1, 1), null, null).eligible()).isFalse();
    }

    @Test
    void a_named_target_place_qualifies_whatever_its_decile() {
        EligibilityRules rules = new EligibilityRules(ImdEdition.IOD2025, 1, List.of("E06000034"), null,
                List.of(new EligibilityRules.TargetPlace("South Ockendon", List.of("E01015932"), null)), null, null, null, null);
        EligibilityDecision decision = decide(rules, SOUTH_OCKENDON, LocalDate.of(1990, 1, 1), null, null);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons().getFirst().code()).isEqualTo("area.targetPlace");
        assertThat(decision.reasons().getFirst().message()).contains("South Ockendon");
    }

    @Test
    void a_redrawn_neighbourhood_says_it_used_the_most_deprived_2011_parent() {
        EligibilityRules rules = new EligibilityRules(ImdEdition.IOD2019, 1, null, null, null, null, null, null, null);
        EligibilityDecision decision = decide(rules, MERGED, LocalDate.of(1990, 1, 1), null, null);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons().getFirst().message()).contains("most deprived 2011 neighbourhood").contains("E01015842");
    }

    @Test
    void ages_are_counted_on_the_day_of_the_check() {
        EligibilityRules youth = new EligibilityRules(null, null, null, null, null, 16, 24, null, null);
        assertThat(decide(youth, TILBURY, LocalDate.of(2010, 11, 24), null, null).reasons())
                .extracting(EligibilityReason::code).contains("age.tooYoung");
        assertThat(decide(youth, TILBURY, LocalDate.of(2010, 11, 23), null, null).eligible()).isTrue();
        assertThat(decide(youth, TILBURY, LocalDate.of(2001, 11, 23), null, null).reasons())
                .extracting(EligibilityReason::code).contains("age.tooOld");
    }

    @Test
    void unknown_employment_and_right_to_work_never_fail_a_check_but_a_no_does() {
        EligibilityDecision unknown = decide(NATIONAL_PILOT, TILBURY, LocalDate.of(1990, 1, 1), null, null);
        assertThat(unknown.eligible()).isTrue();
        assertThat(unknown.reasons()).extracting(EligibilityReason::code).contains("employment.toConfirm", "rightToWork.toConfirm");
        assertThat(decide(NATIONAL_PILOT, TILBURY, LocalDate.of(1990, 1, 1), EmploymentStatus.EMPLOYED, true).eligible()).isFalse();
        assertThat(decide(NATIONAL_PILOT, TILBURY, LocalDate.of(1990, 1, 1), null, false).eligible()).isFalse();
    }

    @Test
    void a_postcode_not_in_the_data_is_not_eligible_and_says_so() {
        EligibilityDecision decision = decide(NATIONAL_PILOT, null, LocalDate.of(1990, 1, 1), null, null);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons().getFirst().code()).isEqualTo("postcode.notFound");
        assertThat(decision.decile()).isNull();
    }
}
