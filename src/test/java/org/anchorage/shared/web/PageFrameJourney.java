package org.anchorage.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * The frame around every page: the NHS logo is drawn, the administrator's header (the longest menu)
 * passes axe at 320 px without sideways scroll, and going Back to a page that answered a form with
 * errors shows that page again rather than the browser's "confirm form resubmission" error.
 */
class PageFrameJourney extends BrowserJourney {

    private static void noSidewaysScroll(Page page) {
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scroll on " + page.url()).isTrue();
    }

    /** Follows a link of the header's menu, opening its "More" list first when the link is in there. */
    private static void followMenuLink(Page page, String href) {
        // The header's script sorts links into "More" once the page has loaded.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        var more = page.locator("#toggle-menu");
        var visible = page.locator(".nhsuk-header__navigation a[href='" + href + "']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true));
        if (visible.count() == 0 && more.isVisible() && "false".equals(more.getAttribute("aria-expanded"))) {
            more.click();
            browser.assertAccessible(page);
            headerTargetsBigEnough(page);
        }
        visible.first().click();
    }

    /** axe's target-size rule (off by default in axe 4.14) on the header alone: 24 px targets, or spaced. */
    @SuppressWarnings("unchecked")
    private static void headerTargetsBigEnough(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        java.util.List<String> small = (java.util.List<String>) page.evaluate("""
                async () => {
                  const r = await axe.run('header', {runOnly: {type: 'rule', values: ['target-size']}});
                  return r.violations.flatMap(v => v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary));
                }""");
        assertThat(small).as("header targets smaller than 24 px on " + page.url()).isEmpty();
    }

    private static final String AXE = readAxe();

    private static String readAxe() {
        try (var in = PageFrameJourney.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_logo_is_drawn_and_the_administrators_header_passes_axe_at_320_px() {
        Page page = signIn(demoEmail(Role.ADMINISTRATOR), DEMO_PASSWORD, 320);
        page.waitForURL(url -> !url.contains("/sign-in"));
        var logo = page.locator("header svg.nhsuk-header__logo path");
        assertThat(logo.getAttribute("d")).as("the NHS logo's outline").isNotBlank();
        var box = page.locator("header svg.nhsuk-header__logo").boundingBox();
        assertThat(box.width).isGreaterThan(20);
        browser.assertAccessible(page);
        headerTargetsBigEnough(page);
        noSidewaysScroll(page);
        // Every page of the menu, reached through the menu (its "More" list at this width), passes too.
        @SuppressWarnings("unchecked")
        java.util.List<String> links = ((java.util.List<String>) page.locator(".nhsuk-header__navigation-list .nhsuk-header__navigation-item a")
                .evaluateAll("links => links.map(a => a.getAttribute('href'))")).stream().distinct().toList();
        assertThat(links).contains("/users", "/account");
        for (String href : links) {
            followMenuLink(page, href);
            browser.assertAccessible(page);
            headerTargetsBigEnough(page);
            noSidewaysScroll(page);
        }
    }

    @Test
    void back_after_a_form_with_errors_shows_the_page_again() {
        Page page = signIn(Role.NAVIGATOR);
        page.waitForURL(url -> !url.contains("/sign-in"));
        followMenuLink(page, "/account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your password")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("There is a problem");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacy notice")).click();
        assertThat(page.url()).endsWith("/privacy");

        var back = page.goBack();
        assertThat(back).as("the page came back").isNotNull();
        assertThat(page.url()).endsWith("/account/password");
        assertThat(page.locator("h1").textContent()).isEqualTo("Change your password");
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("There is a problem");
        browser.assertAccessible(page);
    }
}
