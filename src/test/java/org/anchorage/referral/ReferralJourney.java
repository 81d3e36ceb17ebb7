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
 * A resident refers themself on a 320-pixel phone using only the keyboard; a partner refers the same
 * person through the API; a navigator spots the duplicate, merges it, accepts, and reads the timeline.
 * axe-core runs on every page.
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

    @Test
    void a_resident_refers_themself_a_partner_refers_them_again_and_a_navigator_merges_and_accepts() throws Exception {
        Page page = browser.newPage(320, 640);
        page.navigate(baseUrl() + "/self-referral");
        browser.assertAccessible(page);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
        tabTo(page, "button.nhsuk-button");
        enter(page);
        browser.assertAccessible(page);

        if (page.url().endsWith("/programme")) {
            tabTo(page, "input[name=programmeId]");
            page.keyboard().press("Space");
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
        type(page, "#phone", "07700 900555");
        pressContinue(page, browser);
        tabTo(page, "#interest-0");
        page.keyboard().press("Space");
        pressContinue(page, browser);
        tabTo(page, "#consent");
        page.keyboard().press("Space");
        pressContinue(page, browser);
        assertThat(page.locator("h1").textContent()).isEqualTo("Check your answers");
        assertThat(page.locator(".nhsuk-summary-list").textContent()).contains("Quinn Keyboard").contains("12 June 2004");
        tabTo(page, "button.nhsuk-button");
        enter(page);
        String reference = page.locator("#reference").textContent();
        assertThat(reference).startsWith("ANC-");
        browser.assertAccessible(page);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
        page.context().close();

        // The easy-read start page is accessible too.
        Page easy = browser.newPage(320, 640);
        easy.navigate(baseUrl() + "/self-referral?easy-read=yes");
        assertThat(easy.locator("main").textContent()).contains("It is free.");
        browser.assertAccessible(easy);
        easy.context().close();

        // A partner refers the same person by API, with a typo in the name.
        HttpClient http = HttpClient.newHttpClient();
        String token = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + demoEmail(Role.REFERRAL_PARTNER) + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referrals"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"programmeId\":\"" + resolve("{national-pilot}") + "\",\"givenName\":\"Quin\","
                        + "\"familyName\":\"Keyboard\",\"dateOfBirth\":\"2004-06-12\",\"postcode\":\"RM18 7AG\",\"phone\":\"07700900555\","
                        + "\"consent\":{\"privacyNoticeVersion\":\"2026-11\",\"given\":true},\"source\":\"Fire and police youth team\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        // The navigator triages both.
        Page navigator = signIn(Role.NAVIGATOR);
        navigator.navigate(baseUrl() + "/triage");
        browser.assertAccessible(navigator);
        navigator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quin Keyboard")).click();
        assertThat(navigator.locator("#duplicates").textContent()).contains("Quinn Keyboard").contains("same phone");
        browser.assertAccessible(navigator);
        navigator.locator("#duplicates button").first().click();
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("Merged");

        navigator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quinn Keyboard")).click();
        assertThat(navigator.locator("#history").textContent()).contains("Referred themself").contains("was the same person");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and allocate")).click();
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("now a participant");

        navigator.navigate(baseUrl() + "/caseload");
        browser.assertAccessible(navigator);
        navigator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quinn Keyboard")).click();
        navigator.getByLabel("What was discussed").fill("First call: interested in healthcare support work");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact")).click();
        String timeline = navigator.locator("#timeline").textContent();
        assertThat(timeline).contains("First call").contains("accepted onto the programme").contains("Referred by a partner");
        browser.assertAccessible(navigator);
        navigator.context().close();
    }
}
