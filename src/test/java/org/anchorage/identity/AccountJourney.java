package org.anchorage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.anchorage.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, following links only: an administrator resets a user's password, the user sets a new
 * one from the link, signs in, changes it from Your account, and signs out everywhere. Every page
 * passes axe and does not scroll sideways at 320 pixels.
 */
class AccountJourney extends BrowserJourney {

    @Autowired
    Organisations organisations;

    private void fitsA320PixelPhone(Page page) {
        fitsA320PixelPhoneAfterResizing(page);
    }

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private void follow(Page page, String link) {
        var target = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).first();
        if (!target.isVisible() && page.locator("#toggle-menu").isVisible()) {
            // The header moves menu items that do not fit under "More".
            page.locator("#toggle-menu").click();
        }
        target.click();
    }

    @Test
    void an_administrator_resets_a_password_and_the_user_sets_and_then_changes_it() {
        var home = organisations.findByName("Willow Lodge Care Home (demo)").orElseThrow();
        users.create(new NewUser("journey.reset@willow.test", "Jules Journey", Role.EMPLOYER, home.id(), "forgotten long password"));

        Page admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1280);
        follow(admin, "Users");
        follow(admin, "Jules Journey");
        press(admin, "Reset password");
        String link = admin.locator("#reset-link code").textContent().strip();
        assertThat(link).contains("/reset-password?token=");
        assertThat(admin.locator("#reset-link").textContent()).contains("shown only this once").contains("notification step");
        fitsA320PixelPhone(admin);
        admin.context().close();

        Page jules = browser.newPage(1280, 800);
        // The link reaches Jules by email or in person: opening it is the first page Jules sees.
        jules.navigate(link);
        jules.getByLabel("New password").fill("password1234");
        press(jules, "Set new password");
        assertThat(jules.locator(".nhsuk-error-summary").textContent()).contains("most common passwords");
        fitsA320PixelPhone(jules);
        jules.getByLabel("New password").fill("quiet harbour morning tide");
        press(jules, "Set new password");
        assertThat(jules.url()).endsWith("/sign-in?passwordReset");
        assertThat(jules.locator(".nhsuk-inset-text").textContent()).contains("Your new password is set");
        jules.context().close();

        Page signedIn = signIn("journey.reset@willow.test", "quiet harbour morning tide", 1280);
        follow(signedIn, "Your account");
        assertThat(signedIn.locator("h1").textContent()).isEqualTo("Your account");
        fitsA320PixelPhone(signedIn);
        follow(signedIn, "Change your password");
        signedIn.getByLabel("Current password").fill("not the password");
        signedIn.getByLabel("New password").fill("Jules Journey 2026");
        press(signedIn, "Change password");
        assertThat(signedIn.locator(".nhsuk-error-summary").textContent())
                .contains("Your current password is not right").contains("name or email address");
        fitsA320PixelPhone(signedIn);
        signedIn.getByLabel("Current password").fill("quiet harbour morning tide");
        signedIn.getByLabel("New password").fill("lantern over the quay");
        press(signedIn, "Change password");
        assertThat(signedIn.locator(".nhsuk-notification-banner").textContent()).contains("Your password has been changed");
        press(signedIn, "Sign out everywhere");
        assertThat(signedIn.url()).endsWith("/sign-in?signedOutEverywhere");
        signedIn.context().close();

        Page again = signIn("journey.reset@willow.test", "lantern over the quay", 1280);
        assertThat(again.locator(".nhsuk-header__account-text").textContent()).contains("journey.reset@willow.test");
        again.context().close();
    }
}
