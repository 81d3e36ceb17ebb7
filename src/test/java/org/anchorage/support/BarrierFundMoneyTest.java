package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.anchorage.participant.ServiceNeeds;
import org.junit.jupiter.api.Test;

/** Money as people type it, read into pence with no doubles; and the under-18 rule, with no Spring. */
class BarrierFundMoneyTest {

    @Test
    void pounds_and_pence_as_people_type_them_become_whole_pence() {
        assertThat(BarrierFundMoney.pence("12.50")).isEqualTo(1250);
        assertThat(BarrierFundMoney.pence("£1,200")).isEqualTo(120000);
        assertThat(BarrierFundMoney.pence(" 0.01 ")).isEqualTo(1);
        assertThat(BarrierFundMoney.pence("7.5")).isEqualTo(750);
        assertThat(BarrierFundMoney.pounds(123456)).isEqualTo("£1,234.56");
        assertThat(BarrierFundMoney.plain(5)).isEqualTo("0.05");
    }

    @Test
    void nothing_zero_negative_too_precise_or_not_a_number_is_refused_with_a_message() {
        assertThat(BarrierFundMoney.problemWith(" ", "the amount")).contains("Enter the amount in pounds and pence, for example 12.50");
        assertThat(BarrierFundMoney.problemWith("0.00", "the amount")).contains("Amount must be more than £0");
        assertThat(BarrierFundMoney.problemWith("-3", "the amount")).contains("Amount must be more than £0");
        assertThat(BarrierFundMoney.problemWith("0.001", "the amount")).contains("Enter the amount with no more than 2 decimal places (pounds and pence)");
        assertThat(BarrierFundMoney.problemWith("1e3", "the amount")).isPresent();
        assertThat(BarrierFundMoney.problemWith("£", "the amount")).isPresent();
        assertThat(BarrierFundMoney.problemWith("100000001", "the budget")).contains("Budget must be less than £100,000,000");
        assertThat(BarrierFundMoney.problemWith("99.990", "the amount")).isEmpty();
        // (2^64 + 384) / 100 pence would wrap round to £3.84 in a long: refused as too much, never a 500.
        assertThat(BarrierFundMoney.problemWith("184467440737095520", "the amount")).contains("Amount must be less than £100,000,000");
    }

    @Test
    void someone_is_under_18_until_the_day_before_their_18th_birthday() {
        LocalDate born = LocalDate.of(2009, 5, 5);
        assertThat(ServiceNeeds.under18(born, LocalDate.of(2027, 5, 4))).isTrue();
        assertThat(ServiceNeeds.under18(born, LocalDate.of(2027, 5, 5))).isFalse();
        // Born on 29 February: 18 on 1 March in a year with no 29th, as English law counts it.
        assertThat(ServiceNeeds.under18(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(ServiceNeeds.under18(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(ServiceNeeds.eighteenthBirthday(LocalDate.of(2010, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 28));
    }
}
