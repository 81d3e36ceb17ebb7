package org.anchorage.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/** A partner checks one resident and screens a list, in real Chromium, with axe on every page. */
class EligibilityJourney extends BrowserJourney {

    @Test
    void a_partner_checks_a_tilbury_resident_and_sees_why_they_are_eligible() {
        Page page = signIn(Role.REFERRAL_PARTNER);
        page.navigate(baseUrl() + "/eligibility");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check one person for National pilot")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check eligibility")).click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a postcode").contains("Enter a date of birth");
        browser.assertAccessible(page);

        page.getByLabel("Home postcode").fill("rm18 7ag");
        page.getByLabel("Day").fill("14");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("1998");
        page.getByLabel("Unemployed and looking for work").check();
        page.getByLabel("Yes").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check eligibility")).click();
        assertThat(page.locator("#decision").textContent()).isEqualTo("Eligible");
        assertThat(page.locator("#reasons").textContent()).contains("Tilbury").contains("decile 1");
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Postcode look-up")).click();
        page.getByLabel("Postcode").fill("ss8 9la");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look up")).click();
        assertThat(page.locator("#area").textContent()).contains("Castle Point 010E").contains("Castle Point");
        assertThat(page.locator("#imd2025-decile").textContent()).startsWith("1 (rank");
        browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void a_programme_manager_screens_a_list_follows_progress_and_downloads_every_row() throws Exception {
        Path csv = Files.createTempFile("residents", ".csv");
        Files.writeString(csv, "reference,postcode,date_of_birth\nC1,SS8 9LA,1990-01-01\nC2,CM2 8HD,1990-01-01\nC3,nonsense,1990-01-01\n");
        Page page = signIn(Role.PROGRAMME_MANAGER);
        page.navigate(baseUrl() + resolve("/programmes/{national-pilot}/screenings"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and screen")).click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose a CSV file to upload");
        browser.assertAccessible(page);

        page.getByLabel("CSV file").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and screen")).click();
        page.waitForCondition(() -> {
            if (!page.locator("h1").textContent().contains("finished")) {
                page.reload();
                return false;
            }
            return true;
        }, new Page.WaitForConditionOptions().setTimeout(20_000));
        assertThat(page.locator("#eligible-rows").textContent()).isEqualTo("1");
        browser.assertAccessible(page);

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the results (CSV)")).click());
        String result = Files.readString(download.path());
        assertThat(result.lines()).hasSize(4);
        assertThat(result).contains("C3,nonsense,1990-01-01,,,,,,row 3: postcode 'nonsense' is not a UK postcode");
        page.context().close();
    }
}
