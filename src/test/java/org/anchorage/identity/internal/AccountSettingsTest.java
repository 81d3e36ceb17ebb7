package org.anchorage.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The settings and hashing of accounts, without Spring. */
class AccountSettingsTest {

    @Test
    void the_api_token_lifetime_is_an_iso_duration_or_minutes_and_eight_hours_by_default() {
        assertThat(ApiTokens.lifetime(null)).isEqualTo(Duration.ofHours(8));
        assertThat(ApiTokens.lifetime("PT30M")).isEqualTo(Duration.ofMinutes(30));
        assertThat(ApiTokens.lifetime("90")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> ApiTokens.lifetime("soon")).hasMessageContaining("ANCHORAGE_API_TOKEN_TTL");
        assertThatThrownBy(() -> ApiTokens.lifetime("0")).hasMessageContaining("longer than zero");
    }

    @Test
    void forwarded_headers_are_believed_only_from_the_proxies_named() {
        assertThat(TrustedProxies.valve(TrustedProxies.parse(""))).isEmpty();
        assertThat(TrustedProxies.valve(TrustedProxies.parse(null))).isEmpty();
        var valve = TrustedProxies.valve(TrustedProxies.parse(" 10.0.0.5 , 10.0.0.6")).orElseThrow();
        Pattern internal = Pattern.compile(valve.getInternalProxies());
        assertThat(internal.matcher("10.0.0.5").matches()).isTrue();
        assertThat(internal.matcher("10.0.0.6").matches()).isTrue();
        assertThat(internal.matcher("10.0.0.50").matches()).isFalse();
        assertThat(internal.matcher("192.168.1.1").matches()).isFalse();
        assertThat(TrustedProxies.parse("a, ,b")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void new_hashes_take_any_length_and_old_bcrypt_hashes_still_verify() {
        var encoder = PasswordHashing.encoder();
        String long100 = "x".repeat(100);
        String hash = encoder.encode(long100);
        assertThat(hash).startsWith("{bcrypt-sha256}");
        assertThat(encoder.matches(long100, hash)).isTrue();
        assertThat(encoder.matches("x".repeat(99) + "y", hash)).isFalse();
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("an old password");
        assertThat(encoder.matches("an old password", old)).isTrue();
        assertThat(encoder.matches(long100, old)).isFalse();
    }
}
