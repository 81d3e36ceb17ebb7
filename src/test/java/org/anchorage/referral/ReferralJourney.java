package org.anchorage.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.anchorage.Browser;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * A resident refers themself on a 320-pixel phone using only the keyboard, asking for letters (and is
 * asked for the address), and is told how to reach the team; a partner refers the same person through
 * the API, and someone else who is declined; a navigator spots the duplicate, merges it, accepts, follows
 * the confirmation to the new record and finds the address there, records a first contact and reads the
 * timeline, then declines the other with a reason and goes back to the queue; the partner reads the reason. After signing in everyone follows links only; every page passes axe and fits
 * a 320-pixel screen.
 */
class ReferralJourney extends BrowserJourney {

    /** Tabs to the element, then types: no mouse anywhere in the resident's part. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + selector + " with the Tab key on " + page.url());
    }

    private static void type(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    private static void pressContinue(Page page, Browser browser) {
        tabTo(page, "button.nhsuk-button");
        enter(page);
        browser.assertAccessible(page);
    }

    /** Presses Enter on the focused button and waits for the page it leads to. */
    @SuppressWarnings("deprecation")
    private static void enter(Page page) {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    /** axe on the page, and nothing wider than the 320-pixel screen. */
    private static void check(Page page, Browser browser) {
        browser.assertAccessible(page);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as(page.url()).isLessThanOrEqualTo(320);
    }

    /** Presses the button and waits for the page it leads to, so the next step looks at that page. */
    @SuppressWarnings("deprecation")
    private static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click());
    }

    private static void follow(Page page, String link) {
        followLink(page, link);
    }

    private static HttpResponse<String> refer(HttpClient http, String baseUrl, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/referrals"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_resident_refers_themself_a_partner_refers_them_again_and_a_navigator_merges_and_accepts() throws Exception {
        // A resident starts where anyone would, at the home page, and follows its "Refer yourself" link.
        Page page = browser.newPage(320, 640);
        page.navigate(baseUrl() + "/");
        browser.assertAccessible(page);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
        follow(page, "Refer yourself");
        browser.assertAccessible(page);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
        tabTo(page, "button.nhsuk-button");
        enter(page);
        browser.assertAccessible(page);

        if (page.url().endsWith("/programme")) {
            // Other tests add programmes too, so the pilot is chosen by its name, not by being first.
            page.getByLabel("National pilot", new Page.GetByLabelOptions().setExact(true)).check();
            pressContinue(page, browser);
        }
        pressContinue(page, browser); // nothing typed: the error summary appears
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter your first name");
        type(page, "#givenName", "Quinn");
        type(page, "#familyName", "Keyboard");
        pressContinue(page, browser);
        type(page, "#day", "12");
        type(page, "#month", "6");
        type(page, "#year", "2004");
        pressContinue(page, browser);
        type(page, "#postcode", "rm18 7ag");
        pressContinue(page, browser);
        tabTo(page, "#contact-0"); // a radio group takes one Tab; the arrow keys choose within it
        page.keyboard().press("ArrowDown"); // phone call
        page.keyboard().press("ArrowDown"); // text message
        page.keyboard().press("ArrowDown"); // letter
        type(page, "#phone", "07700 900555");
        pressContinue(page, browser); // a letter needs an address: both missing lines are asked for at once
        assertThat(page.locator(".nhsuk-error-summary").textContent())
                .contains("Enter the first line of your address").contains("Enter the town or city");
        check(page, browser);
        type(page, "#addressLine1", "14 Dock Road");
        type(page, "#town", "Tilbury");
        pressContinue(page, browser);
        tabTo(page, "#interest-0");
        page.keyboard().press("Space");
        pressContinue(page, browser);
        tabTo(page, "#consent");
        page.keyboard().press("Space");
        pressContinue(page, browser);
        assertThat(page.locator("h1").textContent()).isEqualTo("Check your answers");
        assertThat(page.locator(".nhsuk-summary-list").textContent()).contains("Quinn Keyboard").contains("12 June 2004")
                .contains("Letter").contains("14 Dock Road").contains("Tilbury");
        tabTo(page, "button.nhsuk-button");
        enter(page);
        String reference = page.locator("#reference").textContent();
        assertThat(reference).startsWith("ANC-");
        // Not only "keep your reference": the programme team's phone, email and hours.
        assertThat(page.locator("#team-contact").textContent()).contains("01632 960").contains("@example.nhs.uk")
                .contains("Monday to Friday");
        check(page, browser);
        page.context().close();

        // The easy-read start page, reached from the standard one, is accessible too.
        Page easy = browser.newPage(320, 640);
        easy.navigate(baseUrl() + "/");
        follow(easy, "Refer yourself");
        follow(easy, "Read this in easy read");
        assertThat(easy.locator("main").textContent()).contains("It is free.");
        check(easy, browser);
        easy.context().close();

        // A partner refers the same person by API, with a typo in the name.
        HttpClient http = HttpClient.newHttpClient();
        String token = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + demoEmail(Role.REFERRAL_PARTNER) + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> created = refer(http, baseUrl(), token, "{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"Quin\","
                + "\"familyName\":\"Keyboard\",\"dateOfBirth\":\"2004-06-12\",\"postcode\":\"RM18 7AG\",\"phone\":\"07700900555\","
                + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"Fire and police youth team\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        // And someone the programme cannot take.
        assertThat(refer(http, baseUrl(), token, "{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"Dana\","
                + "\"familyName\":\"Declined\",\"dateOfBirth\":\"1990-02-02\",\"postcode\":\"SS14 3QB\",\"phone\":\"07700900556\","
                + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"Fire and police youth team\"}")
                .statusCode()).isEqualTo(201);

        // The navigator triages them, on a phone, following links from the home page.
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        follow(navigator, "Triage");
        check(navigator, browser);
        follow(navigator, "Quin Keyboard");
        assertThat(navigator.locator("#duplicates").textContent()).contains("Quinn Keyboard").contains("same phone");
        check(navigator, browser);
        navigator.locator("#duplicates button").first().click();
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("Merged");
        check(navigator, browser);

        follow(navigator, "Quinn Keyboard");
        assertThat(navigator.locator("#history").textContent()).contains("Referred themself").contains("was the same person");
        check(navigator, browser);
        assertThat(navigator.locator("#address").textContent()).contains("14 Dock Road").contains("Tilbury");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and allocate")).click();
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("now a participant");
        check(navigator, browser);

        // The confirmation leads on to the new record, where the address from the referral is waiting.
        follow(navigator, "Open Quinn Keyboard’s record");
        assertThat(navigator.locator("h1").textContent()).contains("Quinn Keyboard");
        check(navigator, browser);
        follow(navigator, "Personal details");
        assertThat(navigator.locator("main").textContent()).contains("Letter").contains("14 Dock Road").contains("Tilbury");
        check(navigator, browser);
        follow(navigator, "Contacts and notes");
        navigator.getByLabel("What was discussed").fill("First call: interested in healthcare support work");
        submit(navigator, "Record contact");
        check(navigator, browser);
        follow(navigator, "Timeline");
        String timeline = navigator.locator("#timeline").textContent();
        assertThat(timeline).contains("First call").contains("accepted onto the programme").contains("Referred by a partner");
        check(navigator, browser);

        follow(navigator, "Triage");
        follow(navigator, "Dana Declined");
        navigator.getByLabel("Reason for declining, or where you signposted them")
                .fill("Works full time already; told about the NHS jobs site");
        submit(navigator, "Decline");
        assertThat(navigator.locator("#decided").textContent()).contains("Declined");
        check(navigator, browser);
        // Not a dead end: the confirmation leads back to the queue.
        navigator.locator("#decided").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Back to the triage queue")).click();
        assertThat(navigator.locator("h1").textContent()).isEqualTo("Referrals waiting for triage");
        check(navigator, browser);
        navigator.context().close();

        // The partner sees what became of their referrals, and why, on a phone.
        Page partner = signIn(demoEmail(Role.REFERRAL_PARTNER), DEMO_PASSWORD, 320);
        follow(partner, "Referrals");
        assertThat(partner.locator("#referrals").textContent()).contains("Dana Declined")
                .contains("Reason: Works full time already; told about the NHS jobs site");
        check(partner, browser);
        partner.locator("#referrals tr", new Page.LocatorOptions().setHasText("Dana Declined")).getByRole(AriaRole.LINK).click();
        assertThat(partner.locator("#decision").textContent()).isEqualTo("Works full time already; told about the NHS jobs site");
        check(partner, browser);
        partner.context().close();
    }
}
