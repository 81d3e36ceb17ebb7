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

    @Test
    void navigator_assesses_and_plans_trainer_registers_thirty_participant_reads_plan_and_certificate() throws Exception {
        Page navigator = signIn(Role.NAVIGATOR);
        navigator.navigate(baseUrl() + resolve("/participants/{casey}/plan"));
        browser.assertAccessible(navigator);
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New assessment")).click();
        browser.assertAccessible(navigator);
        navigator.getByLabel("Skills and experience").fill("Food bank volunteer; first-aid course");
        navigator.getByLabel("Transport").check();
        navigator.getByLabel("Nursing support").check();
        navigator.getByLabel("Hours a week they can work").fill("24");
        String[] scores = {"7", "8", "7", "3"};
        for (int i = 0; i < 4; i++) {
            navigator.locator("#score" + i).selectOption(scores[i]);
        }
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();
        assertThat(navigator.locator("#distance").textContent()).contains("Better");
        navigator.getByLabel("Goal", new Page.GetByLabelOptions().setExact(true)).fill("Pass a values-based interview");
        navigator.getByLabel("First step").fill("Practise with the navigator");
        navigator.getByLabel("Who does it").selectOption("navigator");
        navigator.getByLabel("Due date (YYYY-MM-DD)").fill(LocalDate.now().plusDays(14).toString());
        navigator.getByLabel("Agreed with the participant").check();
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();
        assertThat(navigator.locator("main").textContent()).contains("Pass a values-based interview");
        browser.assertAccessible(navigator);
        navigator.context().close();

        // A class of 30, including Casey, booked by the navigator.
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

        Page trainer = signIn(Role.TRAINER);
        trainer.navigate(baseUrl() + "/training/sessions/" + session.id() + "/register");
        browser.assertAccessible(trainer);
        long started = System.nanoTime();
        var completed = trainer.locator("input[name=completed]");
        assertThat(completed.count()).isEqualTo(30);
        for (int i = 0; i < 30; i++) {
            completed.nth(i).check();
        }
        trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save register")).click();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[anchorage-tests] browser register of 30 (tick 30, save) took %d ms%n", millis);
        assertThat(trainer.locator("#bookings").textContent()).contains("Completed");
        trainer.context().close();

        // Casey reads her plan on a phone and downloads her certificate.
        Page casey = signIn(demoEmail(Role.PARTICIPANT), DEMO_PASSWORD, 320);
        casey.navigate(baseUrl() + "/my-plan");
        assertThat(casey.locator("main").textContent()).contains("Pass a values-based interview").contains("Safeguarding adults");
        assertThat((Integer) casey.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
        browser.assertAccessible(casey);
        Download download = casey.waitForDownload(() ->
                casey.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download certificate for Safeguarding adults")).click());
        assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());
        casey.context().close();
    }
}
