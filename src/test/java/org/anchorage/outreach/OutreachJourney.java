package org.anchorage.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * A navigator on a 320-pixel phone opens Outreach from the menu, records a stall in Tilbury with a partner, first
 * with nothing filled in (every problem listed at once) and then properly, and sees it in the log. By links only;
 * every page passes axe and fits the phone.
 */
class OutreachJourney extends BrowserJourney {

    @Test
    void a_navigator_records_outreach_in_a_target_place_on_a_phone() {
        Page page = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        followLink(page, "Outreach");
        fitsAPhone(page);
        followLink(page, "outreach log for National pilot");
        fitsAPhone(page);
        page.locator("#peopleSpokenTo").fill("lots");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outreach")).click();
        fitsAPhone(page);
        String summary = page.locator(".nhsuk-error-summary").textContent();
        assertThat(summary).contains("Enter the date of the outreach", "Enter where the outreach was", "as a whole number like 12");

        fillDate(page, "held", java.time.LocalDate.now().minusDays(1));
        page.locator("#place").fill("Tilbury library");
        page.getByLabel("Tilbury", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#partner").fill("Thurrock community hub");
        page.locator("#peopleSpokenTo").fill("14");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outreach")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-notification-banner--success").textContent()).contains("Outreach recorded: Tilbury library");
        assertThat(page.locator("#outreach-done").textContent()).contains("Tilbury library", "(Tilbury, with Thurrock community hub), 14 people spoken to");
        page.context().close();
    }
}
