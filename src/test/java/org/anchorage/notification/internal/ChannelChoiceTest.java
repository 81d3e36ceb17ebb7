package org.anchorage.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.anchorage.notification.Recipient;
import org.junit.jupiter.api.Test;

/** How a message reaches someone, which way it goes, and its ((fields)): the rules alone, without a server. */
class ChannelChoiceTest {

    private static final List<String> ADDRESS = List.of("Sam Jones", "1 High Street", "Tilbury", "RM18 7AG");

    private static Recipient person(String email, String phone, String preference, boolean largePrint, boolean easyRead) {
        return new Recipient("participant:x", "Sam", email, phone, preference, ADDRESS, largePrint, easyRead);
    }

    @Test
    void the_preference_decides_and_the_needs_pick_the_format() {
        assertThat(ChannelChoice.of(person("sam@example.org", "07700 900123", "email", false, false)))
                .extracting(ChannelChoice.Choice::channel, ChannelChoice.Choice::format, ChannelChoice.Choice::address)
                .containsExactly("email", "standard", "sam@example.org");
        assertThat(ChannelChoice.of(person("sam@example.org", "+44 7700 900123", "text", false, false)))
                .extracting(ChannelChoice.Choice::channel, ChannelChoice.Choice::address).containsExactly("text", "07700900123");
        assertThat(ChannelChoice.of(person("sam@example.org", "07700 900123", "post", true, false)))
                .extracting(ChannelChoice.Choice::channel, ChannelChoice.Choice::format).containsExactly("letter", "large-print");
        assertThat(ChannelChoice.of(person("sam@example.org", null, "email", false, true)).format()).isEqualTo("easy-read");
        // A phone call cannot be automated: a text to their mobile, else email.
        assertThat(ChannelChoice.of(person("sam@example.org", "07700 900123", "phone", false, false)).channel()).isEqualTo("text");
        assertThat(ChannelChoice.of(person("sam@example.org", "01375 390000", "phone", false, false)).channel()).isEqualTo("email");
    }

    @Test
    void a_wrong_detail_for_the_preferred_channel_is_a_problem_to_fix_not_a_reason_to_switch() {
        ChannelChoice.Choice text = ChannelChoice.of(person("sam@example.org", "01375 390000", "text", false, false));
        assertThat(text.problem()).contains("01375 390000 is not a UK mobile number");
        ChannelChoice.Choice email = ChannelChoice.of(person("sam at example.org", "07700 900123", "email", false, false));
        assertThat(email.problem()).contains("sam at example.org is not an email address");
        ChannelChoice.Choice nothing = ChannelChoice.of(new Recipient("referral:x", "Sam", null, null, "email", List.of(), false, false));
        assertThat(nothing.channel()).isEqualTo("none");
        assertThat(nothing.problem()).contains("no email address, mobile number or postal address");
    }

    @Test
    void a_template_id_goes_by_notify_local_email_by_smtp_and_with_neither_nothing_is_lost() {
        assertThat(Channels.choose("email", true, true, true, null).provider()).isEqualTo("notify");
        assertThat(Channels.choose("email", false, true, true, null).provider()).isEqualTo("smtp");
        assertThat(Channels.choose("text", false, false, true, null).problem())
                .isEqualTo("text messages go only through GOV.UK Notify, which is not set up (ANCHORAGE_NOTIFY_API_KEY)");
        assertThat(Channels.choose("text", false, false, false, null).problem()).isEqualTo(Channels.NO_WAY);
        assertThat(Channels.choose("email", false, false, false, null).problem()).isEqualTo("no way to send is set up");
        assertThat(Channels.choose("letter", false, true, false, null).problem()).contains("letter template has no GOV.UK Notify template id");
        assertThat(Channels.choose("email", true, false, false, "ANCHORAGE_NOTIFY_API_KEY is not a GOV.UK Notify API key").problem())
                .contains("ANCHORAGE_NOTIFY_API_KEY");
    }

    @Test
    void fields_are_found_and_filled_as_notify_writes_them() {
        assertThat(Placeholders.in("Dear ((name)), ref ((reference)) ((name)) ((extra??Bring ID))")).containsExactly("name", "reference", "extra");
        assertThat(Placeholders.fill("Dear ((name)), ((extra??bring ID.))", Map.of("name", "Sam $1 \\", "extra", "yes")))
                .isEqualTo("Dear Sam $1 \\, bring ID.");
        assertThat(Placeholders.fill("((extra??bring ID.))", Map.of("extra", "no"))).isEmpty();
    }

    @Test
    void notify_statuses_mean_delivered_undeliverable_failed_or_still_on_the_way() {
        assertThat(DeliveryStatus.meaning("delivered", "email")[0]).isEqualTo("delivered");
        assertThat(DeliveryStatus.meaning("permanent-failure", "text")).containsExactly("undeliverable",
                "the phone number does not exist or cannot take texts: correct it on their record");
        assertThat(DeliveryStatus.meaning("temporary-failure", "email")[0]).isEqualTo("failed");
        assertThat(DeliveryStatus.meaning("sending", "email")[0]).isNull();
    }
}
