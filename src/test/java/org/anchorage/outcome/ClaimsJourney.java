package org.anchorage.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
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
 * A programme manager on a 320-pixel phone goes from the programme's page to its outcome claims, reads its
 * outcome definitions, and marks a sustained outcome claimed, first with no date (the error summary), then
 * properly: every page, errors included, passes axe and fits the phone.
 */
class ClaimsJourney extends BrowserJourney {

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    JobStarts jobStarts;

    /** A person of the pilot 14 weeks into a job, whose 13-week check with a payslip evidenced all three outcomes. */
    private String personWithOutcomes() {
        var a = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        SignedInUser navigator = new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
        String family = "Claim" + UUID.randomUUID().toString().substring(0, 6);
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                "Dara", family, LocalDate.of(1991, 5, 5), "RM18 7AA", null, "07700 900457", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        var person = participants.forReferral(r.id()).orElseThrow();
        LocalDate today = participants.today();
        UUID job = jobStarts.record(person, new JobStart.New("Royal Free Hospital", "nhs", "Porter", "portering", null, 1400, new BigDecimal("37.5"),
                false, "permanent", today.minusWeeks(14), "employer-confirmation"), navigator);
        jobStarts.recordCheck(person, job, new SustainmentCheck.New(13, today, "same-job", new BigDecimal("37.5"), "payslip-seen", "", null, null),
                navigator);
        return "Dara " + family;
    }

    @Test
    void a_manager_marks_a_sustained_outcome_claimed_from_the_programme_page_on_a_phone() {
        String name = personWithOutcomes();
        Page page = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 320);
        followLink(page, "Programmes");
        fitsAPhone(page);
        followLink(page, "National pilot");
        fitsAPhone(page);
        followLink(page, "Outcome claims");
        fitsAPhone(page);
        assertThat(page.locator("main").textContent()).contains(name).contains("Sustained 3 months").contains("IPS baseline");

        followLink(page, "The programme's outcome definitions");
        fitsAPhone(page);
        assertThat(page.locator("#definition-dwp-earnings").textContent()).contains("16 hours a week for 26 weeks (416 hours)");
        assertThat(page.locator("#job-rules").textContent()).contains("at least 16 contracted hours a week");
        followLink(page, "Back to outcome claims");

        page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sustained 3 months"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Mark claimed")).click();
        fitsAPhone(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claimed").setExact(true)).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter the date the outcome was claimed");
        fillDate(page, "claimed", participants.today());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark claimed").setExact(true)).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-notification-banner--success").textContent())
                .contains("Marked claimed: Sustained 3 months for " + name);
        page.context().close();
    }
}
