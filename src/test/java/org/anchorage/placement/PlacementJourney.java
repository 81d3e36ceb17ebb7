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
 * an interview and an offer, tracks the checks to a start, confirms a week of attendance and gives
 * feedback. Everyone works on a 320-pixel phone and follows links only, after signing in; every page,
 * including those showing an error, passes axe and does not scroll sideways.
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
        fillDate(page, field, date);
    }

    /** axe on the page, and nothing wider than the 320-pixel screen. */
    private void check(Page page) {
        fitsAPhone(page);
    }

    private static void follow(Page page, String link) {
        followLink(page, link);
    }

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, named(button).setExact(true)).click();
    }

    private Page phone(Role role) {
        return signIn(demoEmail(role), DEMO_PASSWORD, 320);
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
        String siteName = "Orsett Community Clinic " + title.substring(title.length() - 6);

        // The employer adds a site and a supervisor, then posts the placement (first with pay below the minimum).
        Page employer = phone(Role.EMPLOYER);
        follow(employer, "Placements");
        check(employer);
        follow(employer, "Sites and supervisors");
        check(employer);
        employer.getByLabel("Site name", EXACT).fill(siteName);
        employer.getByLabel("Address", EXACT).fill("Rowley Road, Orsett, Grays");
        employer.getByLabel("Postcode", EXACT).fill("RM16 3EU");
        press(employer, "Add site");
        assertThat(employer.locator("#sites").textContent()).contains("RM16 3EU");
        employer.getByLabel("Supervisor name", EXACT).fill("Pat Supervisor");
        employer.getByLabel("Job title", EXACT).fill("Ward manager");
        employer.getByLabel("Work email address", EXACT).fill("pat.supervisor@example.invalid");
        press(employer, "Add supervisor");
        assertThat(employer.locator("#supervisors").textContent()).contains("Pat Supervisor");
        check(employer);

        follow(employer, "Back to placements");
        employer.getByRole(AriaRole.BUTTON, named("Post a placement")).click();
        check(employer);
        employer.getByLabel("Programme", EXACT).selectOption(new SelectOption().setLabel("National pilot"));
        employer.getByLabel("Job title", EXACT).fill(title);
        employer.getByLabel("NHS role family", EXACT).selectOption("nursing-support");
        employer.getByLabel("Nearest Agenda for Change band", EXACT).selectOption("2");
        employer.getByLabel("Site", EXACT).selectOption(new SelectOption().setLabel(siteName + ", RM16 3EU"));
        employer.getByLabel("Host supervisor", EXACT).selectOption(new SelectOption().setLabel("Pat Supervisor"));
        employer.getByLabel("Hours a week", EXACT).fill("30");
        employer.getByLabel("Shift pattern", EXACT).selectOption("weekday-days");
        employer.getByLabel("Hourly pay in pounds", EXACT).fill("9.50");
        date(employer, "startsOn", TODAY);
        date(employer, "endsOn", TODAY.plusDays(90));
        employer.getByLabel("Number of places", EXACT).fill("2");
        employer.getByLabel("Minimum age on the start date", EXACT).fill("18");
        employer.getByLabel("DBS check needed", EXACT).selectOption("enhanced");
        employer.getByLabel("Identity", EXACT).check();
        employer.getByLabel("Right to work", EXACT).check();
        press(employer, "Post placement");
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("below the legal minimum of £10.85");
        check(employer);
        employer.getByLabel("Hourly pay in pounds", EXACT).fill("12.71");
        press(employer, "Post placement");
        assertThat(employer.locator("h1").textContent()).isEqualTo(title);
        assertThat(employer.locator("#places-left").textContent()).isEqualTo("2 of 2");
        check(employer);

        // The navigator finds the placement from the list, asks for its best matches and confirms two of them.
        Page navigator = phone(Role.NAVIGATOR);
        follow(navigator, "Placements");
        check(navigator);
        navigator.locator("#placements").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        check(navigator);
        navigator.getByRole(AriaRole.BUTTON, named("Find the best matches for this placement")).click();
        assertThat(navigator.locator("#summary").textContent()).contains("Total suitability");
        check(navigator);
        Locator pairs = navigator.locator("input[name=pairs]");
        assertThat(pairs.count()).isEqualTo(2);
        assertThat(navigator.locator("#pairs").textContent()).contains("km from home").contains("Interested in nursing support");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pairs.nth(i).check();
            String label = navigator.locator("label[for=pair-" + i + "]").textContent();
            chosen.add(label.substring(0, label.indexOf(" for ")));
        }
        press(navigator, "Confirm the chosen suggestions");
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("2 suggestions confirmed");
        check(navigator);
        for (String name : chosen) {
            navigator.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
            check(navigator);
            assertThat(navigator.getByLabel("Availability", EXACT).inputValue()).isNotBlank();
            navigator.getByLabel("Adjustments the host needs to know about (optional)", EXACT).fill("Prefers written instructions");
            press(navigator, "Put forward to the host");
            assertThat(navigator.locator("#stage").textContent()).isEqualTo("Put forward");
            check(navigator);
            follow(navigator, "Placements");
        }
        // From a candidate, back to the person's record: their placements, and matching for them alone.
        navigator.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(chosen.get(0))).click();
        follow(navigator, "Back to " + chosen.get(0) + "'s placements");
        assertThat(navigator.locator("main").textContent()).contains(title).contains("Put forward");
        check(navigator);
        navigator.getByRole(AriaRole.BUTTON, named("Find placements for " + chosen.get(0))).click();
        assertThat(navigator.locator("h1").textContent()).isEqualTo("Placements for " + chosen.get(0));
        check(navigator);
        follow(navigator, "Back to " + chosen.get(0) + "'s placements");
        check(navigator);

        // The employer interviews the first, offers a place, tracks the checks to a start, a week and feedback.
        follow(employer, "Placements");
        check(employer);
        assertThat(employer.locator("#worklist").textContent()).contains(chosen.get(0)).contains(chosen.get(1));
        employer.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(chosen.get(0))).click();
        check(employer);
        assertThat(employer.locator("#shared").textContent()).contains("Prefers written instructions");
        date(employer, "interviewDate", TODAY.minusDays(1));
        employer.getByLabel("Interview time", EXACT).fill("ten");
        press(employer, "Book interview");
        assertThat(employer.locator(".nhsuk-error-summary").textContent())
                .contains("The interview date cannot be before they were put forward").contains("Enter the time like 14:30");
        check(employer);
        date(employer, "interviewDate", TODAY);
        employer.getByLabel("Interview time", EXACT).fill("00:00"); // held first thing today, so the outcome can follow
        press(employer, "Book interview");
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Host interview");
        assertThat(employer.locator("#interview").textContent()).isEqualTo(org.anchorage.shared.web.Display.date(TODAY) + ", midnight");
        check(employer);
        employer.getByLabel("Yes, a conditional offer subject to the checks", EXACT).check();
        date(employer, "plannedStart", TODAY);
        press(employer, "Save outcome");
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Conditional offer");
        assertThat(employer.locator("#checks tbody tr").count()).isEqualTo(6);
        check(employer);

        date(employer, "startedOn", TODAY);
        press(employer, "Confirm start");
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("must pass before the start")
                .contains("Identity").contains("Right to work");
        check(employer);
        for (String[] k : List.of(new String[] {"identity", "UK passport, original seen"},
                new String[] {"right-to-work", "Share code checked online"})) {
            employer.getByLabel("Check", EXACT).selectOption(k[0]);
            employer.getByLabel("Status", EXACT).selectOption("passed");
            employer.getByLabel("Who acts next (if not finished)", EXACT).selectOption("");
            employer.getByLabel("Evidence seen", EXACT).fill(k[1]);
            press(employer, "Update check");
            assertThat(employer.locator("#checks").textContent()).contains(k[1]);
        }
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Checks under way");
        check(employer);
        date(employer, "startedOn", TODAY);
        press(employer, "Confirm start");
        assertThat(employer.locator("#stage").textContent()).isEqualTo("Started");
        assertThat(employer.locator("#started").textContent()).contains("0 days after the offer");
        check(employer);

        LocalDate monday = TODAY.minusDays(TODAY.getDayOfWeek().getValue() - 1L);
        date(employer, "weekStarting", monday);
        employer.getByLabel("Hours attended", EXACT).fill("30");
        employer.getByLabel("Days absent", EXACT).fill("0");
        press(employer, "Confirm attendance");
        assertThat(employer.locator("#attendance").textContent()).contains("30");
        check(employer);

        // Feedback with one rating left out is refused naming it; nothing was chosen for the host.
        assertThat(employer.locator("input[type=radio][name=reliability]:checked").count()).isZero();
        employer.locator("#point-midpoint").check();
        employer.locator("#reliability-4").check();
        employer.locator("#teamwork-5").check();
        employer.locator("#communication-4").check();
        employer.locator("#jobReady-not-yet").check();
        press(employer, "Save feedback");
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("Choose a rating from 1 to 5 for care and NHS values")
                .doesNotContain("for reliability");
        check(employer);
        employer.locator("#careValues-5").check();
        press(employer, "Save feedback");
        assertThat(employer.locator("#feedback").textContent()).contains("Midpoint");
        check(employer);

        follow(employer, "Placements");
        assertThat(employer.locator("#offer-to-start").textContent()).contains("From conditional offer to first day");
        check(employer);

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
