package org.anchorage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.notification.internal.DeliveryStatus;
import org.anchorage.notification.internal.OutboxSender;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox against a real SMTP server (GreenMail) and a local GOV.UK Notify that checks the key, the template and the
 * personalisation: a message is stored with the change that causes it, goes once, and every way it can go wrong is
 * named on the message (an address that is no address, Notify's 400, 403, 429 and 500, a sender that stopped mid-send).
 */
class OutboxIT extends IntegrationTest {

    @Autowired
    Referrals referrals;

    @Autowired
    OutboxSender sender;

    @Autowired
    DeliveryStatus delivery;

    @Autowired
    MessageTemplates templates;

    @Autowired
    Notifications notifications;

    @Autowired
    Participants participants;

    private ProgrammeId pilot() {
        return new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Referral refer(String given, String email, String phone, ContactPreference preference) {
        return referrals.receiveSelfReferral(new NewReferral(pilot(), given, "Messaged", LocalDate.of(1994, 6, 1), "RM18 7AG", email, phone,
                preference, List.of(WorkInterest.PHARMACY), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
    }

    private Map<String, Object> message(String kind, Referral r) {
        return jdbc.sql("SELECT id, status, channel, format, reason, attempts, provider, provider_id, body, subject FROM notification_message "
                        + "WHERE kind = :kind AND referral_id = :r")
                .param("kind", kind).param("r", r.id().value()).query().singleRow();
    }


    /**
     * Referral confirmations by text go through Notify from here on. What other tests left queued is sent first, so that
     * a failure the test asks Notify for meets this test's message, not an older one.
     */
    private NotifyStub.Template useNotifyForReferralTexts() {
        sender.sendDue();
        NotifyStub.Template t = NOTIFY.addTemplate("sms", null, "((programme)): your reference is ((reference)), ((name)). ((contact))");
        MessageTemplate text = templates.all(demo(Role.ADMINISTRATOR)).stream()
                .filter(m -> m.kind().equals("referral-received") && m.channel().equals("text") && m.format().equals("standard")).findFirst().orElseThrow();
        templates.change(text.id(), null, text.body(), t.id().toString(), demo(Role.ADMINISTRATOR));
        return t;
    }

    /** Referrals these tests leave waiting are declined, so they do not crowd the demo navigator's worklist for later tests. */
    @AfterEach
    void nothingLeftInTriage() {
        SignedInUser navigator = demo(Role.NAVIGATOR);
        jdbc.sql("SELECT id FROM referral_referral WHERE family_name IN ('Messaged', 'Declined') AND status = 'received'")
                .query(UUID.class).list().forEach(id -> {
                    Referral r = referrals.get(new org.anchorage.referral.ReferralId(id));
                    referrals.decline(r.id(), r.version(), "A test referral", navigator);
                });
    }

    @AfterEach
    void localTextsAgain() {
        templates.all(demo(Role.ADMINISTRATOR)).stream().filter(m -> m.notifyTemplateId() != null)
                .forEach(m -> templates.change(m.id(), m.subject(), m.body(), "", demo(Role.ADMINISTRATOR)));
    }

    @Test
    void a_self_referral_queues_its_confirmation_with_the_referral_and_smtp_delivers_it_once() throws Exception {
        Referral r = refer("Oakley", "oakley.messaged@example.org", null, ContactPreference.EMAIL);
        Map<String, Object> queued = message("referral-received", r);
        assertThat(queued.get("status")).isEqualTo("queued");
        assertThat(queued.get("channel")).isEqualTo("email");
        assertThat((String) queued.get("body")).contains("Dear Oakley").contains(r.reference()).doesNotContain("((");

        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> mail = emailsTo("oakley.messaged@example.org");
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("We have your referral: " + r.reference());
        assertThat(mail.getFirst().getMessageID()).isEqualTo("<" + queued.get("id") + "@anchorage>");
        assertThat(mail.getFirst().getContent().toString()).contains(r.reference()).contains("National pilot");
        assertThat(message("referral-received", r).get("status")).isEqualTo("sent");
    }

    @Test
    void a_referral_that_is_refused_leaves_no_message() {
        long before = jdbc.sql("SELECT count(*) FROM notification_message").query(Long.class).single();
        assertThatThrownBy(() -> referrals.receiveSelfReferral(new NewReferral(pilot(), "Refused", "Messaged", LocalDate.of(1994, 6, 1),
                "RM18 7AG", "refused@example.org", null, ContactPreference.EMAIL, List.of(), Referrals.PRIVACY_NOTICE_VERSION, false, "form", null)))
                .isInstanceOf(RuleViolation.class);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_text_goes_through_notify_with_the_template_and_personalisation_and_its_delivery_is_read_back() {
        NotifyStub.Template t = useNotifyForReferralTexts();
        Referral r = refer("Peregrine", null, "07700 900123", ContactPreference.TEXT);
        assertThat(message("referral-received", r).get("channel")).isEqualTo("text");

        sender.sendDue();

        String id = message("referral-received", r).get("id").toString();
        List<NotifyStub.Sent> sent = NOTIFY.sentWithReference(id);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().template()).isEqualTo(t.id());
        assertThat(sent.getFirst().to()).isEqualTo("07700900123");
        assertThat(sent.getFirst().personalisation()).containsEntry("reference", r.reference()).containsEntry("name", "Peregrine")
                .containsEntry("programme", "National pilot").containsKey("contact");
        assertThat(message("referral-received", r).get("provider_id")).isEqualTo(sent.getFirst().id().toString());

        NOTIFY.setStatus(sent.getFirst().id(), "delivered");
        delivery.check();
        assertThat(message("referral-received", r).get("status")).isEqualTo("delivered");
        assertThat(NOTIFY.refusedTokens()).isEmpty();
    }

    @Test
    void notify_saying_the_number_does_not_exist_marks_the_message_undeliverable() {
        useNotifyForReferralTexts();
        Referral r = refer("Quill", null, "07700 900456", ContactPreference.TEXT);
        sender.sendDue();
        NotifyStub.Sent sent = NOTIFY.sentWithReference(message("referral-received", r).get("id").toString()).getFirst();
        NOTIFY.setStatus(sent.id(), "permanent-failure");
        delivery.check();
        assertThat(message("referral-received", r).get("status")).isEqualTo("undeliverable");
        assertThat((String) message("referral-received", r).get("reason")).contains("phone number does not exist");
    }

    @Test
    void a_number_that_is_no_mobile_is_undeliverable_with_the_reason_and_shows_on_the_navigators_worklist() throws Exception {
        Referral r = refer("Rowan", null, "01375 390000", ContactPreference.TEXT);
        Map<String, Object> m = message("referral-received", r);
        assertThat(m.get("status")).isEqualTo("undeliverable");
        assertThat((String) m.get("reason")).contains("01375 390000 is not a UK mobile number");

        SignedInUser navigator = demo(Role.NAVIGATOR);
        Referrals.Accepted accepted = referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        String worklist = mvc.perform(get("/worklist").param("kind", "Message not delivered").with(as(Role.NAVIGATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(worklist).contains("Message not delivered").contains("01375 390000 is not a UK mobile number");
        // ... and the person's record says what became of each message.
        String onRecord = mvc.perform(get("/participants/" + accepted.participant() + "/messages").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(onRecord).contains("Referral received").contains("Your navigator").contains("Could not be delivered").doesNotContain(">undeliverable<");
        String timeline = mvc.perform(get("/participants/" + accepted.participant() + "/timeline").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("Referral received: text message to them, could not be delivered");
    }

    @Test
    void an_email_address_that_is_no_address_is_undeliverable() {
        Referral r = refer("Sable", "sable.at.example.org", null, ContactPreference.EMAIL);
        assertThat(message("referral-received", r).get("status")).isEqualTo("undeliverable");
        assertThat((String) message("referral-received", r).get("reason")).contains("sable.at.example.org is not an email address");
    }

    @Test
    void notify_answering_500_is_retried_with_backoff_and_the_retry_asks_notify_first_so_it_goes_once() {
        useNotifyForReferralTexts();
        Referral r = refer("Tamsin", null, "07700 900789", ContactPreference.TEXT);
        NOTIFY.failNext(500);
        sender.sendDue();
        Map<String, Object> m = message("referral-received", r);
        assertThat(m.get("status")).isEqualTo("queued");
        assertThat((String) m.get("reason")).contains("could not take it (500");
        assertThat(m.get("attempts")).isEqualTo(1);

        sender.sendDue(); // not yet: the backoff holds it
        assertThat(NOTIFY.sentWithReference(m.get("id").toString())).isEmpty();

        clock.fixAt(java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/London")).plusMinutes(1));
        sender.sendDue();
        assertThat(message("referral-received", r).get("status")).isEqualTo("sent");
        assertThat(NOTIFY.sentWithReference(m.get("id").toString())).hasSize(1);
    }

    @Test
    void notify_answering_429_backs_off_403_says_the_key_is_wrong_and_400_says_fix_the_message() {
        useNotifyForReferralTexts();
        Referral slow = refer("Umber", null, "07700 900111", ContactPreference.TEXT);
        NOTIFY.failNext(429);
        sender.sendDue();
        assertThat(message("referral-received", slow).get("status")).isEqualTo("queued");
        assertThat((String) message("referral-received", slow).get("reason")).contains("slow down (429)");

        Referral key = refer("Vesper", null, "07700 900222", ContactPreference.TEXT);
        NOTIFY.failNext(403);
        sender.sendDue();
        assertThat(message("referral-received", key).get("status")).isEqualTo("failed");
        assertThat((String) message("referral-received", key).get("reason")).contains("refused the API key").contains("ANCHORAGE_NOTIFY_API_KEY");

        Referral bad = refer("Wren", null, "07700 900333", ContactPreference.TEXT);
        NOTIFY.failNext(400);
        sender.sendDue();
        assertThat(message("referral-received", bad).get("status")).isEqualTo("failed");
        assertThat((String) message("referral-received", bad).get("reason")).startsWith("fix needed").contains("team-only API key");

        // An administrator sees the failures and retries one once the key is fixed.
        UUID failed = (UUID) message("referral-received", key).get("id");
        notifications.retry(failed, demo(Role.ADMINISTRATOR));
        sender.sendDue();
        assertThat(message("referral-received", key).get("status")).isEqualTo("sent");
    }

    @Test
    void a_message_whose_sender_stopped_mid_send_is_looked_up_at_notify_and_not_sent_again() throws Exception {
        NotifyStub.Template t = useNotifyForReferralTexts();
        Referral r = refer("Xanthe", null, "07700 900444", ContactPreference.TEXT);
        UUID id = (UUID) message("referral-received", r).get("id");
        // A node claimed it, handed it to Notify, and died before it could record that it had.
        new uk.gov.service.notify.NotificationClient(NotifyStub.API_KEY, NOTIFY.baseUrl())
                .sendSms(t.id().toString(), "07700900444", Map.of("programme", "National pilot", "reference", r.reference(), "name", "Xanthe",
                        "contact", "x"), id.toString());
        jdbc.sql("UPDATE notification_message SET status = 'sending', claimed_by = 'a-node-that-died', provider = 'notify', attempts = 1, "
                + "claimed_until = now() - interval '1 minute' WHERE id = :id").param("id", id).update();

        sender.sendDue();

        assertThat(NOTIFY.sentWithReference(id.toString())).hasSize(1);
        assertThat(message("referral-received", r).get("status")).isEqualTo("sent");
        assertThat(message("referral-received", r).get("provider_id")).isEqualTo(NOTIFY.sentWithReference(id.toString()).getFirst().id().toString());
    }

    @Test
    void an_email_whose_sender_stopped_mid_send_is_not_resent_blindly() {
        Referral r = refer("Yarrow", "yarrow.messaged@example.org", null, ContactPreference.EMAIL);
        UUID id = (UUID) message("referral-received", r).get("id");
        jdbc.sql("UPDATE notification_message SET status = 'sending', claimed_by = 'a-node-that-died', provider = 'smtp', attempts = 1, "
                + "claimed_until = now() - interval '1 minute' WHERE id = :id").param("id", id).update();
        sender.sendDue();
        assertThat(emailsTo("yarrow.messaged@example.org")).isEmpty();
        assertThat(message("referral-received", r).get("status")).isEqualTo("failed");
        assertThat((String) message("referral-received", r).get("reason")).contains("may have gone");
    }

    @Test
    void two_senders_at_once_send_each_message_once() throws Exception {
        List<String> addresses = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String address = "race" + i + ".messaged@example.org";
            addresses.add(address);
            refer("Racer" + i, address, null, ContactPreference.EMAIL);
        }
        Thread a = new Thread(sender::sendDue);
        Thread b = new Thread(sender::sendDue);
        a.start();
        b.start();
        a.join();
        b.join();
        for (String address : addresses) {
            assertThat(emailsTo(address)).as(address).hasSize(1);
        }
    }

    @Test
    void a_reminder_past_its_time_is_not_sent() {
        Referral r = refer("Zinnia", "zinnia.messaged@example.org", null, ContactPreference.EMAIL);
        UUID id = (UUID) message("referral-received", r).get("id");
        jdbc.sql("UPDATE notification_message SET send_by = now() - interval '1 hour' WHERE id = :id").param("id", id).update();
        sender.sendDue();
        assertThat(emailsTo("zinnia.messaged@example.org")).isEmpty();
        assertThat((String) message("referral-received", r).get("reason")).startsWith("too late");
    }

    @Test
    void a_template_with_a_field_its_message_does_not_fill_in_is_refused_naming_the_field() throws Exception {
        SignedInUser admin = demo(Role.ADMINISTRATOR);
        MessageTemplate email = templates.all(admin).stream()
                .filter(m -> m.kind().equals("navigator-named") && m.channel().equals("email")).findFirst().orElseThrow();
        List<RuleViolation> problems = templates.problemsWith(email, "Hello ((nickname))", "Your navigator is ((navigator)) on ((shoe_size))", null);
        assertThat(problems).extracting(RuleViolation::field).containsExactly("subject", "body");
        assertThat(problems.get(0).getMessage()).contains("((nickname))");
        assertThat(problems.get(1).getMessage()).contains("((shoe_size))").contains("((navigator))");

        NotifyStub.Template asksTooMuch = NOTIFY.addTemplate("email", "Hi ((name))", "Your navigator is ((navigator)); bring ((passport_number))");
        assertThat(templates.problemsWith(email, "Hi", "Hi ((name))", asksTooMuch.id().toString()))
                .extracting(RuleViolation::getMessage).containsExactly(
                        "The GOV.UK Notify template needs ((passport_number)), which this message does not fill in: use only ((name)), ((navigator)), ((programme)), ((contact))");
        NotifyStub.Template aText = NOTIFY.addTemplate("sms", null, "Hi ((name))");
        assertThat(templates.problemsWith(email, "Hi", "Hi ((name))", aText.id().toString()))
                .extracting(RuleViolation::getMessage).containsExactly("That GOV.UK Notify template is for text messages, not emails");
        assertThat(templates.problemsWith(email, "Hi", "Hi ((name))", UUID.randomUUID().toString()))
                .extracting(RuleViolation::getMessage).containsExactly("GOV.UK Notify has no template with that ID in this service");

        // On the page every problem is listed at once, and nothing is saved.
        String page = mvc.perform(post("/notifications/templates/edit").param("id", email.id().toString()).param("subject", "Hello ((nickname))")
                        .param("body", "").param("notifyTemplateId", "not-an-id").with(csrf()).with(as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("nhsuk-error-summary").contains("((nickname))").contains("Enter the text of the message")
                .contains("Enter the GOV.UK Notify template ID as it is shown in Notify");
        assertThat(templates.get(email.id(), admin).body()).isEqualTo(email.body());
    }

    @Test
    void an_administrator_sees_the_failures_and_retries_one() throws Exception {
        Referral r = refer("Aster", "aster.messaged@example.org", null, ContactPreference.EMAIL);
        UUID id = (UUID) message("referral-received", r).get("id");
        jdbc.sql("UPDATE notification_message SET status = 'failed', reason = 'the mail server refused the username or password', "
                + "completed_at = now() WHERE id = :id").param("id", id).update();
        String page = mvc.perform(get("/notifications").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("the mail server refused the username or password").contains(id.toString());
        mvc.perform(post("/notifications/retry").param("message", id.toString()).with(csrf()).with(as(Role.ADMINISTRATOR)))
                .andExpect(status().is3xxRedirection());
        sender.sendDue();
        assertThat(emailsTo("aster.messaged@example.org")).hasSize(1);
        // A second retry of what has gone is refused, saying so, and sends nothing.
        Object again = mvc.perform(post("/notifications/retry").param("message", id.toString()).with(csrf()).with(as(Role.ADMINISTRATOR)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("problem");
        assertThat(again).isEqualTo("Referral received to Aster was not retried: it is already sent");
        sender.sendDue();
        assertThat(emailsTo("aster.messaged@example.org")).hasSize(1);
        mvc.perform(get("/notifications").with(as(Role.NAVIGATOR))).andExpect(status().isForbidden());
    }

    @Test
    void someone_who_opted_out_gets_only_what_the_service_must_send() throws Exception {
        Referral r = refer("Briar", "briar.messaged@example.org", null, ContactPreference.EMAIL);
        SignedInUser navigator = demo(Role.NAVIGATOR);
        // The referral confirmation is required; the navigator's name is not, and the person said no to it before acceptance.
        jdbc.sql("INSERT INTO notification_opt_out (recipient_key, kind, chosen_at) VALUES (:k, 'navigator-named', now())")
                .param("k", "referral:" + r.id().value()).update();
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        assertThat(message("navigator-named", r).get("status")).isEqualTo("opted-out");
        assertThat(message("referral-received", r).get("status")).isEqualTo("queued");
    }

    @Autowired
    org.anchorage.notification.internal.OutboxRetention retention;

    @Test
    void what_a_message_said_is_erased_two_years_after_it_ended_and_the_row_stays() {
        Referral old = refer("Elder", "elder.messaged@example.org", null, ContactPreference.EMAIL);
        Referral recent = refer("Younger", "younger.messaged@example.org", null, ContactPreference.EMAIL);
        sender.sendDue();
        jdbc.sql("UPDATE notification_message SET sent_at = now() - interval '731 days' WHERE referral_id = :r").param("r", old.id().value()).update();
        jdbc.sql("UPDATE notification_message SET sent_at = now() - interval '729 days' WHERE referral_id = :r").param("r", recent.id().value()).update();
        assertThat(retention.eraseOld()).isGreaterThanOrEqualTo(1);
        Map<String, Object> erased = jdbc.sql("SELECT status, address, body, recipient_name FROM notification_message WHERE referral_id = :r")
                .param("r", old.id().value()).query().singleRow();
        assertThat(erased.get("status")).isEqualTo("sent");
        assertThat(erased.get("address")).isNull();
        assertThat(erased.get("body")).isNull();
        assertThat(erased.get("recipient_name")).isNull();
        assertThat(message("referral-received", recent).get("body")).isNotNull();
    }

    @Test
    void the_referrer_is_told_each_decision_with_the_reason() throws Exception {
        SignedInUser partner = demo(Role.REFERRAL_PARTNER);
        Referral r = referrals.receiveFromPartner(new NewReferral(pilot(), "Cedar", "Declined", LocalDate.of(1990, 2, 2), "RM18 7AG",
                null, "07700 900555", ContactPreference.TEXT, List.of(), Referrals.PRIVACY_NOTICE_VERSION, true, "Jobcentre", null), partner);
        SignedInUser navigator = demo(Role.NAVIGATOR);
        referrals.decline(r.id(), r.version(), "They have moved out of the area", navigator);
        Map<String, Object> m = jdbc.sql("SELECT recipient_key, channel, subject, body FROM notification_message WHERE kind = 'referral-status' AND referral_id = :r")
                .param("r", r.id().value()).query().singleRow();
        assertThat(m.get("recipient_key")).isEqualTo("user:" + partner.id().value());
        assertThat(m.get("channel")).isEqualTo("email");
        assertThat((String) m.get("subject")).isEqualTo("Referral " + r.reference() + ": declined");
        assertThat((String) m.get("body")).contains("Reason: They have moved out of the area").contains("https://anchorage.test/referrals/" + r.id().value());
    }

    @Test
    void a_retry_goes_to_the_details_as_they_are_now_and_is_refused_saying_why_when_it_still_could_not_go() throws Exception {
        Referral r = refer("Clement", null, "01375 390000", ContactPreference.TEXT);
        SignedInUser navigator = demo(Role.NAVIGATOR);
        ParticipantId person = new ParticipantId(referrals.accept(r.id(), r.version(), navigator.id(), navigator).participant());
        UUID named = (UUID) message("navigator-named", r).get("id");
        assertThat(message("navigator-named", r).get("status")).isEqualTo("undeliverable");

        // Still a landline: the retry is refused with the reason, and the message stays as it was.
        String refused = mvc.perform(post("/notifications/retry").param("message", named.toString()).with(csrf()).with(as(Role.ADMINISTRATOR)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("problem").toString();
        assertThat(refused).startsWith("Your navigator to Clement was not retried: it still could not go, as 01375 390000 is not a UK mobile number");
        assertThat(message("navigator-named", r).get("status")).isEqualTo("undeliverable");

        // The navigator puts the person's email on their record and their choice to be emailed; the retry goes there.
        var d = participants.details(person, navigator);
        participants.changeDetails(person, participants.open(person, navigator).version(), new org.anchorage.participant.PersonalDetails(
                d.preferredName(), d.pronouns(), "clement.fixed@example.org", d.phone(), "email", d.addressLine1(), d.addressLine2(), d.town(),
                d.postcode(), d.employmentStatus(), d.rightToWork(), d.rightToWorkUntil(), d.largePrint(), d.easyRead(), d.interpreterLanguage(),
                d.otherNeeds(), d.learningDisability(), d.careLeaver()), navigator);
        Notifications.Retried retried = notifications.retry(named, demo(Role.ADMINISTRATOR));
        assertThat(retried).isEqualTo(new Notifications.Retried("Email", true));
        Map<String, Object> again = message("navigator-named", r);
        assertThat(again.get("status")).isEqualTo("queued");
        assertThat(again.get("channel")).isEqualTo("email");
        assertThat((String) again.get("subject")).isEqualTo("Your navigator on National pilot is " + navigator.displayName());
        sender.sendDue();
        assertThat(emailsTo("clement.fixed@example.org")).hasSize(1);
        assertThat(message("navigator-named", r).get("status")).isEqualTo("sent");

        // The referral's own confirmation went to the number on the referral, which nobody fixed: still refused.
        assertThatThrownBy(() -> notifications.retry((UUID) message("referral-received", r).get("id"), demo(Role.ADMINISTRATOR)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("01375 390000 is not a UK mobile number");
    }

    @Test
    void a_retry_with_no_way_to_send_it_is_refused_naming_what_to_set_up() {
        sender.sendDue();
        Referral r = refer("Dorian", null, "07700 900666", ContactPreference.TEXT); // a text with local text only: Notify needs its template id
        sender.sendDue();
        Map<String, Object> m = message("referral-received", r);
        assertThat(m.get("status")).isEqualTo("not-sent");
        assertThatThrownBy(() -> notifications.retry((UUID) m.get("id"), demo(Role.ADMINISTRATOR)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("Referral received to Dorian was not retried: the text message template has no GOV.UK Notify template id");
        assertThat(message("referral-received", r).get("status")).isEqualTo("not-sent");
    }

    @Test
    void the_outbox_lists_every_message_in_a_state_from_its_count() throws Exception {
        Referral r = refer("Ember", "ember.messaged@example.org", null, ContactPreference.EMAIL);
        sender.sendDue();
        UUID id = (UUID) message("referral-received", r).get("id");
        String attention = mvc.perform(get("/notifications").with(as(Role.ADMINISTRATOR))).andReturn().getResponse().getContentAsString();
        assertThat(attention).contains("href=\"/notifications?status=sent\"").contains(">Sent<").doesNotContain(id.toString());
        String sent = mvc.perform(get("/notifications").param("status", "sent").with(as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("Sent (newest 200)").contains("To Ember");
        String unknown = mvc.perform(get("/notifications").param("status", "<script>").with(as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("Needing attention").doesNotContain("<script>");
    }

    @Test
    void a_changed_template_can_have_its_starting_text_put_back_and_stray_brackets_are_refused() throws Exception {
        SignedInUser admin = demo(Role.ADMINISTRATOR);
        MessageTemplate email = templates.all(admin).stream()
                .filter(m -> m.kind().equals("mentor-session") && m.channel().equals("email") && m.format().equals("standard")).findFirst().orElseThrow();
        assertThat(templates.problemsWith(email, "Hi", "Hello ((name), see you", null)).extracting(RuleViolation::field).containsExactly("body");
        // Every problem of a field at once: both unknown fields and the stray bracket after them.
        List<RuleViolation> all = templates.problemsWith(email, "Hi", "Hi ((name)) ((nickname)) ((other)) ((", null);
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().getMessage()).contains("((nickname)) and ((other)), which this message does not fill in")
                .contains("brackets that do not make a field");
        assertThat(templates.problemsWith(email, "Hi", "Hi (( ))", null).getFirst().getMessage()).startsWith("The text uses (( )) with no field name in it");
        assertThat(templates.problemsWith(email, "Hi ((name", "Hello", null).getFirst().getMessage())
                .startsWith("The subject has brackets that do not make a field");
        try {
            templates.change(email.id(), "Changed subject", "Changed body for ((name))", "", admin);
            mvc.perform(post("/notifications/templates/restore").param("id", email.id().toString()).with(csrf()).with(as(Role.ADMINISTRATOR)))
                    .andExpect(status().is3xxRedirection());
            MessageTemplate back = templates.get(email.id(), admin);
            assertThat(back.subject()).isEqualTo(MessageKind.MENTOR_SESSION.subject());
            assertThat(back.body()).isEqualTo(MessageKind.MENTOR_SESSION.defaults().get("email"));
            mvc.perform(post("/notifications/templates/restore").param("id", email.id().toString()).with(csrf()).with(as(Role.NAVIGATOR)))
                    .andExpect(status().isForbidden());
        } finally {
            templates.restore(email.id(), admin);
        }
    }
}
