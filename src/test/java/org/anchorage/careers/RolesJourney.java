package org.anchorage.careers;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * On a 320-pixel phone: a resident goes from the home page to the jobs they could do, opens one, reads its easy-read
 * version and comes back; a programme manager signs in, opens Job roles from the menu, adds a role, first with a text
 * too hard to read (refused with its grade), then plainly, and publishes it. By links only; every page passes axe and
 * fits the phone.
 */
class RolesJourney extends BrowserJourney {

    @Test
    void a_resident_reads_about_a_job_and_its_easy_read_version_from_the_home_page() {
        Page page = browser.newPage(320, 800);
        page.navigate(baseUrl() + "/");
        fitsAPhone(page);
        assertThat(page.locator("#jobs-you-could-do").textContent()).contains("Jobs you could do", "Healthcare support worker");
        page.locator("#all-roles").click();
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Jobs you could do");
        followLink(page, "Porter");
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Porter");
        assertThat(page.locator("#pay").textContent()).contains("Band 2: £");
        followLink(page, "Easy read version");
        fitsAPhone(page);
        assertThat(page.locator("#the-job").textContent()).contains("You move patients around the hospital.");
        assertThat(page.locator(".anchorage-easy-read__point svg[aria-hidden=true]").count()).isGreaterThanOrEqualTo(4);
        followLink(page, "Standard version");
        fitsAPhone(page);
        assertThat(page.url()).endsWith("/roles/porter");
        followLink(page, "Back to jobs you could do");
        followLink(page, "Back to the home page");
        followLink(page, "Easy read version");
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Get a job in the NHS");
        followLink(page, "Check if you can join");
        fitsAPhone(page);
        page.getByLabel("Your postcode").fill("RM18 7AG");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my postcode")).click();
        fitsAPhone(page);
        assertThat(page.locator("#answer-yes").textContent()).contains("Yes, you can ask to join");
        page.context().close();
    }

    @Test
    void a_programme_manager_adds_a_role_refused_while_it_is_too_hard_to_read_then_publishes_it() {
        Page page = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 320);
        followLink(page, "Job roles");
        fitsAPhone(page);
        followLink(page, "Add a role");
        fitsAPhone(page);
        String title = "Ward clerk " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#title").fill(title);
        page.getByLabel("Administration", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#whatItIs").fill("Administrative responsibilities necessitate considerable organisational capability.");
        page.locator("#dayInJob").fill("You book patients in. You answer the phone. You keep notes safe.");
        page.locator("#training").fill("You do not need a degree. We show you how to use the computer.");
        page.locator("#order").fill("99");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the role")).click();
        fitsAPhone(page);
        String summary = page.locator(".nhsuk-error-summary").textContent();
        assertThat(summary).contains("What the job is reads at grade", "shorter sentences and shorter words", "Enter the route through the programme",
                "Enter the easy-read text");

        page.locator("#whatItIs").fill("You help the ward team. You book patients in and keep notes safe.");
        page.locator("#route").fill("A person from our team meets you first. You make a plan together.");
        page.locator("#easyRead").fill("You work on a ward.\nYou use a computer.");
        page.getByLabel("Yes, residents can see it").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the role")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-notification-banner--success").textContent()).contains("Role added: " + title);
        followLink(page, "See it as residents do");
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        assertThat(page.locator("#pay").textContent()).contains("Band 2");
        page.context().close();
    }
}
