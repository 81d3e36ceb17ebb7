package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * A funder on a 320-pixel phone starts on their reports, opens the pilot's journey, reach and equality and
 * reads how small numbers are protected; a programme manager reaches the same reports from the menu, sees
 * exact counts, splits the journey by local authority and gets every bad date named. Links only; every page
 * passes axe and fits the phone.
 */
class ReportsJourney extends BrowserJourney {

    @Test
    void a_funder_reads_the_pilots_reports_under_disclosure_control_on_a_phone() {
        Page page = signIn(demoEmail(Role.FUNDER), DEMO_PASSWORD, 320);
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Reports");
        followLink(page, "National pilot");
        fitsAPhone(page);
        followLink(page, "The journey: from referral to staying in work");
        fitsAPhone(page);
        assertThat(page.locator("#report-rule").textContent()).contains("rounded");
        assertThat(page.locator("#funnel").textContent()).isEqualTo("People at each step");
        assertThat(page.locator("main").textContent()).contains("Referred").contains("Job started").contains("whole calendar months");
        String from = page.locator("[id='fromDay']").inputValue();
        assertThat(from).as("a funder's period starts on the first of a month").isEqualTo("1");

        // The CSV the page links to: the rule is stated in it.
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#download-csv").click());
        try {
            assertThat(java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8)).contains("rounded to the nearest 5");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        followLink(page, "How small numbers are protected");
        fitsAPhone(page);
        page.goBack();
        followLink(page, "Back to the programme's reports");
        followLink(page, "Who was reached");
        fitsAPhone(page);
        assertThat(page.locator("#reach-by-decile").isVisible()).isTrue();
        followLink(page, "Back to the programme's reports");
        followLink(page, "Equality of access");
        fitsAPhone(page);
        assertThat(page.locator("main").textContent()).contains("Not stated").contains("Not known");
        page.context().close();
    }

    @Test
    void a_manager_sees_exact_counts_splits_the_journey_and_bad_dates_are_named() {
        Page page = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 320);
        followLink(page, "Reports");
        fitsAPhone(page);
        followLink(page, "National pilot");
        assertThat(page.locator("main").textContent()).contains("You see exact counts");
        followLink(page, "The journey: from referral to staying in work");
        fitsAPhone(page);
        assertThat(page.locator("#report-rule").textContent()).startsWith("Exact counts");
        // The people behind the number referred: a list of names, each a link to the record.
        followLink(page, "Referred");
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Referred");
        assertThat(page.locator("#people a").count()).isPositive();
        followLink(page, "Back to the journey");
        page.locator("#groupBy").selectOption("local-authority");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
        fitsAPhone(page);
        assertThat(page.locator("#funnel-by-local-authority").textContent()).isEqualTo("People at each step, by local authority");

        fillDate(page, "from", LocalDate.of(2027, 5, 1));
        fillDate(page, "to", LocalDate.of(2027, 4, 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("The end of the period must be on or after its start");
        page.locator("[id='fromDay']").fill("31");
        page.locator("[id='fromMonth']").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the figures")).click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("The start of the period must be a real date");
        page.context().close();
    }
}
