package org.anchorage.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.Assessment;
import org.anchorage.plan.Plans;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An employer posts a placement; a navigator matches and puts two people forward; the employer records
 * an interview and an offer, tracks the checks to a start and confirms a week of attendance. axe-core
 * on every page, including the pages that show an error.
 */
class PlacementJourney extends BrowserJourney {

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Referrals referrals;

    @Autowired
    Plans plans;

    @Autowired
    Participants participants;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }

    /** A second ready person on the demo navigator's caseload, living in Tilbury, assessed for nursing support. */
    private void readyParticipant() {
        var a = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        SignedInUser navigator = new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                "Jamie", "Journey", LocalDate.of(2000, 5, 20), "RM18 7AA", null, "07700 900456", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        ParticipantId id = participants.forReferral(r.id()).orElseThrow();
        plans.assess(id, new Assessment(null, null, null, "Retail experience", List.of("confidence"), List.of("nursing-support"),
                37, List.of("weekday-days", "evenings"), "Any weekday", "", plans.scales().getFirst().id(), List.of(7, 7, 6, 3)),
                navigator);
    }

    @Test
    void employer_posts_navigator_matches_and_puts_two_forward_employer_interviews_offers_checks_starts_and_confirms_a_week() {
        readyParticipant();
        String title = "Healthcare support worker " + UUID.randomUUID().toString().substring(0, 6);

        // The employer adds a site and a supervisor, then posts the placement (first with pay below the minimum).
        Page employer = signIn(Role.EMPLOYER);
        employer.navigate(baseUrl() + "/placements/sites");
        browser.assertAccessible(employer);
        employer.getByLabel("Site name", EXACT).fill("Orsett Community Clinic " + title.substring(title.length() - 6));
        employer.getByLabel("Address", EXACT).fill("Rowley Road, Orsett, Grays");
        employer.getByLabel("Postcode", EXACT).fill("RM16 3EU");
        employer.getByRole(AriaRole.BUTTON, named("Add site")).click();
        assertThat(employer.locator("#sites").textContent()).contains("RM16 3EU");
        employer.getByLabel("Supervisor name", EXACT).fill("Pat Supervisor");
        employer.getByLabel("Job title", EXACT).fill("Ward manager");
        employer.getByLabel("Work email address", EXACT).fill("pat.supervisor@example.invalid");
        employer.getByRole(AriaRole.BUTTON, named("Add supervisor")).click();
        assertThat(employer.locator("#supervisors").textContent()).contains("Pat Supervisor");
        browser.assertAccessible(employer);

        employer.navigate(baseUrl() + "/placements/new");
        browser.assertAccessible(employer);
        employer.getByLabel("Programme", EXACT).selectOption(new SelectOption().setLabel("National pilot"));
        employer.getByLabel("Job title", EXACT).fill(title);
        employer.getByLabel("NHS role family", EXACT).selectOption("nursing-support");
        employer.getByLabel("Nearest Agenda for Change band", EXACT).selectOption("2");
        employer.getByLabel("Site", EXACT).selectOption(new SelectOption().setLabel("Orsett Community Clinic " + title.substring(title.length() - 6) + ", RM16 3EU"));
        employer.getByLabel("Host supervisor", EXACT).selectOption(new SelectOption().setLabel("Pat Supervisor"));
        employer.getByLabel("Hours a week", EXACT).fill("30");
        employer.getByLabel("Shift pattern", EXACT).selectOption("weekday-days");
        employer.getByLabel("Hourly pay in pounds", EXACT).fill("9.50");
        date(employer, "startsOn", TODAY.plusDays(7));
        date(employer, "endsOn", TODAY.plusDays(97));
        employer.getByLabel("Number of places", EXACT).fill("2");
        employer.getByLabel("Minimum age on the start date", EXACT).fill("18");
        employer.getByLabel("DBS check needed", EXACT).selectOption("enhanced");
        employer.getByLabel("Identity", EXACT).check();
        employer.getByLabel("Right to work", EXACT).check();
        employer.getByRole(AriaRole.BUTTON, named("Post placement")).click();
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("below the legal minimum of £10.85");
        browser.assertAccessible(employer);
        employer.getByLabel("Hourly pay in pounds", EXACT).fill("12.71");
        employer.getByRole(AriaRole.BUTTON, named("Post placement")).click();
        assertThat(employer.locator("h1").textContent()).isEqualTo(title);
        assertThat(employer.locator("#places-left").textContent()).isEqualTo("2 of 2");
        browser.assertAccessible(employer);
        String placementUrl = employer.url();

        // The navigator asks for the best matches for this placement and confirms two of them.
        Page navigator = signIn(Role.NAVIGATOR);
        navigator.navigate(placementUrl);
        browser.assertAccessible(navigator);
        navigator.getByRole(AriaRole.BUTTON, named("Find the best matches for this placement")).click();
        assertThat(navigator.locator("#summary").textContent()).contains("Total suitability");
        browser.assertAccessible(navigator);
        Locator pairs = navigator.locator("input[name=pairs]");
        assertThat(pairs.count()).isEqualTo(2);
        assertThat(navigator.locator("#pairs").textContent()).contains("km from home").contains("Interested in nursing support");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pairs.nth(i).check();
            String label = navigator.locator("label[for=pair-" + i + "]").textContent();
            chosen.add(label.substring(0, label.indexOf(" for ")));
        }
        navigator.getByRole(AriaRole.BUTTON, named("Confirm the chosen suggestions")).click();
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("2 suggestions confirmed");
        browser.assertAccessible(navigator);
        for (String name : chosen) {
            navigator.navigate(placementUrl);
            navigator.locator("#candidates").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
            browser.assertAccessible(navigator);
            assertThat(navigator.getByLabel("Availability", EXACT).inputValue()).isNotBlank();
            navigator.getByLabel("Adjustments the host needs to know about (optional)", EXACT).fill("Prefers written instructions");
            navigator.getByRole(AriaRole.BUTTON, named("Put forward to the host")).click();
            assertThat(navigator.locator("#stage").textContent()).isEqualTo("Put forward");
        }
        browser.assertAccessible(navigator);

        // The employer interviews both, offers the first a place, tracks the checks to a start and a week.
        employer.navigate(placementUrl);
        assertThat(employer.locator("#candidates").textContent()).contains(chosen.get(0)).contains(chosen.get(1));
        employer.locator("#candidates").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(chosen.get(0))).click();
        browser.assertAccessible(employer);
        assertThat(employer.locator("#shared").textContent()).contains("Prefers written instructions");
        date(employer, "interviewDate", TODAY);
        employer.getByLabel("Interview time", EXACT).fill("10:00");
        employer.getByRole(AriaRole.BUTTON, named("Book interview")).click();
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Host interview");
        browser.assertAccessible(employer);
        employer.getByLabel("Yes, a conditional offer subject to the checks", EXACT).check();
        date(employer, "plannedStart", TODAY);
        employer.getByRole(AriaRole.BUTTON, named("Save outcome")).click();
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Conditional offer");
        assertThat(employer.locator("#checks tbody tr").count()).isEqualTo(6);
        browser.assertAccessible(employer);

        date(employer, "startedOn", TODAY);
        employer.getByRole(AriaRole.BUTTON, named("Confirm start")).click();
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("must pass before the start")
                .contains("Identity").contains("Right to work");
        browser.assertAccessible(employer);
        for (String[] check : List.of(new String[] {"identity", "UK passport, original seen"},
                new String[] {"right-to-work", "Share code checked online"})) {
            employer.getByLabel("Check", EXACT).selectOption(check[0]);
            employer.getByLabel("Status", EXACT).selectOption("passed");
            employer.getByLabel("Who acts next (if not finished)", EXACT).selectOption("");
            employer.getByLabel("Evidence seen", EXACT).fill(check[1]);
            employer.getByRole(AriaRole.BUTTON, named("Update check")).click();
            assertThat(employer.locator("#checks").textContent()).contains(check[1]);
        }
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Checks under way");
        date(employer, "startedOn", TODAY);
        employer.getByRole(AriaRole.BUTTON, named("Confirm start")).click();
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Started");
        assertThat(employer.locator("#started").textContent()).contains("0 days after the offer");
        browser.assertAccessible(employer);

        LocalDate monday = TODAY.minusDays(TODAY.getDayOfWeek().getValue() - 1L);
        date(employer, "weekStarting", monday);
        employer.getByLabel("Hours attended", EXACT).fill("30");
        employer.getByLabel("Days absent", EXACT).fill("0");
        employer.getByRole(AriaRole.BUTTON, named("Confirm attendance")).click();
        assertThat(employer.locator("#attendance").textContent()).contains("30");
        browser.assertAccessible(employer);

        employer.navigate(baseUrl() + "/placements");
        assertThat(employer.locator("#worklist").textContent()).contains(chosen.get(0)).contains(chosen.get(1));
        assertThat(employer.locator("#offer-to-start").textContent()).contains("From conditional offer to first day");
        browser.assertAccessible(employer);

        // The participant moved along by the placement's events: now in a placement.
        String status = jdbc.sql("""
                SELECT p.status FROM participant_participant p JOIN placement_candidate c ON c.participant_id = p.id
                JOIN placement_offer o ON o.id = c.offer_id WHERE o.title = :t AND c.stage = 'started'
                """).param("t", title).query(String.class).single();
        assertThat(status).isEqualTo("in-placement");
        employer.context().close();
        navigator.context().close();
    }
}
