package org.anchorage.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.BrowserJourney;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.Organisations;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.placement.Employers;
import org.anchorage.placement.Placements;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Step 9 end to end, by links on a 320-pixel phone: the navigator records an application; the placement host
 * offers the person a job from the candidate page; the navigator records the start from that offer; fourteen
 * weeks on, the 13-week check (payslip seen) evidences "Sustained 3 months", which moves the person to
 * "Sustained in work"; and the person, signed in, sees their job and when the next check falls. Every page
 * passes axe and fits the phone.
 */
class IntoWorkJourney extends BrowserJourney {

    private static final String PARTICIPANT_PASSWORD = "estuary-porter-morning-tide-91";

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    Organisations organisations;

    private void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        fitsAPhone(page);
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private void openRecord(Page navigator, String name) {
        followLink(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill(name);
        press(navigator, "Search");
        navigator.locator("#caseload").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        fitsAPhone(navigator);
    }

    @Test
    void an_application_a_hosts_offer_a_start_and_a_13_week_check_and_the_person_sees_their_job() {
        LocalDate day0 = participants.today();
        clock.fixAt(day0.atTime(9, 0).toString());
        SignedInUser navigatorUser = demo(Role.NAVIGATOR);
        SignedInUser host = demo(Role.EMPLOYER);
        String family = "Work" + UUID.randomUUID().toString().substring(0, 6);
        String name = "Ade " + family;
        ProgrammeId pilot = new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
        Referral r = referrals.receiveSelfReferral(new NewReferral(pilot, "Ade", family, LocalDate.of(1994, 4, 4), "RM18 7AA", null,
                "07700 900777", ContactPreference.PHONE, List.of(WorkInterest.FACILITIES), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigatorUser.id(), navigatorUser);
        ParticipantId person = participants.forReferral(r.id()).orElseThrow();
        String email = family.toLowerCase(java.util.Locale.UK) + "@resident.test";
        var home = organisations.findByName("Seaview Borough Council (demo)").orElseThrow();
        var account = users.create(new NewUser(email, name, Role.PARTICIPANT, home.id(), PARTICIPANT_PASSWORD));
        participants.linkSignIn(person, account.id(), navigatorUser);
        // A paid placement at the demo care home that the person has started (step 5's journey covers those pages).
        var site = employers.addSite("Into work site " + family, "Rowley Road, Orsett", "RM16 3EU", host);
        var placement = placements.post(new Placements.NewPlacement(pilot, site.id(), null, "Ward housekeeper", "facilities", "2", "",
                new BigDecimal("30"), "weekday-days", 1300, day0, day0.plusDays(60), 2, "enhanced", 18, List.of()), host);
        UUID candidate = placements.suggest(placement.id(), person, 70, "journey", navigatorUser);
        placements.putForward(candidate, "Weekdays", "Ready", "", navigatorUser);
        placements.scheduleInterview(candidate, day0, java.time.LocalTime.MIDNIGHT, host);
        placements.recordOutcome(candidate, true, "", day0, host);
        placements.start(candidate, day0, host);

        // The navigator records an application the person made on NHS Jobs.
        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        openRecord(navigator, name);
        followLink(navigator, "Job search");
        fitsAPhone(navigator);
        navigator.locator("#employer").fill("Mid and South Essex NHS Foundation Trust");
        navigator.locator("#roleTitle").fill("Porter");
        navigator.getByLabel("Portering", new Page.GetByLabelOptions().setExact(true)).check();
        navigator.locator("#reference").fill("200-POR-0042");
        fillDate(navigator, "applied", day0.minusDays(3));
        press(navigator, "Add the application");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("Application added: Porter");
        assertThat(navigator.locator(".application-status").first().textContent()).isEqualTo("Applied");

        // The host offers a job after the placement, from the candidate page.
        Page employer = signIn(demoEmail(Role.EMPLOYER), DEMO_PASSWORD, 320);
        followLink(employer, "Placements");
        employer.locator("#worklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).first().click();
        fitsAPhone(employer);
        employer.locator("#offerHours").fill("37.5");
        employer.locator("#offerPay").fill("13.20");
        employer.locator("#offerMessage").fill("The ward would like to keep them on");
        press(employer, "Offer the job");
        assertThat(employer.locator(".nhsuk-notification-banner--success").textContent()).contains("Job offer sent");

        // The navigator records the start from the offer: every error first, then properly.
        navigator.reload();
        fitsAPhone(navigator);
        navigator.locator("main a").filter(new Locator.FilterOptions().setHasText("Update this application: Ward housekeeper")).click();
        fitsAPhone(navigator);
        assertThat(navigator.locator("#record-job-start").textContent()).isEqualTo("Record the job start");
        navigator.locator("#hourlyPay").fill("");
        press(navigator, "Record the job start");
        assertThat(navigator.locator(".nhsuk-error-summary").textContent()).contains("Choose the kind of employer")
                .contains("Enter the hourly pay").contains("Enter the start date").contains("Choose the type of contract");
        navigator.getByLabel("Social care", new Page.GetByLabelOptions().setExact(true)).check();
        navigator.locator("#hourlyPay").fill("13.20");
        navigator.locator("#hoursPerWeek").fill("37.5");
        navigator.getByLabel("Permanent", new Page.GetByLabelOptions().setExact(true)).check();
        fillDate(navigator, "starts", day0);
        navigator.getByLabel("Employer confirmation", new Page.GetByLabelOptions().setExact(true)).check();
        press(navigator, "Record the job start");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("Job start recorded");
        assertThat(navigator.locator("#status-caption").textContent()).isEqualTo("In work");

        // Fourteen weeks on (13-week window: 11 to 15 weeks), the check with a payslip evidences three months in work.
        clock.fixAt(day0.plusWeeks(14).atTime(9, 0).toString());
        navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        openRecord(navigator, name);
        followLink(navigator, "Work");
        fitsAPhone(navigator);
        navigator.getByLabel("13 weeks", new Page.GetByLabelOptions().setExact(false)).check();
        fillDate(navigator, "checked", day0.plusWeeks(14));
        navigator.locator("#status-0").check();
        navigator.locator("#checkHours").fill("37.5");
        navigator.locator("#checkEvidence-1").check();
        press(navigator, "Record the check");
        assertThat(navigator.locator(".nhsuk-notification-banner--success").textContent()).contains("13-week check recorded");
        Locator sustained = navigator.locator("tr[id$='-sustained-3-months']");
        assertThat(sustained.textContent()).contains("Sustained 3 months").contains("Achieved");
        assertThat(navigator.locator("#status-caption").textContent()).isEqualTo("Sustained in work");

        // The person sees their job and the next check (26 weeks after the start) on their own page.
        Page me = signIn(email, PARTICIPANT_PASSWORD, 320);
        followLink(me, "My support");
        fitsAPhone(me);
        assertThat(me.locator("#my-job-role").textContent()).contains("You started as Ward housekeeper at Willow Lodge Care Home (demo)");
        assertThat(me.locator("#my-next-check").textContent()).contains(org.anchorage.shared.web.Display.date(day0.plusWeeks(26)));
    }
}
