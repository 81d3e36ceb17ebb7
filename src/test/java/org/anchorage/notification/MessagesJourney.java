package org.anchorage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.anchorage.notification.internal.OutboxSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeping people informed, through the real pages: a resident refers themself on a phone and the confirmation email
 * (read back from the SMTP server) carries the reference the page showed; a partner's referral is declined by a
 * navigator and the partner's email says why; the navigator reads on the new participant's record what was sent; an
 * administrator finds the outbox and a template from the menu and is told, naming the field, what a template may not
 * use. After the first page everyone follows links; every page passes axe and fits a 320-pixel screen.
 */
class MessagesJourney extends BrowserJourney {

    @Autowired
    OutboxSender sender;

    @SuppressWarnings("deprecation")
    private static void press(Page page, String selector) {
        page.waitForNavigation(() -> page.locator(selector).first().click());
    }

    @SuppressWarnings("deprecation")
    private static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click());
    }


    @Test
    void a_self_referral_is_confirmed_by_email_and_a_declined_partner_referral_tells_the_partner_why() throws Exception {
        // The resident, on a phone, from the home page.
        Page resident = browser.newPage(320, 700);
        resident.navigate(baseUrl() + "/");
        followLink(resident, "Refer yourself");
        press(resident, "button.nhsuk-button");
        if (resident.url().endsWith("/programme")) {
            resident.getByLabel("National pilot", new Page.GetByLabelOptions().setExact(true)).check();
            press(resident, "button.nhsuk-button");
        }
        resident.locator("#givenName").fill("Marlowe");
        resident.locator("#familyName").fill("Informed");
        press(resident, "button.nhsuk-button");
        resident.locator("#day").fill("3");
        resident.locator("#month").fill("9");
        resident.locator("#year").fill("1999");
        press(resident, "button.nhsuk-button");
        resident.locator("#postcode").fill("RM18 7AG");
        press(resident, "button.nhsuk-button");
        resident.locator("#contact-0").check();
        resident.locator("#email").fill("marlowe.informed@example.org");
        press(resident, "button.nhsuk-button");
        resident.locator("#interest-0").check();
        press(resident, "button.nhsuk-button");
        resident.locator("#consent").check();
        press(resident, "button.nhsuk-button");
        assertThat(resident.locator("h1").textContent()).isEqualTo("Check your answers");
        press(resident, "button.nhsuk-button");
        String reference = resident.locator("#reference").textContent().strip();
        assertThat(reference).startsWith("ANC-");
        fitsAPhone(resident);
        resident.context().close();

        sender.sendDue();
        List<MimeMessage> confirmation = emailsTo("marlowe.informed@example.org");
        assertThat(confirmation).hasSize(1);
        assertThat(confirmation.getFirst().getSubject()).isEqualTo("We have your referral: " + reference);
        assertThat(confirmation.getFirst().getContent().toString()).contains("Dear Marlowe").contains("Your reference is " + reference)
                .contains("01632 960");

        // A partner refers someone the programme cannot take.
        HttpClient http = HttpClient.newHttpClient();
        String token = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + demoEmail(Role.REFERRAL_PARTNER) + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        var created = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referrals"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"Emrys\","
                        + "\"familyName\":\"Told\",\"dateOfBirth\":\"1988-08-08\",\"postcode\":\"SS14 3QB\",\"phone\":\"07700900557\","
                        + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"Jobcentre\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // The navigator declines it with the reason, and accepts the resident; on a phone, by links.
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        followLink(navigator, "Triage");
        followLink(navigator, "Emrys Told");
        navigator.getByLabel("Reason for declining, or where you signposted them").fill("Already in full-time work; told about the NHS jobs site");
        submit(navigator, "Decline");
        assertThat(navigator.locator("#decided").textContent()).contains("Declined");
        fitsAPhone(navigator);
        navigator.locator("#decided").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Back to the triage queue")).click();
        followLink(navigator, "Marlowe Informed");
        submit(navigator, "Accept and allocate");
        followLink(navigator, "Open Marlowe Informed’s record");
        followLink(navigator, "Messages");
        assertThat(navigator.locator("#messages").textContent()).contains("Referral received").contains("sent").contains("Your navigator");
        fitsAPhone(navigator);
        followLink(navigator, "Timeline");
        assertThat(navigator.locator("#timeline").textContent()).contains("Referral received: email to them, sent");
        navigator.context().close();

        sender.sendDue();
        String partnerEmail = demoEmail(Role.REFERRAL_PARTNER);
        List<MimeMessage> toPartner = emailsTo(partnerEmail).stream().filter(m -> {
            try {
                return m.getContent().toString().contains("Already in full-time work");
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(toPartner).hasSize(1);
        assertThat(toPartner.getFirst().getSubject()).endsWith(": declined");
        assertThat(toPartner.getFirst().getContent().toString())
                .contains("Reason: Already in full-time work; told about the NHS jobs site").contains("https://anchorage.test/referrals/");

        // An administrator finds the outbox and the templates from the menu; a field the message lacks is named.
        Page admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD, 320);
        followLink(admin, "Messages");
        assertThat(admin.locator("#ways-to-send").textContent()).contains("GOV.UK Notify is set up").contains("SMTP email is set up");
        fitsAPhone(admin);
        followLink(admin, "Message templates");
        fitsAPhone(admin);
        admin.locator("#kind-referral-received ~ ul").first().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Email").setExact(true)).click();
        admin.getByLabel("Text").fill("Dear ((name)), your reference is ((reference)). Your navigator is ((navigator)).");
        submit(admin, "Save the template");
        assertThat(admin.locator(".nhsuk-error-summary").textContent()).contains("((navigator))");
        fitsAPhone(admin);
        admin.getByLabel("Text").fill("Dear ((name)), your referral to ((programme)) has reached us. Your reference is ((reference)). "
                + "To talk to us: ((contact)).");
        submit(admin, "Save the template");
        assertThat(admin.locator(".nhsuk-notification-banner").textContent()).contains("Saved: Referral received");
        admin.context().close();
    }
}
