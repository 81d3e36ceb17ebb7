package org.anchorage.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.training.Training;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey, by links only at 320 px with axe on every page: the demo trainer raises a concern about
 * someone booked on their session; the programme's lead finds it first on their worklist, acknowledges it, records a
 * referral to the local authority, lets the navigator see a flag and closes it; the person's navigator opens the
 * record and sees the flag, and nothing of the concern. People and programme are the journey's own.
 */
class SafeguardingJourney extends BrowserJourney {

    static final String PASSWORD = "safeguarding-journey-password-2026";

    @Autowired Referrals referrals;
    @Autowired Participants participants;
    @Autowired Training training;
    @Autowired Designations designations;

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        fitsAPhone(page);
    }

    @Test
    void a_trainer_raises_a_concern_the_lead_acknowledges_refers_and_closes_it_and_the_navigator_sees_only_the_flag() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var demoTrainer = users.findByEmail(demoEmail(Role.TRAINER)).orElseThrow();
        var demoManager = users.findByEmail(demoEmail(Role.PROGRAMME_MANAGER)).orElseThrow();
        var trust = demoTrainer.organisationId();
        var lead = users.create(new NewUser("lead." + run + "@journey.test", "Lena Lead " + run, Role.NAVIGATOR, trust, PASSWORD));
        var navigator = users.create(new NewUser("nav." + run + "@journey.test", "Nia Navigator", Role.NAVIGATOR, trust, PASSWORD));
        var managerUser = new org.anchorage.identity.SignedInUser(demoManager.id(), demoManager.email(), demoManager.displayName(),
                demoManager.role(), demoManager.organisationId(), true, null);
        Programme programme = programmes.add(new ProgrammeDetails("Journey programme " + run, ProgrammeStatus.OPEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "SafeguardingJourney", Set.of(trust)), null, managerUser);
        var referral = referrals.receiveSelfReferral(new NewReferral(programme.id(), "Robin", "Journey" + run, LocalDate.of(2000, 2, 2),
                "RM18 7AG", "robin." + run + "@example.invalid", null, ContactPreference.EMAIL, List.of(WorkInterest.NOT_SURE),
                Referrals.PRIVACY_NOTICE_VERSION, true, "SafeguardingJourney", null));
        referrals.accept(referral.id(), referral.version(), navigator.id(), managerUser);
        var person = participants.forReferral(referral.id()).orElseThrow();
        String venue = "Journey room " + run;
        var session = training.schedule(training.catalogue().getFirst().id(), programme.id(),
                java.time.Instant.now().plus(Duration.ofDays(3)), venue, 8, demoTrainer.id(), managerUser);
        var navigatorUser = new org.anchorage.identity.SignedInUser(navigator.id(), navigator.email(), navigator.displayName(),
                navigator.role(), navigator.organisationId(), true, null);
        training.book(session.id(), person, false, navigatorUser);
        designations.appointLead(programme.id(), lead.id(), managerUser);
        String name = "Robin Journey" + run;

        // The trainer: Training, the session, the link beside the person, the form (refused without a description).
        Page page = signIn(demoEmail(Role.TRAINER), DEMO_PASSWORD, 320);
        fitsAPhone(page);
        followLink(page, "Training");
        fitsAPhone(page);
        page.locator(".nhsuk-card", new Page.LocatorOptions().setHasText(venue)).getByRole(AriaRole.LINK).first().click();
        fitsAPhone(page);
        page.locator("#bookings li", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Raise a safeguarding concern about " + name)).click();
        fitsAPhone(page);
        assertThat(page.locator("#who-receives").textContent()).contains("Lena Lead " + run);
        page.getByLabel("Yes").first().check();
        press(page, "Send the concern");
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter what you saw or heard");
        page.getByLabel("What did you see or hear?").fill("Robin said someone takes their wages and they are scared to go home.");
        page.getByLabel("Financial or material").check();
        press(page, "Send the concern");
        assertThat(page.locator("#confirmation").textContent()).contains("Concern sent").contains("SG-");
        followLink(page, "Your safeguarding reports");
        fitsAPhone(page);
        assertThat(page.locator("#reports").textContent()).contains(name).contains("Received");
        page.context().close();

        // The lead: first on the worklist, urgent; acknowledge, refer, allow the flag, close.
        Page leadPage = signIn(lead.email(), PASSWORD, 320);
        fitsAPhone(leadPage);
        Locator first = leadPage.locator("#worklist-notices li").first();
        assertThat(first.textContent()).contains("Urgent").contains("Safeguarding concern raised").contains("immediate risk");
        first.getByRole(AriaRole.LINK).click();
        fitsAPhone(leadPage);
        assertThat(leadPage.locator("#description").textContent()).contains("takes their wages");
        press(leadPage, "Acknowledge the concern");
        assertThat(leadPage.locator(".nhsuk-notification-banner").textContent()).contains("Concern acknowledged");
        assertThat(leadPage.locator("#concern-state").textContent()).contains("Acknowledged");
        leadPage.getByLabel("Local authority safeguarding team").check();
        leadPage.getByLabel("Their reference (optional)").fill("LA-2026-0042");
        press(leadPage, "Record the referral");
        assertThat(leadPage.locator("#actions").textContent()).contains("Referred to Local authority safeguarding team")
                .contains("LA-2026-0042");
        leadPage.getByLabel("Yes, show a flag").check();
        press(leadPage, "Save the flag");
        assertThat(leadPage.locator("#flag-state").textContent()).contains("Shown to the navigator");
        leadPage.getByLabel("Referred on and accepted by another agency").check();
        press(leadPage, "Close the concern");
        assertThat(leadPage.locator("#outcome").textContent()).contains("Referred on and accepted by another agency");
        leadPage.context().close();

        // The navigator: the record shows the flag and whom to speak to, nothing of the concern.
        Page navPage = signIn(navigator.email(), PASSWORD, 320);
        fitsAPhone(navPage);
        followLink(navPage, "Caseload");
        fitsAPhone(navPage);
        navPage.locator("#caseload").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        fitsAPhone(navPage);
        assertThat(navPage.locator("#record-raised").textContent()).contains("Safeguarding")
                .contains("Speak to the safeguarding lead, Lena Lead " + run);
        assertThat(navPage.content()).doesNotContain("takes their wages").doesNotContain("LA-2026-0042");
        navPage.context().close();
    }
}
