package org.anchorage.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * A navigator's day on a small phone, by links only: the worklist, the caseload, a record's sections,
 * forms that list every error at once, details changed with their history, a stage corrected with a
 * reason. axe-core and no sideways scroll at 320 px on every page.
 */
class RecordJourney extends BrowserJourney {

    private void check(Page page) {
        fitsAPhone(page);
    }

    private void follow(Page page, String link) {
        followLink(page, link);
        check(page);
    }

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        check(page);
    }

    @Test
    void a_navigator_works_a_record_by_links_at_320_px() {
        Page page = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        check(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Worklist");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the caseload")).click();
        check(page);
        page.getByLabel("Name contains").fill("Casey");
        press(page, "Search");
        page.locator("#caseload").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Casey Sample")).click();
        check(page);
        assertThat(page.locator("#record-summary").textContent()).contains("Navigator").contains("Next action due");
        assertThat(page.locator("#stage-evidence").textContent()).contains("accepted onto the programme").contains("Not yet");

        follow(page, "Contacts and notes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book appointment")).click();
        check(page);
        String errors = page.locator(".nhsuk-error-summary").textContent();
        assertThat(errors).contains("Enter the date of the appointment").contains("Enter the time of the appointment")
                .contains("Say where the appointment is").contains("Say what the appointment is for");
        page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("Asked about evening shifts");
        press(page, "Add note");
        assertThat(page.locator("#contacts-so-far").textContent()).contains("Asked about evening shifts");

        follow(page, "Personal details");
        press(page, "Change personal details");
        page.getByLabel("Letter").check();
        page.getByLabel("Address line 1").fill("");
        page.getByLabel("Town or city").fill("");
        press(page, "Save details");
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter the first line of the address")
                .contains("Enter the town or city");
        page.getByLabel("Address line 1").fill("12 Riverside Walk");
        page.getByLabel("Town or city").fill("Grays");
        page.getByLabel("Large print").check();
        press(page, "Save details");
        assertThat(page.locator("#details").textContent()).contains("12 Riverside Walk").contains("Large print");
        assertThat(page.locator("#details-history").textContent()).contains("Way to be contacted changed to letter");

        follow(page, "Timeline");
        assertThat(page.locator("#timeline").textContent()).contains("Postal address changed").contains("Asked about evening shifts");
        follow(page, "Overview");
        follow(page, "Correct the stage or withdraw Casey Sample");
        press(page, "Change the stage");
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose the stage").contains("Give the reason");
        assertThat(page.locator("#not-available").textContent()).contains("Sustained in work needs evidence");
        page.context().close();
    }

    @Test
    void a_manager_sees_the_team_and_opens_a_navigators_worklist() {
        Page page = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 320);
        check(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("The team");
        String navigator = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow().displayName();
        page.locator("#team").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(navigator)).click();
        check(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Worklist of " + navigator);
        follow(page, "Back to the team");
        page.context().close();
    }
}
