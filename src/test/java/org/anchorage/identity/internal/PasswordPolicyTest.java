package org.anchorage.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.standard();

    private static String problem(String password) {
        return POLICY.problem(password, "wren.coach@lighthouse.test", "Wren Coach").orElse(null);
    }

    @Test
    void the_shipped_list_holds_at_least_ten_thousand_common_passwords() {
        assertThat(POLICY.commonPasswords()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void a_common_password_with_digits_added_is_refused() {
        assertThat(problem("password1234")).contains("most common passwords");
        assertThat(problem("Qwerty123456!")).contains("most common passwords");
        assertThat(problem("aaaaaaaaaaaaaaaa")).contains("most common passwords");
    }

    @Test
    void a_password_from_the_persons_own_email_or_name_is_refused() {
        assertThat(problem("wren.coach2026")).contains("name or email");
        assertThat(problem("WrenCoach!!2026")).contains("name or email");
        assertThat(problem("Wren123456789")).contains("name or email");
    }

    @Test
    void length_is_at_least_twelve_and_at_most_one_hundred_and_twenty_eight_characters() {
        assertThat(problem(null)).isEqualTo("Enter a password");
        assertThat(problem("short-pass1")).isEqualTo("Password must be at least 12 characters");
        assertThat(problem("x".repeat(60) + "y".repeat(69))).isEqualTo("Password must be 128 characters or fewer");
    }

    @Test
    void long_passphrases_with_no_composition_rules_are_accepted() {
        assertThat(problem("correct horse battery staple")).isNull();
        assertThat(problem("ocean lantern pebble")).isNull();
        assertThat(problem("the quick brown fox jumps over the lazy dog ".repeat(2).strip())).isNull();
        assertThat(problem("harbour-lights-at-dusk".repeat(5).substring(0, 100))).isNull();
    }
}
