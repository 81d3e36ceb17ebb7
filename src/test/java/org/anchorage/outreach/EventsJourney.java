package org.anchorage.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * A navigator publishes a job fair from the Outreach menu (a first try with nothing filled in lists every problem); a
 * resident on a 320-pixel phone, keyboard only, starts at the home page, checks their postcode, goes back, finds the
 * fair under "Events coming up", signs up (a first try with nothing filled in lists every problem) and is offered the
 * way to refer themself; on the day the navigator ticks who came and refers them, with source "event". By links
 * only; every page passes axe and fits the phone.
 */
class EventsJourney extends BrowserJourney {

    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector)) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + selector + " with the Tab key on " + page.url());
    }

    /** Tabs to the link or button and presses Enter, waiting for the page it leads to. */
    @SuppressWarnings("deprecation")
    private static void press(Page page, String selector) {
        tabTo(page, selector);
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    private static void type(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    private void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
        fitsAPhone(page);
    }

    @Test
    void a_resident_signs_up_to_a_fair_found_from_the_home_page_and_staff_refer_them_after_it() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        String title = "Tilbury jobs fair " + UUID.randomUUID().toString().substring(0, 5);

        // The navigator publishes it.
        Page staff = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        followLink(staff, "Outreach");
        followLink(staff, "events of National pilot");
        fitsAPhone(staff);
        followLink(staff, "Publish an event");
        fitsAPhone(staff);
        button(staff, "Publish the event");
        assertThat(staff.locator(".nhsuk-error-summary").textContent()).contains("Choose what kind of event it is", "Enter the event's name",
                "Enter where it is", "Enter the address", "Enter the postcode of the place", "Enter the date of the event",
                "Enter the time it starts", "Enter the time it ends", "Enter how many places there are");
        staff.getByLabel("Job fair", new Page.GetByLabelOptions().setExact(true)).check();
        staff.locator("#title").fill(title);
        staff.locator("#description").fill("Meet local NHS employers. Ask about jobs. It is free.");
        staff.locator("#placeName").fill("Tilbury library");
        staff.locator("#address").fill("Civic Square, Tilbury");
        staff.locator("#postcode").fill("RM18 8AD");
        fillDate(staff, "on", tomorrow);
        staff.locator("#starts").fill("10am");
        staff.locator("#ends").fill("2pm");
        staff.locator("#capacity").fill("30");
        staff.locator("#accessInfo").fill("Step-free. Hearing loop. A quiet room.");
        staff.getByLabel("Tilbury", new Page.GetByLabelOptions().setExact(true)).check();
        button(staff, "Publish the event");
        assertThat(staff.locator(".nhsuk-notification-banner--success").textContent()).contains("Event published: " + title);
        assertThat(staff.locator("#no-sign-ups").textContent()).contains("Nobody has signed up yet");

        // The resident, keyboard only, from the home page.
        Page resident = browser.newPage(320, 800);
        resident.navigate(baseUrl() + "/");
        fitsAPhone(resident);
        press(resident, "#can-i-join");
        fitsAPhone(resident);
        type(resident, "#postcode", "rm18 7ag");
        press(resident, "form button.nhsuk-button");
        fitsAPhone(resident);
        assertThat(resident.locator("#answer-yes").textContent()).contains("Yes");
        press(resident, "a.nhsuk-back-link");
        String eventLink = "#events-coming-up a[href$='" + staff.url().replaceAll(".*/events/([^/]+)/manage.*", "$1") + "']";
        press(resident, eventLink);
        fitsAPhone(resident);
        assertThat(resident.locator("h1").textContent()).isEqualTo(title);
        assertThat(resident.locator("#access-info").textContent()).contains("Hearing loop");
        press(resident, "#sign-up");
        fitsAPhone(resident);
        press(resident, "form button.nhsuk-button");
        fitsAPhone(resident);
        assertThat(resident.locator(".nhsuk-error-summary").textContent()).contains("Enter your first name", "Enter your last name",
                "Enter an email address or a phone number");
        type(resident, "#givenName", "Grace");
        type(resident, "#familyName", "Fairgoer");
        type(resident, "#email", "grace.fairgoer@example.com");
        press(resident, "form button.nhsuk-button");
        fitsAPhone(resident);
        assertThat(resident.locator("#signed-up").textContent()).contains("You have a place", title);
        press(resident, "#refer-yourself");
        fitsAPhone(resident);
        assertThat(resident.url()).endsWith("/self-referral");

        // On the day, the navigator ticks who came and refers them.
        clock.fixAt(tomorrow.atTime(13, 0).atZone(ZoneId.of("Europe/London")));
        staff.reload();
        fitsAPhone(staff);
        staff.getByLabel("Grace Fairgoer").check();
        button(staff, "Save attendance");
        assertThat(staff.locator(".nhsuk-notification-banner--success").textContent()).contains("Attendance saved: 1 came");
        followLink(staff, "Refer Grace Fairgoer to the programme");
        fitsAPhone(staff);
        assertThat(staff.locator("#email").inputValue()).isEqualTo("grace.fairgoer@example.com");
        button(staff, "Refer them");
        assertThat(staff.locator(".nhsuk-error-summary").textContent()).contains("Enter their date of birth", "Enter their home postcode",
                "Confirm they have read or heard the privacy notice");
        fillDate(staff, "dateOfBirth", LocalDate.of(1992, 6, 1));
        staff.locator("#postcode").fill("RM18 7AG");
        staff.locator("#consentGiven").check();
        button(staff, "Refer them");
        assertThat(staff.locator(".nhsuk-notification-banner--success").textContent()).contains("Grace Fairgoer is referred: ANC-");
        assertThat(staff.locator("#came").textContent()).contains("referred, ANC-");
        assertThat(jdbc.sql("SELECT source FROM referral_referral WHERE family_name = 'Fairgoer' AND source_detail = :t").param("t", title)
                .query(String.class).single()).isEqualTo("event");
    }
}
