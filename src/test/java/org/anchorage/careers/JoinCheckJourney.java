package org.anchorage.careers;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.anchorage.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * A resident on a 320-pixel phone, not signed in, goes from the home page to "Can I join?", first mistypes
 * their postcode, then checks it, hears yes and follows "Refer yourself" to the self-referral: by links only,
 * every page passing axe and fitting the phone.
 */
class JoinCheckJourney extends BrowserJourney {

    @Test
    void a_resident_checks_their_postcode_from_the_home_page_and_goes_on_to_refer_themself() {
        Page page = browser.newPage(320, 800);
        // Nothing fetched from elsewhere (the NHS fonts were, and the CSP refused them), and nothing in the console.
        java.util.List<String> foreign = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (!r.url().startsWith(baseUrl()) && !r.url().startsWith("data:")) {
                foreign.add(r.url());
            }
        });
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.navigate(baseUrl() + "/");
        fitsAPhone(page);
        assertThat(foreign).as("requests to other hosts").isEmpty();
        assertThat(errors).as("console errors").isEmpty();
        followLink(page, "Can I join? Check your postcode");
        fitsAPhone(page);
        page.getByLabel("Your postcode").fill("not a postcode");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my postcode")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a real postcode");
        page.getByLabel("Your postcode").fill("RM18 7AG");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my postcode")).click();
        fitsAPhone(page);
        assertThat(page.locator("#answer-yes").textContent()).contains("Yes, you can ask to join").contains("National pilot");
        page.locator("#answer-yes").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Refer yourself")).click();
        fitsAPhone(page);
        assertThat(page.url()).contains("/self-referral");
        page.context().close();
    }

    @Test
    void the_home_page_and_the_stylesheet_travel_compressed() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : java.util.List.of("/", "/nhsuk/nhsuk-frontend.min.css")) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                    .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes();
            assertThat(response.body().length).as(path + ": compressed to under half").isLessThan(plain.length / 2);
        }
    }
}
