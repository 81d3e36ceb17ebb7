package org.anchorage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.placement.Employers;
import org.anchorage.placement.Placements;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.training.Training;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One person from referral to the first day of a placement, by links only after signing in, on a
 * 320-pixel phone with axe on every page: a partner refers them; the navigator sees it on the worklist,
 * accepts, makes first contact, assesses, agrees a plan, books training, finds a placement and puts them
 * forward; the host interviews, offers, clears the checks and confirms the start; the record shows each
 * stage reached by its evidence. The placement and the training session are set up by their owners'
 * facades (their own journeys cover those pages).
 */
class OnePersonJourney extends BrowserJourney {

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    Training training;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private void check(Page page) {
        fitsAPhone(page);
    }

    private void follow(Page page, String link) {
        followLink(page, link);
        check(page);
    }

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        check(page);
    }

    private void section(Page page, String name) {
        page.locator("nav[aria-label='Sections of this record']")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
        check(page);
    }

    private static void date(Page page, String field, LocalDate date) {
        fillDate(page, field, date);
    }

    private String stage(String given) {
        return jdbc.sql("SELECT status FROM participant_participant WHERE given_name = :g").param("g", given).query(String.class).single();
    }

    @Test
    void a_person_goes_from_referral_to_the_first_day_of_a_placement_by_links_alone() {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String given = "Rowan" + suffix.replaceAll("[0-9]", "x");
        String name = given + " Throughline";
        ProgrammeId pilot = new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
        String title = "Ward support " + suffix;
        var site = employers.addSite("Thurrock Hospital " + suffix, "Long Lane, Grays", "RM16 2PX", demo(Role.EMPLOYER));
        placements.post(new Placements.NewPlacement(pilot, site.id(), null, title, "nursing-support", "2", "",
                new BigDecimal("30"), "weekday-days", 1271, TODAY, TODAY.plusDays(10), 1, "enhanced", 18,
                List.of("identity", "right-to-work")), demo(Role.EMPLOYER));
        UUID course = training.catalogue().stream().filter(c -> c.code().equals("CC-10")).findFirst().orElseThrow().id();
        training.schedule(course, pilot, Instant.now().plus(Duration.ofDays(5)), "Grays hub " + suffix, 12, demo(Role.TRAINER).id(),
                demo(Role.PROGRAMME_MANAGER));

        // A partner refers them.
        Page partner = signIn(demoEmail(Role.REFERRAL_PARTNER), DEMO_PASSWORD, 320);
        check(partner);
        follow(partner, "Referrals");
        partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer someone")).click();
        check(partner);
        partner.getByLabel("Programme", EXACT).selectOption(new SelectOption().setLabel("National pilot"));
        partner.getByLabel("First name", EXACT).fill(given);
        partner.getByLabel("Last name", EXACT).fill("Throughline");
        date(partner, "dateOfBirth", LocalDate.of(1999, 3, 14));
        partner.getByLabel("Home postcode", EXACT).fill("RM18 7AG");
        partner.getByLabel("Phone call", EXACT).check();
        partner.getByLabel("Phone number", EXACT).fill("07700 900771");
        partner.getByLabel("Caring for patients (healthcare support worker)", EXACT).check();
        partner.locator("#consent").check();
        press(partner, "Send referral");
        assertThat(partner.locator("main").textContent()).contains(name);
        partner.context().close();

        // The navigator's worklist has it to acknowledge; they accept it and go to the new record.
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        check(navigator);
        assertThat(navigator.locator("#worklist").textContent()).contains("Acknowledge the referral of " + name);
        navigator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acknowledge the referral of " + name)).first().click();
        check(navigator);
        press(navigator, "Accept and allocate");
        follow(navigator, "Open " + name + "’s record");
        assertThat(navigator.locator("h1").textContent()).isEqualTo(name);
        assertThat(stage(given)).isEqualTo("referred");

        // First contact: engaged.
        section(navigator, "Contacts and notes");
        navigator.getByLabel("How you were in touch", EXACT).selectOption("Phone call");
        navigator.getByLabel("What was discussed", EXACT).fill("Introductions; keen on ward work, mornings best");
        press(navigator, "Record contact");
        assertThat(navigator.locator("#status-caption").textContent()).isEqualTo("Engaged");

        // An assessment and an agreed goal: preparing for work.
        section(navigator, "Plan and assessments");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New assessment")).click();
        check(navigator);
        navigator.getByLabel("Skills and experience").fill("Looked after a grandparent; volunteer at a food bank");
        navigator.getByLabel("Nursing support").check();
        navigator.getByLabel("Hours a week they can work").fill("30");
        for (int i = 0; i < 4; i++) {
            navigator.locator("#score" + i).selectOption(new String[] {"6", "6", "5", "4"}[i]);
        }
        press(navigator, "Save assessment");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a goal")).click();
        check(navigator);
        navigator.getByLabel("Goal", EXACT).fill("Start a ward placement");
        navigator.getByLabel("First step: what needs doing").fill("Book the values-based interview course");
        navigator.getByLabel("First step: who does it").selectOption("navigator");
        date(navigator, "step1.due", TODAY.plusDays(7));
        navigator.getByLabel("Agreed with the participant").check();
        press(navigator, "Add goal");
        assertThat(navigator.locator("#status-caption").textContent()).isEqualTo("Preparing for work");

        // Training booked from the record.
        section(navigator, "Training");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book a session")).click();
        check(navigator);
        navigator.locator("#sessions > li").filter(new Locator.FilterOptions().setHasText("Grays hub " + suffix))
                .getByRole(AriaRole.BUTTON).click();
        check(navigator);
        assertThat(navigator.locator("#bookings").textContent()).contains("Booked").doesNotContain("Certificate (PDF)");

        // A placement found for them, confirmed and put forward.
        section(navigator, "Placements");
        navigator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find placements for " + name)).click();
        check(navigator);
        Locator pair = navigator.locator("#pairs .nhsuk-checkboxes__item").filter(new Locator.FilterOptions().setHasText(title));
        pair.locator("input").check();
        press(navigator, "Confirm the chosen suggestions");
        navigator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(false)).first().click();
        check(navigator);
        press(navigator, "Put forward to the host");
        assertThat(navigator.locator("#stage").textContent()).isEqualTo("Put forward");

        // The host interviews, offers, clears the checks and confirms the first day.
        Page host = signIn(demoEmail(Role.EMPLOYER), DEMO_PASSWORD, 320);
        follow(host, "Placements");
        host.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        check(host);
        date(host, "interviewDate", TODAY);
        host.getByLabel("Interview time", EXACT).fill("00:00");
        press(host, "Book interview");
        host.getByLabel("Yes, a conditional offer subject to the checks", EXACT).check();
        date(host, "plannedStart", TODAY);
        press(host, "Save outcome");
        for (String[] k : List.of(new String[] {"identity", "Passport seen"}, new String[] {"right-to-work", "Share code checked"})) {
            host.getByLabel("Check", EXACT).selectOption(k[0]);
            host.getByLabel("Status", EXACT).selectOption("passed");
            host.getByLabel("Who acts next (if not finished)", EXACT).selectOption("");
            host.getByLabel("Evidence seen", EXACT).fill(k[1]);
            press(host, "Update check");
        }
        date(host, "startedOn", TODAY);
        press(host, "Confirm start");
        assertThat(host.locator("#stage").textContent()).isEqualTo("Started");
        host.context().close();

        // Back on the record: in a placement, by the evidence of the start.
        follow(navigator, "Back to " + name + "'s placements");
        assertThat(navigator.locator("#status-caption").textContent()).isEqualTo("In a placement");
        section(navigator, "Overview");
        assertThat(navigator.locator("#stage-evidence").textContent()).contains("First contact recorded")
                .contains("Started the placement " + title);
        section(navigator, "Timeline");
        assertThat(navigator.locator("#timeline").textContent()).contains("Referred → Engaged").contains("Preparing for work")
                .contains("In a placement");
        // Their worklist now holds what is due for them from several modules, each linking to where it is done.
        Locator worklistLink = navigator.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Worklist")));
        if (!worklistLink.first().isVisible() && navigator.locator("#toggle-menu").isVisible()) {
            navigator.locator("#toggle-menu").click();
        }
        worklistLink.first().click();
        check(navigator);
        String kinds = navigator.locator("#kinds").textContent();
        assertThat(kinds).contains("Plan step").contains("Placement ending");
        navigator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Plan step"))).click();
        check(navigator);
        assertThat(navigator.locator("#worklist").textContent()).contains("Book the values-based interview course");
        navigator.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Book the values-based interview course"))).first().click();
        check(navigator);
        assertThat(navigator.locator("h1").textContent()).isEqualTo(name);
        navigator.context().close();
        assertThat(stage(given)).isEqualTo("in-placement");
    }
}
