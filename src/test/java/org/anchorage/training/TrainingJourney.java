package org.anchorage.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;

/** A manager schedules a session, a navigator books a participant, the trainer takes the register (axe on each page). */
class TrainingJourney extends BrowserJourney {

    @Test
    void schedule_book_and_take_the_register() {
        Page manager = signIn(Role.PROGRAMME_MANAGER);
        manager.navigate(baseUrl() + "/training/sessions/new");
        browser.assertAccessible(manager);
        manager.getByLabel("Course").selectOption(new SelectOption().setLabel("NHS values-based interviews (Employability)"));
        manager.getByLabel("Date (YYYY-MM-DD)").fill(LocalDate.now().plusDays(10).toString());
        manager.getByLabel("Start time (HH:MM)").fill("10:00");
        manager.getByLabel("Venue or online link").fill("Riverside library");
        manager.getByLabel("Places").fill("8");
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
        assertThat(manager.locator("h1").textContent()).isEqualTo("NHS values-based interviews");
        String sessionUrl = manager.url();
        manager.context().close();

        Page navigator = signIn(Role.NAVIGATOR);
        navigator.navigate(baseUrl() + "/training");
        browser.assertAccessible(navigator);
        navigator.navigate(sessionUrl);
        navigator.getByLabel("Participant").selectOption(new SelectOption().setLabel("Casey Sample"));
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book a place")).click();
        assertThat(navigator.locator("#bookings").textContent()).contains("Casey Sample");
        assertThat(navigator.locator("#places-left").textContent()).startsWith("7 of 8");
        browser.assertAccessible(navigator);
        navigator.context().close();

        Page trainer = signIn(Role.TRAINER);
        trainer.navigate(sessionUrl);
        browser.assertAccessible(trainer);
        trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the register")).click();
        browser.assertAccessible(trainer);
        trainer.getByLabel("Casey Sample completed").check();
        trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save register")).click();
        assertThat(trainer.locator("#bookings").textContent()).contains("Completed");
        trainer.context().close();
    }
}
