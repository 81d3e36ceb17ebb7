package org.anchorage.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Light and fast public pages for residents on small data plans: assets are fingerprinted and kept a year, pages
 * are never stored, and a first visit and a second page stay within their byte budgets in a real browser.
 */
class LightPagesJourney extends BrowserJourney {

    private static final long FIRST_VISIT_BUDGET = 100 * 1024;
    private static final long SECOND_PAGE_BUDGET = 15 * 1024;
    private static final Pattern FINGERPRINTED_STYLESHEET =
            Pattern.compile("href=\"(/nhsuk/nhsuk-frontend\\.min-[0-9a-f]{32}\\.css)\"");
    private static final Pattern FINGERPRINTED_FRONTEND =
            Pattern.compile("data-nhsuk-frontend=\"(/nhsuk/nhsuk-frontend\\.min-[0-9a-f]{32}\\.js)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cacheControl(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    @Test
    void the_home_page_links_fingerprinted_assets_that_are_kept_for_a_year() throws Exception {
        HttpResponse<String> home = get("/");
        for (Pattern asset : List.of(FINGERPRINTED_STYLESHEET, FINGERPRINTED_FRONTEND)) {
            Matcher link = asset.matcher(home.body());
            assertThat(link.find()).as("the home page links " + asset).isTrue();
            HttpResponse<String> served = get(link.group(1));
            assertThat(served.statusCode()).as(link.group(1)).isEqualTo(200);
            assertThat(cacheControl(served)).as(link.group(1))
                    .contains("max-age=31536000").contains("public").contains("immutable");
        }
    }

    @Test
    void an_asset_asked_for_by_its_plain_name_is_still_served_but_not_kept_for_a_year() throws Exception {
        HttpResponse<String> plain = get("/nhsuk/nhsuk-frontend.min.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains(".nhsuk-header");
        assertThat(cacheControl(plain)).doesNotContain("immutable").doesNotContain("31536000");
        // A fingerprint that is not the file's content is not an address of it.
        assertThat(get("/nhsuk/nhsuk-frontend.min-00000000000000000000000000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void the_stylesheets_icons_are_fingerprinted_too() throws Exception {
        Matcher link = FINGERPRINTED_STYLESHEET.matcher(get("/").body());
        assertThat(link.find()).isTrue();
        String css = get(link.group(1)).body();
        assertThat(css).contains("url(/assets/images/nhsuk-icon-cross-").doesNotContain("url(/assets/images/nhsuk-icon-cross.svg)");
    }

    @Test
    void the_public_pages_are_still_never_stored() throws Exception {
        for (String path : List.of("/", "/can-i-join", "/self-referral", "/privacy", "/accessibility", "/about-the-data", "/sign-in")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(cacheControl(page)).as(path).contains("no-store");
        }
    }

    @Test
    void a_first_visit_to_the_home_page_is_under_100_KB_and_a_second_page_under_15_KB() {
        Page page = browser.newPage(320, 800);
        AtomicLong transferred = new AtomicLong();
        List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequestFinished(r -> transferred.addAndGet(bytesOf(r)));
        page.onRequestFailed(r -> failed.add(r.url()));
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });

        page.navigate(baseUrl() + "/");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        long firstVisit = transferred.getAndSet(0);
        // The NHS.UK frontend, imported from its fingerprinted address, ran.
        assertThat((Boolean) page.evaluate("document.body.classList.contains('js-enabled')")).as("the script ran").isTrue();
        fitsAPhone(page);

        transferred.set(0);
        followLink(page, "Can I join? Check your postcode");
        page.waitForURL(url -> url.endsWith("/can-i-join"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        long secondPage = transferred.get();
        assertThat((Boolean) page.evaluate("document.body.classList.contains('js-enabled')")).as("the script ran").isTrue();

        assertThat(failed).as("failed requests").isEmpty();
        assertThat(errors).as("console errors").isEmpty();
        assertThat(firstVisit).as("bytes of a first visit to the home page").isPositive().isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
        assertThat(secondPage).as("bytes of a second page, the assets cached").isPositive().isLessThanOrEqualTo(SECOND_PAGE_BUDGET);
        page.context().close();
    }

    /** What crossed the network for one request: headers and the (compressed) body; nothing when from the cache. */
    private static long bytesOf(Request request) {
        var sizes = request.sizes();
        return Math.max(0, sizes.responseHeadersSize) + Math.max(0, sizes.responseBodySize)
                + Math.max(0, sizes.requestHeadersSize);
    }
}
