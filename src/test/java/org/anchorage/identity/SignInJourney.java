package org.anchorage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.junit.jupiter.api.Test;

/** Real headless Chromium through the real pages: signing in as every role, and an administrator's first tasks. */
class SignInJourney extends BrowserJourney {

    @Test
    void every_role_signs_in_and_every_page_it_may_use_passes_axe() {
        Page anonymous = browser.newPage();
        for (String path : new String[] {"/", "/sign-in", "/privacy", "/accessibility", "/about-the-data", "/no-such-page"}) {
            anonymous.navigate(baseUrl() + path);
            browser.assertAccessible(anonymous);
        }
        for (Role role : Role.values()) {
            Page page = signIn(role);
            assertThat(page.locator(".nhsuk-header__account-text").textContent()).contains(demoEmail(role));
            for (RoleRouteIT.Route route : RoleRouteIT.ROUTES) {
                if (route.allowed().contains(role)) {
                    var response = page.navigate(baseUrl() + resolve(route.path()));
                    assertThat(response.status()).as(role + " " + route.path()).isEqualTo(200);
                    browser.assertAccessible(page);
                }
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.url()).endsWith("/sign-in?signedOut");
            page.context().close();
        }
    }

    @Test
    void a_wrong_password_shows_the_error_summary() {
        Page page = signIn(demoEmail(Role.TRAINER), "not the password", 0);
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a correct email address and password");
        browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void an_administrator_adds_an_organisation_and_a_user_and_sees_the_audit_entry() {
        Page page = signIn(ADMIN_EMAIL, ADMIN_PASSWORD, 0);
        page.navigate(baseUrl() + "/organisations/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save organisation")).click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter the organisation's name");
        browser.assertAccessible(page);

        page.getByLabel("Name").fill("Lighthouse Jobcentre (journey)");
        page.getByLabel("Kind of organisation").selectOption("referral-partner");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save organisation")).click();
        assertThat(page.locator(".nhsuk-notification-banner").textContent()).contains("Added Lighthouse Jobcentre (journey)");

        page.navigate(baseUrl() + "/users/new");
        page.getByLabel("Email address").fill("work.coach@lighthouse.test");
        page.getByLabel("Full name").fill("Wren Coach");
        page.getByLabel("Role").selectOption("referral-partner");
        page.getByLabel("Organisation").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Lighthouse Jobcentre (journey)"));
        page.getByLabel("First password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Password must be between 12 and 128 characters");
        browser.assertAccessible(page);
        page.getByLabel("First password").fill("a-good-long-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Wren Coach");
        browser.assertAccessible(page);

        page.navigate(baseUrl() + "/audit?action=CREATE&recordType=user");
        assertThat(page.locator("#audit-entries").textContent()).contains("created referral-partner account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the chain is intact")).click();
        assertThat(page.locator("#verification-result").textContent()).contains("The chain is intact");
        browser.assertAccessible(page);
        page.context().close();
    }
}
