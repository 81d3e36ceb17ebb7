package org.anchorage.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.training.Training;
import org.anchorage.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A navigator assesses and plans; a trainer takes a register of 30 in the browser; the participant
 * reads their plan on a phone and downloads their certificate. axe-core on every page.
 */
class PlanJourney extends BrowserJourney {

    @Autowired
    Training training;

    @Autowired
    Referrals referrals;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private void fitsA320PixelPhone(Page page) {
        fitsA320PixelPhoneAfterResizing(page);
    }

    private static void follow(Page page, String link) {
        followLink(page, link);
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static void date(Page page, String field, LocalDate day) {
        fillDate(page, field, day);
    }

    @Test
    void navigator_assesses_and_plans_trainer_registers_thirty_participant_reads_plan_and_certificate() throws Exception {
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 1280);
        follow(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill("Casey"); // the caseload is paged: find her by name
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        follow(navigator, "Casey Sample");
        navigator.locator("nav[aria-label='Sections of this record']").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Plan and assessments")).click();
        fitsA320PixelPhone(navigator);
        // Casey's first assessment (from the demo data) is shown in full.
        assertThat(navigator.locator("#latest-assessment").textContent()).contains("Confidence").contains("Transport");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New assessment")).click();
        fitsA320PixelPhone(navigator);
        navigator.getByLabel("Skills and experience").fill("Food bank volunteer; first-aid course");
        navigator.getByLabel("Transport").check();
        navigator.getByLabel("Nursing support").check();
        navigator.getByLabel("Hours a week they can work").fill("24");
        navigator.getByLabel("Reasonable adjustments").fill("Written instructions as well as spoken");
        String[] scores = {"7", "8", "7", "3"};
        for (int i = 0; i < 4; i++) {
            navigator.locator("#score" + i).selectOption(scores[i]);
        }
        press(navigator, "Save assessment");
        assertThat(navigator.locator("#distance").textContent()).contains("Better").contains("First 5, latest 7, change +2");
        assertThat(navigator.locator("#compared").textContent()).contains("2 assessments");
        assertThat(navigator.locator("#adjustments").textContent()).contains("Written instructions as well as spoken");
        assertThat(navigator.locator("#scores").textContent()).contains("7 out of 10");
        fitsA320PixelPhone(navigator);

        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a goal")).click();
        fitsA320PixelPhone(navigator);
        navigator.getByLabel("Goal", new Page.GetByLabelOptions().setExact(true)).fill("Pass a values-based interview");
        navigator.getByLabel("First step: what needs doing").fill("Practise with the navigator");
        navigator.getByLabel("First step: who does it").selectOption("navigator");
        date(navigator, "step1.due", LocalDate.now().minusDays(1));
        navigator.getByLabel("Second step (optional): what needs doing").fill("Read the trust's values");
        press(navigator, "Add goal");
        // Every problem at once: yesterday's date, the second step's missing date; what was typed is kept.
        assertThat(navigator.locator(".nhsuk-error-summary").textContent()).contains("The step's due date must be today or later")
                .contains("Enter the step's due date");
        assertThat(navigator.getByLabel("Second step (optional): what needs doing").inputValue()).isEqualTo("Read the trust's values");
        fitsA320PixelPhone(navigator);
        date(navigator, "step1.due", LocalDate.now().plusDays(14));
        navigator.getByLabel("Second step (optional): who does it").selectOption("participant");
        date(navigator, "step2.due", LocalDate.now().plusDays(7));
        navigator.getByLabel("Agreed with the participant").check();
        press(navigator, "Add goal");
        assertThat(navigator.locator("#goals").textContent()).contains("Pass a values-based interview")
                .contains("Practise with the navigator").contains("Read the trust's values");
        follow(navigator, "Add a step to Pass a values-based interview");
        fitsA320PixelPhone(navigator);
        navigator.getByLabel("Next step: what needs doing").fill("Mock interview at Willow Lodge");
        navigator.getByLabel("Next step: who does it").selectOption("employer");
        date(navigator, "step1.due", LocalDate.now().plusDays(21));
        press(navigator, "Add step");
        assertThat(navigator.locator("#goals").textContent()).contains("Mock interview at Willow Lodge");
        date(navigator, "reviewOn", LocalDate.now().plusDays(28));
        press(navigator, "Book review");
        assertThat(navigator.locator("main").textContent())
                .contains("Next review: " + org.anchorage.shared.web.Display.date(LocalDate.now().plusDays(28)));
        fitsA320PixelPhone(navigator);
        navigator.context().close();

        // A class of 30, including Casey, booked by the navigator; the session has begun when the trainer opens it.
        UUID course = training.catalogue().stream().filter(c -> c.code().equals("CC-10")).findFirst().orElseThrow().id();
        ProgrammeId pilot = new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
        TrainingSession session = training.schedule(course, pilot, Instant.now().plus(Duration.ofDays(2)), "Room 4", 30,
                demo(Role.TRAINER).id(), demo(Role.PROGRAMME_MANAGER));
        List<ParticipantId> people = new ArrayList<>();
        people.add(new ParticipantId(UUID.fromString(resolve("{casey}"))));
        for (int i = 1; i < 30; i++) {
            Referral r = referrals.receiveSelfReferral(new NewReferral(pilot, "Class" + i, "Member", LocalDate.of(1995, 1, 1),
                    "RM18 7AG", null, "07700 9001" + (10 + i), ContactPreference.PHONE, List.of(WorkInterest.NOT_SURE),
                    Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
            referrals.accept(r.id(), r.version(), demo(Role.NAVIGATOR).id(), demo(Role.NAVIGATOR));
            people.add(new ParticipantId(jdbc.sql("SELECT id FROM participant_participant WHERE referral_id = :r")
                    .param("r", r.id().value()).query(UUID.class).single()));
        }
        for (ParticipantId p : people) {
            training.book(session.id(), p, false, demo(Role.NAVIGATOR));
        }
        jdbc.sql("UPDATE training_session SET starts_at = now() - interval '1 hour' WHERE id = :id").param("id", session.id()).update();

        Page trainer = signIn(demoEmail(Role.TRAINER), DEMO_PASSWORD, 1280);
        follow(trainer, "Training");
        trainer.locator("#sessions > li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Room 4"))
                .getByRole(AriaRole.LINK).click();
        trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the register")).click();
        fitsA320PixelPhone(trainer);
        long started = System.nanoTime();
        var completed = trainer.locator("input[name=completed]");
        assertThat(completed.count()).isEqualTo(30);
        for (int i = 0; i < 30; i++) {
            completed.nth(i).check();
        }
        press(trainer, "Save register");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[anchorage-tests] browser register of 30 (tick 30, save) took %d ms%n", millis);
        assertThat(trainer.locator("#bookings").textContent()).contains("Completed");
        fitsA320PixelPhone(trainer);
        trainer.context().close();

        // Casey reads her plan on a phone and downloads her certificate.
        Page casey = signIn(demoEmail(Role.PARTICIPANT), DEMO_PASSWORD, 320);
        follow(casey, "My plan");
        assertThat(casey.locator("main").textContent()).contains("Pass a values-based interview").contains("Safeguarding adults");
        assertThat((Integer) casey.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
        browser.assertAccessible(casey);
        Download download = casey.waitForDownload(() ->
                casey.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download certificate for Safeguarding adults")).click());
        assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());
        casey.context().close();
    }
}
