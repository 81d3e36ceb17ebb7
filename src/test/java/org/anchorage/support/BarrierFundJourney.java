package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * A navigator turns a barrier from the assessment into a support action and asks the barrier fund for the
 * money; a programme manager approves it and records what was paid. Both on a 320-pixel phone, by links only
 * after signing in; every page, including those showing errors, passes axe and does not scroll sideways.
 */
class BarrierFundJourney extends BrowserJourney {

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    Referrals referrals;

    @Autowired
    Plans plans;

    @Autowired
    Participants participants;

    private void check(Page page) {
        fitsAPhone(page);
    }

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        check(page);
    }

    /** A person of the demo navigator's in the National pilot, assessed with transport as a barrier. */
    private String person() {
        var a = users.findByEmail(demoEmail(Role.NAVIGATOR)).orElseThrow();
        SignedInUser navigator = new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
        String family = "Fund" + UUID.randomUUID().toString().substring(0, 6);
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                "Jules", family, LocalDate.of(1999, 8, 8), "RM18 7AA", null, "07700 900456", ContactPreference.PHONE,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        ParticipantId id = participants.forReferral(r.id()).orElseThrow();
        plans.assess(id, new Assessment(null, null, null, "Shop work", List.of("transport"), List.of("nursing-support"), 30,
                List.of("weekday-days"), "Weekdays", "", plans.scales().getFirst().id(), List.of(6, 6, 6, 4)), navigator);
        return "Jules " + family;
    }

    @Test
    void a_navigator_adds_a_support_action_from_a_barrier_and_asks_for_money_and_a_manager_approves_and_records_the_payment() {
        String name = person();
        String buys = "Bus pass for " + name;
        LocalDate today = participants.today();

        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        check(navigator);
        followLink(navigator, "Caseload");
        check(navigator);
        navigator.getByLabel("Name contains").fill(name);
        press(navigator, "Search");
        navigator.locator("#caseload").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        check(navigator);
        followLink(navigator, "Support and funds");
        check(navigator);
        assertThat(navigator.locator("#suggestions").textContent()).contains("Transport");

        followLink(navigator, "Add: Travel pass for Transport");
        check(navigator);
        assertThat(navigator.locator("#what").inputValue()).isEqualTo("Travel pass");
        press(navigator, "Add support action");
        String errors = navigator.locator(".nhsuk-error-summary").textContent();
        assertThat(errors).contains("Choose who will do it").contains("Enter the date it should be done by");
        navigator.getByLabel("What will be done", EXACT).fill("4-week bus pass to training");
        navigator.getByLabel("Their navigator", EXACT).check();
        fillDate(navigator, "due", today.plusDays(4));
        press(navigator, "Add support action");
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("Support action added");
        assertThat(navigator.locator("h4").allTextContents()).contains("4-week bus pass to training");

        navigator.getByLabel("Amount, in pounds and pence", EXACT).fill("12.345");
        press(navigator, "Send for approval");
        assertThat(navigator.locator(".nhsuk-error-summary").textContent())
                .contains("no more than 2 decimal places").contains("Enter what the money will buy").contains("Enter why the money is needed");
        navigator.getByLabel("Amount, in pounds and pence", EXACT).fill("15.50");
        navigator.getByLabel("What it buys", EXACT).fill(buys);
        navigator.getByLabel("Why it is needed", EXACT).fill("No money for travel until the first wage");
        navigator.getByLabel("Support action it pays for (optional)", EXACT).selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("4-week bus pass to training"));
        press(navigator, "Send for approval");
        assertThat(navigator.locator("#request-status").textContent()).isEqualTo("Waiting for approval");

        Page manager = signIn(demoEmail(Role.PROGRAMME_MANAGER), DEMO_PASSWORD, 320);
        check(manager);
        Locator fundLinks = manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Barrier fund")));
        if (!fundLinks.first().isVisible() && manager.locator("#toggle-menu").isVisible()) {
            manager.locator("#toggle-menu").click();
        }
        fundLinks.first().click();
        check(manager);
        followLink(manager, buys);
        check(manager);
        press(manager, "Save decision");
        assertThat(manager.locator(".nhsuk-error-summary").textContent()).contains("Choose whether to approve or refuse the request");
        manager.getByLabel("Approve", EXACT).check();
        press(manager, "Save decision");
        assertThat(manager.locator("#request-status").textContent()).isEqualTo("Approved, not yet paid");

        manager.getByLabel("Amount actually paid, in pounds and pence", EXACT).fill("15.00");
        fillDate(manager, "paidOn", today);
        manager.getByLabel("Programme payment card", EXACT).check();
        manager.getByLabel("Receipt or finance reference", EXACT).fill("JRNY-1");
        press(manager, "Record payment");
        assertThat(manager.locator("#request-status").textContent()).isEqualTo("Paid");
        assertThat(manager.locator("#request-paid").textContent()).contains("£15.00").contains("JRNY-1");
        followLink(manager, "Back to support and funds");
        check(manager);
        assertThat(manager.locator("#fund-requests").textContent()).contains(buys).contains("Paid");
    }
}
