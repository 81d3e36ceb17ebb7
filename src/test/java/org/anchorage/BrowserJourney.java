package org.anchorage;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A journey through the real pages: one Chromium per journey class, signing in through the real form. */
public abstract class BrowserJourney extends IntegrationTest {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    protected Page signIn(Role role) {
        return signIn(demoEmail(role), DEMO_PASSWORD, 0);
    }

    /** Signs in on a fresh page; a width above 0 sets the viewport (e.g. 320 for a small phone). */
    protected Page signIn(String email, String password, int width) {
        Page page = width > 0 ? browser.newPage(width, 800) : browser.newPage();
        page.navigate(baseUrl() + "/sign-in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }
}
