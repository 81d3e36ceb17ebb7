package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
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
 * A navigator on a small phone finds an early warning on the worklist, follows it to the record's early
 * warnings, is refused an empty acknowledgement, acknowledges it with what was done, and records that the
 * person missed an appointment. axe-core and no sideways scroll at 320 px on every page.
 */
class EarlyWarningJourney extends BrowserJourney {

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    EarlyWarnings warnings;

    @Test
    void a_navigator_acknowledges_an_early_warning_from_the_worklist_at_320_px() {
        String given = "Jem" + UUID.randomUUID().toString().substring(0, 4);
        var account = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        SignedInUser navigator = new SignedInUser(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), true, null);
        // Enrolled three weeks ago with an appointment the next day and no contact since, by the service's clock.
        LocalDate enrolled = LocalDate.now(ZoneId.of("Europe/London")).minusDays(21);
        clock.fixAt(enrolled.atTime(9, 0).toString());
        Referral referral = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                given, "Journey", LocalDate.of(1999, 9, 9), "RM18 7AG", given.toLowerCase() + "@example.invalid", null,
                ContactPreference.EMAIL, List.of(WorkInterest.PHARMACY), Referrals.PRIVACY_NOTICE_VERSION, true, "journey", null));
        referrals.accept(referral.id(), referral.version(), navigator.id(), navigator);
        ParticipantId person = participants.forReferral(referral.id()).orElseThrow();
        participants.bookAppointment(person, enrolled.plusDays(1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                "Seaview Hub", "First meeting", navigator);
        clock.reset();
        warnings.recomputeFor(person);

        Page page = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        fitsAPhone(page);
        page.locator("#kinds").getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Early warning (")).click();
        fitsAPhone(page);
        Locator line = page.locator("#worklist li").filter(new Locator.FilterOptions().setHasText(given + " Journey"));
        assertThat(line.textContent()).contains("Early warning: No contact since enrolling on");
        line.getByRole(AriaRole.LINK).first().click();
        fitsAPhone(page);
        assertThat(page.locator("h1").textContent()).isEqualTo(given + " Journey");
        assertThat(page.locator("#record-raised").textContent()).contains("Early warning").contains("No contact since enrolling on");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the warning: No contact")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Say what was done about the warning");
        page.locator(".nhsuk-error-summary a").first().click();
        page.getByLabel("What was done").fill("Phoned; the letter went to an old address. Meeting booked.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the warning: No contact")).click();
        fitsAPhone(page);
        assertThat(page.locator(".nhsuk-notification-banner").textContent()).contains("Early warning acknowledged");
        assertThat(page.locator("#warning-no-contact").textContent()).contains("Acknowledged by").contains("Meeting booked.");

        followLink(page, "Contacts and notes");
        fitsAPhone(page);
        page.locator("#appointments").getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Did not attend")).click();
        fitsAPhone(page);
        assertThat(page.locator("#appointments").textContent()).contains("First meeting").contains("(did not attend)");
        page.context().close();
    }
}
