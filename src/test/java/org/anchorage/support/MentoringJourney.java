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
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A navigator assigns the demo mentor from the record; the mentor finds the mentee, logs a session and a
 * low check-in; the navigator sees the trend, then the early warning the low check-in raised on their
 * worklist, and acknowledges it. By links only, axe-clean and without sideways scroll at 320 px.
 */
class MentoringJourney extends BrowserJourney {

    @Autowired Referrals referrals;
    @Autowired Mentoring mentoring;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static void section(Page page, String name) {
        page.locator("nav[aria-label='Sections of this record']").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void a_navigator_assigns_a_mentor_who_logs_a_session_and_a_low_check_in_and_the_navigator_sees_the_trend_and_the_warning() {
        String family = "Mentorjourney" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        Referral r = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(resolve("{national-pilot}"))),
                "Hollis", family, LocalDate.of(1999, 9, 9), "RM17 6PU", "hollis@example.invalid", null, ContactPreference.EMAIL,
                List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), demo(Role.NAVIGATOR).id(), demo(Role.NAVIGATOR));
        // Room for one more, whatever other tests have assigned the demo mentor.
        mentoring.changeProfile(new MentorProfile("nursing-support", "RM17 6PU", 10), demo(Role.MENTOR));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));

        Page navigator = signIn(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD, 320);
        followLink(navigator, "Caseload");
        navigator.getByLabel("Name contains").fill(family);
        press(navigator, "Search");
        followLink(navigator, "Hollis " + family);
        section(navigator, "Mentoring");
        fitsAPhone(navigator);
        assertThat(navigator.locator("#no-mentor").textContent()).contains("No mentor");
        navigator.getByLabel("Demo Mentor, Estuary and Marshes NHS Foundation Trust (demo)").check();
        fillDate(navigator, "startsOn", today);
        press(navigator, "Assign mentor");
        fitsAPhone(navigator);
        assertThat(navigator.locator("#current-mentor").textContent()).contains("Demo Mentor");

        Page mentor = signIn(demoEmail(Role.MENTOR), DEMO_PASSWORD, 320);
        assertThat(mentor.locator("h1").textContent()).isEqualTo("Your mentees");
        fitsAPhone(mentor);
        followLink(mentor, "Hollis");
        fitsAPhone(mentor);
        assertThat(mentor.locator("main").textContent()).doesNotContain(family).doesNotContain("RM17 6PU");
        fillDate(mentor, "heldOn", today);
        mentor.locator("#attended-0").check();
        mentor.getByLabel("How long, in minutes").fill("40");
        mentor.getByLabel("Video").check();
        mentor.getByLabel("Wellbeing", new Page.GetByLabelOptions().setExact(true)).check();
        mentor.getByLabel("Notes (optional)").fill("Feeling low about the interview; shared so the navigator can follow up.");
        mentor.getByLabel("Share these notes with their navigator").check();
        press(mentor, "Log session");
        fitsAPhone(mentor);
        assertThat(mentor.locator("#sessions").textContent()).contains("40 minutes, video").contains("Wellbeing");
        for (int[] answer : new int[][] {{0, 2}, {1, 3}, {2, 1}, {3, 9}}) {
            mentor.locator("#score" + answer[0] + "-" + answer[1]).check();
        }
        press(mentor, "Record check-in");
        fitsAPhone(mentor);
        assertThat(mentor.locator(".nhsuk-notification-banner").textContent()).contains("Wellbeing check-in recorded");

        navigator.reload();
        assertThat(navigator.locator("#sessions").textContent()).contains("Feeling low about the interview");
        section(navigator, "Wellbeing");
        fitsAPhone(navigator);
        assertThat(navigator.locator("#trend-title").textContent()).contains("Wellbeing over time");
        String table = navigator.locator("#trend-table").textContent();
        assertThat(table).contains("Mentor").contains("Anxiety").contains("For anxiety, lower is better");
        assertThat(navigator.locator("#trend-table tbody tr").last().textContent()).contains("2").contains("9");
        assertThat(navigator.locator("#trend-summary").textContent()).contains("anxiety yesterday").contains("lower is better");

        // The low check-in (life satisfaction 2, anxiety 9) raised an early warning as soon as it was saved.
        followLink(navigator, "NHS Anchorage homepage"); // a navigator's home is their worklist
        assertThat(navigator.locator("h1").textContent()).isEqualTo("Worklist");
        fitsAPhone(navigator);
        navigator.locator("#kinds").getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Early warning (")).click();
        fitsAPhone(navigator);
        Locator line = navigator.locator("#worklist li").filter(new Locator.FilterOptions().setHasText("Hollis " + family));
        assertThat(line.textContent()).contains("Early warning");
        line.getByRole(AriaRole.LINK).first().click();
        fitsAPhone(navigator);
        assertThat(navigator.locator("#record-raised").textContent()).contains("Early warning");
        assertThat(navigator.locator("#warning-wellbeing-drop").textContent()).contains("Wellbeing down");
        navigator.locator("#warning-wellbeing-drop textarea").fill("Called Hollis; booked a catch-up and shared the Samaritans number.");
        navigator.locator("#warning-wellbeing-drop").getByRole(AriaRole.BUTTON).click();
        fitsAPhone(navigator);
        assertThat(navigator.locator(".nhsuk-notification-banner").textContent()).contains("Early warning acknowledged");
        assertThat(navigator.locator("#warning-wellbeing-drop").textContent()).contains("Acknowledged by").contains("booked a catch-up");
    }
}
