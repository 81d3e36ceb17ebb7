package org.anchorage.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeKeyTest {

    @ParameterizedTest
    @CsvSource({
            "rm187hj, RM18 7HJ",
            "' RM18  7HJ ', RM18 7HJ",
            "SS1 2AJ, SS1 2AJ",
            "m1 1ae, M1 1AE",
            "B33 8TH, B33 8TH",
            "CR2 6XH, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 1HQ, W1A 1HQ",
            "EC1A 1BB, EC1A 1BB"})
    void any_spacing_and_case_is_read_and_written_back_in_ons_form(String typed, String expected) {
        long key = PostcodeKey.encode(typed);
        assertThat(key).isNotNegative();
        assertThat(PostcodeKey.decode(key)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a postcode", "RM18", "12345", "RM18 7H", "RM187HJJ", "1M18 7HJ", "RM18 AHJ",
            "R 7HJ", "RMX8 7HJ", "RM1888 7HJ", "SS1-2AJ"})
    void text_that_is_not_shaped_like_a_uk_postcode_is_refused(String typed) {
        assertThat(PostcodeKey.encode(typed)).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({"M1 1AA, M11 1AA", "M11 1AA, MA1 1AA", "SS1 2AJ, SS1 2AK", "RM18 7HJ, RM19 1AA"})
    void keys_keep_a_consistent_order(String lower, String higher) {
        assertThat(PostcodeKey.encode(lower)).isLessThan(PostcodeKey.encode(higher));
    }
}
