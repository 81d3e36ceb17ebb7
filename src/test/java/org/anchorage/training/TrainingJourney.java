package org.anchorage.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A manager schedules a session, a navigator books Casey from her record, cancels and books again, the
 * trainer takes the register once it has started and downloads her certificate, and an employer checks
 * it by its code. Only links after signing in; axe and no sideways scroll at 320 pixels on every page.
 */
class TrainingJourney extends BrowserJourney {

    private void fitsA320PixelPhone(Page page) {
        fitsA320PixelPhoneAfterResizing(page);
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static void follow(Page page, String link) {
        follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).first());
    }

    private static void follow(Page page, Locator target) {
        if (!target.isVisible() && page.locator("#toggle-menu").isVisible()) {
            page.locator("#toggle-menu").click(); // the header moves menu items that do not fit under "More"
        }
        target.click();
    }

    /** A section of the record, by the record's secondary navigation. */
    private void section(Page page, String name, String path) {
        Locator sections = page.locator("nav[aria-label='Sections of this record']");
        sections.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void schedule_book_cancel_rebook_take_the_register_and_check_the_certificate() throws Exception {
        LocalDate day = LocalDate.now().plusDays(10);
        Page manager = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 1280);
        follow(manager, "Training");
        fitsA320PixelPhone(manager);
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a session")).click();
        fitsA320PixelPhone(manager);
        manager.getByLabel("Course").selectOption(new SelectOption().setLabel("NHS values-based interviews (Employability)"));
        manager.getByLabel("Programme").selectOption(new SelectOption().setLabel("National pilot"));
        manager.getByLabel("Day").fill("1");
        manager.getByLabel("Month").fill("1");
        manager.getByLabel("Year").fill("2020");
        manager.getByLabel("Start time").fill("10am");
        manager.getByLabel("Venue or online link").fill("Riverside library");
        manager.getByLabel("Places").fill("8");
        manager.getByLabel("Trainer").selectOption(new SelectOption().setLabel(users.findByEmail(demoEmail(Role.TRAINER)).orElseThrow().displayName()));
        press(manager, "Schedule");
        assertThat(manager.locator(".nhsuk-error-summary").textContent()).contains("The session must start in the future");
        fitsA320PixelPhone(manager);
        manager.getByLabel("Day").fill(Integer.toString(day.getDayOfMonth()));
        manager.getByLabel("Month").fill(Integer.toString(day.getMonthValue()));
        manager.getByLabel("Year").fill(Integer.toString(day.getYear()));
        press(manager, "Schedule");
        assertThat(manager.locator("h1").textContent()).isEqualTo("NHS values-based interviews");
        assertThat(manager.locator("main").textContent()).contains(org.anchorage.shared.web.Display.date(day) + ", 10am");
        UUID session = UUID.fromString(manager.url().substring(manager.url().lastIndexOf('/') + 1));
        fitsA320PixelPhone(manager);
        manager.context().close();

        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 1280);
        follow(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill("Casey"); // the caseload is paged: find her by name
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        follow(navigator, "Casey Sample");
        section(navigator, "Training", "/training");
        fitsA320PixelPhone(navigator);
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book a session")).click();
        fitsA320PixelPhone(navigator);
        Locator card = navigator.locator("#sessions > li").filter(new Locator.FilterOptions().setHasText("Riverside library"));
        card.getByRole(AriaRole.BUTTON).click();
        assertThat(navigator.locator("#bookings").textContent()).contains("NHS values-based interviews").contains("Booked");
        fitsA320PixelPhone(navigator);
        Locator booking = navigator.locator("#bookings > li").filter(new Locator.FilterOptions().setHasText("Riverside library"));
        follow(navigator, booking.getByText("Cancel this booking"));
        assertThat(navigator.locator("main").textContent()).contains("Their place will go to the first person on the waiting list");
        fitsA320PixelPhone(navigator);
        press(navigator, "Cancel the booking");
        assertThat(navigator.locator("#bookings > li").filter(new Locator.FilterOptions().setHasText("Riverside library")).textContent())
                .contains("Cancelled");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book a session")).click();
        navigator.locator("#sessions > li").filter(new Locator.FilterOptions().setHasText("Riverside library")).getByRole(AriaRole.BUTTON).click();
        assertThat(navigator.locator("#bookings > li").filter(new Locator.FilterOptions().setHasText("Riverside library")).textContent())
                .contains("Booked").doesNotContain("Certificate (PDF)");
        navigator.context().close();

        // Ten days pass: the session has started, so the register can be taken.
        jdbc.sql("UPDATE training_session SET starts_at = now() - interval '1 hour' WHERE id = :id").param("id", session).update();
        Page trainer = signIn(demoEmail(Role.TRAINER), DEMO_PASSWORD, 1280);
        follow(trainer, "Training");
        fitsA320PixelPhone(trainer);
        follow(trainer, trainer.locator("#sessions > li").filter(new Locator.FilterOptions().setHasText("Riverside library"))
                .getByRole(AriaRole.LINK));
        fitsA320PixelPhone(trainer);
        trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the register")).click();
        fitsA320PixelPhone(trainer);
        trainer.getByLabel("Casey Sample completed").check();
        press(trainer, "Save register");
        assertThat(trainer.locator("#bookings").textContent()).contains("Completed");
        fitsA320PixelPhone(trainer);
        Download download = trainer.waitForDownload(() -> trainer.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Certificate (PDF) for Casey Sample")).click());
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf);
        }
        trainer.context().close();
        assertThat(text).contains("Casey Sample").contains("NHS values-based interviews").contains("Trainer: ");
        var code = java.util.regex.Pattern.compile("Verification code: ([0-9A-Z-]{19})").matcher(text);
        var address = java.util.regex.Pattern.compile("(http\\S+/certificates/verify)").matcher(text.replaceAll("\\s+", " "));
        assertThat(code.find()).isTrue();
        assertThat(address.find()).isTrue();

        // The employer opens the address printed on the certificate (the first page they see) and types the code.
        Page employer = browser.newPage(1280, 800);
        employer.navigate(address.group(1));
        fitsA320PixelPhone(employer);
        employer.getByLabel("Verification code").fill("WRONG-CODE");
        press(employer, "Check the certificate");
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("No certificate has that code");
        fitsA320PixelPhone(employer);
        employer.getByLabel("Verification code").fill(code.group(1));
        press(employer, "Check the certificate");
        assertThat(employer.locator("#verified").textContent()).contains("This certificate is genuine").contains("Casey Sample")
                .contains("NHS values-based interviews");
        fitsA320PixelPhone(employer);
        employer.context().close();
    }
}
