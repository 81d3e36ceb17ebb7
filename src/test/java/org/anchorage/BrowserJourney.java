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

    /** The innermost elements reaching past the right edge of the screen, to say what to fix. */
    private static final String TOO_WIDE = """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5))
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 60) + '"').join(' | ')
              || [...document.querySelectorAll('body *')]
              .filter(e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
              .slice(-5).map(e => 'overflowing ' + e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 60) + '"').join(' | ')
            """;

    /** axe-core finds nothing, and nothing is wider than a 320-pixel phone (the page's own width is not checked). */
    protected void fitsAPhone(Page page) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        // The header's script tucks menu items under "More" once it has measured them; on a loaded machine that
        // can come after the load event, so it is given up to 2 s. A page still too wide then fails below.
        try {
            page.waitForFunction("document.documentElement.scrollWidth <= 320", null,
                    new Page.WaitForFunctionOptions().setTimeout(2000));
        } catch (com.microsoft.playwright.TimeoutError tooWide) {
            // measured below, with the page's address in the message
        }
        browser.assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(() -> "no sideways scroll on " + page.url() + "; too wide: " + page.evaluate(TOO_WIDE))
                .isLessThanOrEqualTo(320);
    }

    /**
     * For a page opened at desktop width: passes axe there and at 320 px, and does not scroll sideways at 320 px,
     * then goes back to 1280. The header's script moves menu items under "More" on a debounced resize event, so
     * it is given up to 2 s to run (a machine under load is slow) before measuring; a page too wide still fails.
     */
    protected void fitsA320PixelPhoneAfterResizing(Page page) {
        browser.assertAccessible(page);
        page.setViewportSize(320, 800);
        try {
            page.waitForFunction("document.documentElement.scrollWidth <= 320", null,
                    new Page.WaitForFunctionOptions().setTimeout(2000));
        } catch (com.microsoft.playwright.TimeoutError tooWide) {
            // measured below, with the page's address in the message
        }
        browser.assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(() -> "no sideways scroll on " + page.url() + "; too wide: " + page.evaluate(TOO_WIDE)).isLessThanOrEqualTo(320);
        page.setViewportSize(1280, 800);
    }

    /** Follows the visible link of this exact name, opening the header's "More" list if it is tucked in there. */
    protected static void followLink(Page page, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        com.microsoft.playwright.Locator matches = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
        if (visibleOne(matches) == null && page.locator("#toggle-menu").isVisible()) {
            page.locator("#toggle-menu").click();
        }
        com.microsoft.playwright.Locator target = visibleOne(matches);
        (target == null ? matches.first() : target).click();
    }

    private static com.microsoft.playwright.Locator visibleOne(com.microsoft.playwright.Locator matches) {
        for (int i = 0; i < matches.count(); i++) {
            if (matches.nth(i).isVisible()) {
                return matches.nth(i);
            }
        }
        return null;
    }

    /** Types a date into the NHS.UK date input named {@code field} (its Day, Month and Year boxes). */
    protected static void fillDate(Page page, String field, java.time.LocalDate date) {
        page.locator("[id='" + field + "Day']").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("[id='" + field + "Month']").fill(String.valueOf(date.getMonthValue()));
        page.locator("[id='" + field + "Year']").fill(String.valueOf(date.getYear()));
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
