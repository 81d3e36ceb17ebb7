package org.anchorage.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * A programme manager reaches each of a programme's support settings from its page, by links: the early-warning
 * rules, the safeguarding lead and deputies, and the wellbeing scale (choosing one and seeing it saved). Each page
 * passes axe and fits a 320 px phone.
 */
class ProgrammeSettingsJourney extends BrowserJourney {

    private void openThePilot(Page page) {
        followLink(page, "Programmes");
        fitsAPhone(page);
        followLink(page, "National pilot");
        fitsAPhone(page);
    }

    @Test
    void a_manager_opens_each_support_setting_of_a_programme_from_its_page_at_320_px() {
        Page page = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 320);
        openThePilot(page);
        followLink(page, "Early-warning rules");
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Early-warning rules");
        assertThat(page.locator("main").textContent()).contains("No contact").contains("Employment check stuck");

        followLink(page, "Back to the programme");
        followLink(page, "Safeguarding lead and deputies");
        fitsAPhone(page);
        assertThat(page.locator("#lead").first().textContent()).contains("Demo Programme manager");

        followLink(page, "Back to the programme");
        followLink(page, "Wellbeing scale");
        fitsAPhone(page);
        assertThat(page.locator("#current-scale").textContent()).contains("ONS4");
        page.getByLabel("ONS personal wellbeing", new Page.GetByLabelOptions().setExact(false)).first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the scale")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-notification-banner").textContent()).contains("Wellbeing check-ins now use ONS4");
        page.context().close();
    }
}
