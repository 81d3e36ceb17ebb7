package org.anchorage.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * On a 320-pixel phone, by links only, every page passing axe and fitting the phone: a resident goes from the home page
 * to the jobs and placements open now, searches by role family and postcode (first mistyping it), opens one and follows
 * "Apply through the programme"; an employer signs in, opens Vacancies and posts one, first with a past closing date and
 * an http:// link (both named at once), then properly, and finds it on the public pages.
 */
class OpportunitiesJourney extends BrowserJourney {

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    @Test
    void a_resident_finds_a_job_near_them_from_the_home_page_and_goes_on_to_apply_through_the_programme() {
        Page page = browser.newPage(320, 800);
        page.navigate(baseUrl() + "/");
        fitsAPhone(page);
        assertThat(page.locator("#open-now").textContent()).contains("Jobs and placements open now");
        followLink(page, "See all jobs and placements open now");
        fitsAPhone(page);
        assertThat(page.locator("link[rel=alternate][type='application/atom+xml']").getAttribute("href")).isEqualTo("/opportunities.atom");

        page.locator("#roleFamily").selectOption("nursing-support");
        page.getByLabel("Your postcode (optional)").fill("not a postcode");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a real postcode, like SS0 0RY");

        page.getByLabel("Your postcode (optional)").fill("RM18 7AG");
        page.locator("#within").selectOption("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        fitsAPhone(page);
        assertThat(page.locator("#results-heading").textContent()).contains("within 10 miles of RM18 7AG, nearest first");
        assertThat(page.locator("#opportunities").textContent()).contains("Care assistant", "miles away").doesNotContain("Ward clerk");

        followLink(page, "Care assistant");
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Care assistant");
        assertThat(page.locator("#facts").textContent()).contains("Willow Lodge Care Home (demo)", "£12.71 an hour, plus weekend enhancements",
                "Bank (as and when needed)");
        assertThat(page.locator("#job-posting").textContent()).contains("\"@type\":\"JobPosting\"");
        followLink(page, "Apply through the programme");
        fitsAPhone(page);
        assertThat(page.url()).contains("/self-referral");
        page.context().close();
    }

    @Test
    void an_employer_posts_a_vacancy_after_a_past_closing_date_and_an_http_link_are_both_named() {
        Page page = signIn(demoEmail(Role.EMPLOYER), DEMO_PASSWORD, 320);
        followLink(page, "Vacancies");
        fitsAPhone(page);
        followLink(page, "Post a vacancy");
        fitsAPhone(page);
        String title = "Activities coordinator " + java.util.UUID.randomUUID().toString().substring(0, 6);
        page.locator("#postedFor").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Willow Lodge Care Home (demo), through National pilot"));
        page.getByLabel("Job title").fill(title);
        page.locator("#roleFamily").selectOption("facilities");
        page.locator("#afcBand").selectOption("not-afc");
        page.getByLabel("Pay in pounds").fill("12.90");
        page.getByLabel("An hour", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Hours a week").fill("30");
        page.getByLabel("Permanent", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Workplace postcode").fill("RM17 6PU");
        fillDate(page, "closes", today().minusDays(1));
        page.getByLabel("By a link to the employer").check();
        page.getByLabel("Link to apply (if by a link)").fill("http://careers.example.org/activities");
        page.getByLabel("Short description").fill("Planning days out, music and games with our residents.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the vacancy")).click();
        fitsAPhone(page);
        String summary = page.locator(".nhsuk-error-summary").textContent();
        assertThat(summary).contains("The closing date must be today or later", "The apply link must start with https://");
        assertThat(page.locator(".nhsuk-error-summary__list li").count()).isEqualTo(2);

        fillDate(page, "closes", today().plusDays(14));
        page.getByLabel("Link to apply (if by a link)").fill("https://careers.example.org/activities");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the vacancy")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-notification-banner--success").textContent()).contains("Vacancy posted: " + title);
        assertThat(page.locator("#vacancies").textContent()).contains(title);

        followLink(page, "jobs and placements");
        fitsAPhone(page);
        followLink(page, title);
        fitsAPhone(page);
        assertThat(page.locator("#apply").getAttribute("href")).isEqualTo("https://careers.example.org/activities");
        assertThat(page.locator("#apply").getAttribute("rel")).isEqualTo("noopener");
        page.context().close();
    }
}
