package org.anchorage.outcome;

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
 * A navigator records a job start on a 320-pixel phone, first with everything missing (the error summary),
 * then properly, makes the 4-week check and records a pay rise: every page, errors included, passes axe and fits the phone.
 */
class WorkJourney extends BrowserJourney {

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        fitsAPhone(page);
    }

    private String person() {
        var a = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        SignedInUser navigator = new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
        String family = "Work" + UUID.randomUUID().toString().substring(0, 6);
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                "Kemi", family, LocalDate.of(1992, 8, 8), "RM18 7AA", null, "07700 900456", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        return "Kemi " + family;
    }

    @Test
    void a_navigator_records_a_job_start_and_its_four_week_check_on_a_phone() {
        String name = person();
        LocalDate today = participants.today();
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        fitsAPhone(navigator);
        followLink(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill(name);
        press(navigator, "Search");
        navigator.locator("#caseload").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        followLink(navigator, "Work");
        fitsAPhone(navigator);
        assertThat(navigator.locator("#no-job-starts").textContent()).contains("No job start recorded yet");

        press(navigator, "Record the job start");
        assertThat(navigator.locator(".nhsuk-error-summary").textContent()).contains("Enter the employer").contains("Enter the start date")
                .contains("Choose the NHS role family").contains("Enter the hourly pay");

        navigator.locator("#employer").fill("Royal Free Hospital");
        navigator.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("NHS").setExact(true)).check();
        navigator.locator("#roleTitle").fill("Porter");
        navigator.getByLabel("Portering", new Page.GetByLabelOptions().setExact(true)).check();
        navigator.locator("#hourlyPay").fill("13.15");
        navigator.locator("#hoursPerWeek").fill("37.5");
        navigator.getByLabel("Permanent", new Page.GetByLabelOptions().setExact(true)).check();
        fillDate(navigator, "starts", today.minusWeeks(4));
        navigator.locator("#evidence-0").check();
        press(navigator, "Record the job start");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("Job start recorded: Porter at Royal Free Hospital");
        assertThat(navigator.locator(".nhsuk-card").first().textContent()).contains("£13.15 an hour, 37.5 hours a week").contains("In this job");

        // The 4-week check is due today: it is chosen already.
        fillDate(navigator, "checked", today);
        navigator.locator("#status-0").check();
        navigator.locator("#checkHours").fill("37.5");
        navigator.locator("#checkEvidence-1").check();
        press(navigator, "Record the check");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("4-week check recorded");
        assertThat(navigator.locator("table").first().textContent()).contains("Done").contains("Still in the same job, 37.5 hours a week");

        // A pay rise from today: first sent empty (every error listed), then properly; the card shows the new pay.
        navigator.getByText("Record a change", new Page.GetByTextOptions().setExact(true)).click();
        press(navigator, "Record the change");
        assertThat(navigator.locator(".nhsuk-error-summary").textContent()).contains("Enter the date the change took effect")
                .contains("Choose what kind of change it is").contains("Enter the hourly pay from that date")
                .contains("Enter the contracted hours a week from that date").contains("Choose how you know about the change");
        fillDate(navigator, "changes", today);
        navigator.getByLabel("Pay rise", new Page.GetByLabelOptions().setExact(true)).check();
        navigator.locator("#changePay").fill("13.60");
        navigator.locator("#changeHours").fill("37.5");
        navigator.locator("#changeEvidence-1").check();
        press(navigator, "Record the change");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("Change recorded");
        assertThat(navigator.locator(".nhsuk-card").first().textContent()).contains("£13.60 an hour, 37.5 hours a week")
                .contains("£13.15 → £13.60 an hour (pay rise)").contains("Kind of employer").contains("NHS");
    }
}
