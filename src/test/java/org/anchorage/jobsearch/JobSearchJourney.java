package org.anchorage.jobsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.Participants;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A navigator on a 320-pixel phone opens a person from the caseload by links, opens "Job search", adds an
 * application (first with everything missing, so the error summary lists it all), moves it to interview and
 * logs a mock interview: every page, errors included, passes axe and fits the phone.
 */
class JobSearchJourney extends BrowserJourney {

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    org.anchorage.placement.Placements placements;

    @Autowired
    org.anchorage.placement.Employers employers;

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        fitsAPhone(page);
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private String person() {
        var a = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        SignedInUser navigator = new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
        String family = "Search" + UUID.randomUUID().toString().substring(0, 6);
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                "Noor", family, LocalDate.of(1993, 9, 9), "RM18 7AA", null, "07700 900654", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        return "Noor " + family;
    }

    @Test
    void a_navigator_adds_an_application_moves_it_to_interview_and_logs_a_mock_interview_on_a_phone() {
        String name = person();
        LocalDate today = participants.today();
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        fitsAPhone(navigator);
        followLink(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill(name);
        press(navigator, "Search");
        navigator.locator("#caseload").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        followLink(navigator, "Job search");
        fitsAPhone(navigator);
        assertThat(navigator.locator("#no-applications").textContent()).contains("No applications yet");

        press(navigator, "Add the application");
        assertThat(navigator.locator(".nhsuk-error-summary").textContent()).contains("Enter the employer").contains("Enter the job title")
                .contains("Choose the NHS role family").contains("Enter the date applied");

        navigator.locator("#employer").fill("Mid and South Essex NHS Foundation Trust");
        navigator.locator("#roleTitle").fill("Healthcare support worker");
        navigator.getByLabel("Nursing support", new Page.GetByLabelOptions().setExact(true)).check();
        navigator.locator("#afcBand").fill("Band 2");
        navigator.locator("#reference").fill("123-HCA-4567");
        fillDate(navigator, "applied", today.minusDays(7));
        press(navigator, "Add the application");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent())
                .contains("Application added: Healthcare support worker at Mid and South Essex NHS Foundation Trust");
        assertThat(navigator.locator(".application-status").first().textContent()).isEqualTo("Applied");

        navigator.getByLabel("Interview", new Page.GetByLabelOptions().setExact(true)).check();
        fillDate(navigator, "happened", today);
        fillDate(navigator, "interview", today.plusDays(5));
        navigator.locator("#interviewTime").fill("10:30");
        press(navigator, "Change the status");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("Status changed to interview");
        assertThat(navigator.locator(".application-status").first().textContent()).isEqualTo("Interview");
        assertThat(navigator.locator(".interview-on").first().textContent()).contains("at 10:30");
        assertThat(navigator.locator(".application-history").first().textContent()).contains("Applied on").contains("Interview on");

        navigator.getByLabel("Mock interview", new Page.GetByLabelOptions().setExact(true)).check();
        fillDate(navigator, "held", today);
        navigator.locator("#ledBy").fill("Demo Navigator");
        navigator.locator("#feedback").fill("Strong examples of teamwork; practise the values question");
        press(navigator, "Log the preparation");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("Mock interview logged");
        assertThat(navigator.locator(".application-preparation").first().textContent())
                .contains("Mock interview on").contains("led by Demo Navigator").contains("practise the values question");
    }

    @Test
    void the_host_offers_a_job_from_the_candidate_page_and_the_navigator_sees_it_in_job_search() {
        String name = person();
        LocalDate today = participants.today();
        var person = participants.caseload(demo(Role.NAVIGATOR), name, null).getFirst().participant().id();
        SignedInUser host = demo(Role.EMPLOYER);
        var site = employers.addSite("Journey offer site " + UUID.randomUUID().toString().substring(0, 6), "Rowley Road, Orsett", "RM16 3EU", host);
        var offer = placements.post(new org.anchorage.placement.Placements.NewPlacement(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                site.id(), null, "Ward housekeeper", "facilities", "2", "", new java.math.BigDecimal("30"), "weekday-days", 1300, today,
                today.plusDays(60), 2, "enhanced", 18, List.of()), host);
        UUID candidate = placements.suggest(offer.id(), person, 70, "journey", demo(Role.NAVIGATOR));
        placements.putForward(candidate, "Weekdays", "Ready", "", demo(Role.NAVIGATOR));
        placements.scheduleInterview(candidate, today, java.time.LocalTime.MIDNIGHT, host);
        placements.recordOutcome(candidate, true, "", today, host);
        placements.start(candidate, today, host);

        Page employer = signIn(demoEmail(Role.EMPLOYER), DEMO_PASSWORD, 320);
        followLink(employer, "Placements");
        fitsAPhone(employer);
        employer.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).first().click();
        fitsAPhone(employer);
        assertThat(employer.locator("#offerRoleTitle").inputValue()).isEqualTo("Ward housekeeper");
        employer.locator("#offerPay").fill("5.00");
        press(employer, "Offer the job");
        assertThat(employer.locator(".nhsuk-error-summary").textContent()).contains("The hourly pay is below the");
        employer.locator("#hourlyPay").fill("13.20");
        employer.locator("#message").fill("The ward would like to keep them on");
        press(employer, "Offer the job");
        assertThat(employer.locator(".nhsuk-notification-banner--success").textContent()).contains("Job offer sent");

        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        followLink(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill(name);
        press(navigator, "Search");
        navigator.locator("#caseload").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        followLink(navigator, "Job search");
        fitsAPhone(navigator);
        assertThat(navigator.locator(".application-status").first().textContent()).isEqualTo("Offer");
        assertThat(navigator.locator(".application-history").first().textContent()).contains("after the placement")
                .contains("keep them on");
        assertThat(navigator.locator("#record-job-start").textContent()).isEqualTo("Record the job start");
    }
}
