package org.anchorage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One headless Debian Chromium per test class, and the axe-core check every page must pass with
 * zero violations (WCAG 2.0, 2.1 and 2.2 A and AA rules).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final String AXE = "/axe/axe.min.js";

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String axeSource;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium at " + CHROMIUM
                    + " (apt-get install -y chromium; .ci/run installs it)");
        }
        try (var in = Browser.class.getResourceAsStream(AXE)) {
            axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core is missing from the test resources at " + AXE, e);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh page with its own cookies; CSP is bypassed only so the test can inject axe. */
    public Page newPage() {
        return browser.newContext(new NewContextOptions().setBypassCSP(true)).newPage();
    }

    public Page newPage(int width, int height) {
        return browser.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(width, height)).newPage();
    }

    /** Runs axe-core on the page and fails listing every violation found. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
                  return r.violations.map(v => v.id + ': ' + v.help + ' -> ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        List<String> violations = new ArrayList<>((List<String>) result);
        assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
