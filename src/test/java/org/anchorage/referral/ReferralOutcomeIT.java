package org.anchorage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeContact;
import org.anchorage.programme.ProgrammeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What people hear back: a partner sees why a referral was declined or where the person was signposted;
 * a resident who referred themself is given the programme team's contact details, set on the programme form.
 */
class ReferralOutcomeIT extends IntegrationTest {

    @Autowired
    Referrals referrals;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Referral fromPartner(String given) {
        var programme = new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
        return referrals.receiveFromPartner(new NewReferral(programme, given, "Outcome", LocalDate.of(1993, 5, 5), "SS14 3QB", null,
                "07700 900777", ContactPreference.PHONE, List.of(WorkInterest.NOT_SURE), Referrals.PRIVACY_NOTICE_VERSION, true,
                "Youth team", null), demo(Role.REFERRAL_PARTNER));
    }

    @Test
    void a_partner_sees_why_a_referral_was_declined_and_where_another_was_signposted() throws Exception {
        Referral declined = fromPartner("Dara");
        Referral signposted = fromPartner("Sol");
        referrals.decline(declined.id(), declined.version(), "Already in full-time work, so not eligible", demo(Role.NAVIGATOR));
        referrals.signpost(signposted.id(), signposted.version(), "Thurrock Adult College, English for speakers of other languages",
                demo(Role.NAVIGATOR));

        String list = mvc.perform(get("/referrals").with(as(Role.REFERRAL_PARTNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Reason: Already in full-time work, so not eligible")
                .contains("Signposted to: Thurrock Adult College, English for speakers of other languages")
                .contains("nhsuk-table-responsive");
        String one = mvc.perform(get("/referrals/" + declined.id().value()).with(as(Role.REFERRAL_PARTNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(one).contains("Why it was declined").contains("Already in full-time work, so not eligible");
        String other = mvc.perform(get("/referrals/" + signposted.id().value()).with(as(Role.REFERRAL_PARTNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("Signposted to").contains("Thurrock Adult College");
    }

    @Test
    void the_programme_form_sets_the_team_contact_shown_on_the_self_referral_confirmation() throws Exception {
        String name = "Contact test " + UUID.randomUUID().toString().substring(0, 6);
        String refused = mvc.perform(post("/programmes").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("name", name).param("status", "open").param("contactEmail", "not an address")
                        .param("contactPhone", "call us").param("contactHours", "Weekdays"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("href=\"#contactEmail\"")
                .contains("href=\"#contactPhone\"").contains("value=\"call us\"");
        assertThat(programmes.all()).noneMatch(p -> p.name().equals(name));

        mvc.perform(post("/programmes").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("name", name).param("status", "open").param("contactEmail", "team@contact.example.nhs.uk")
                        .param("contactPhone", "01632 960 303").param("contactHours", "Monday to Friday, 9am to 5pm"))
                .andExpect(status().is3xxRedirection());
        Programme added = programmes.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(added.contact()).isEqualTo(new ProgrammeContact("team@contact.example.nhs.uk", "01632 960 303",
                "Monday to Friday, 9am to 5pm"));
        String form = mvc.perform(get("/programmes/" + added.id().value()).with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"team@contact.example.nhs.uk\"").contains("value=\"01632 960 303\"");

        // A resident refers themself to it, answering each question in turn (the session is found by its cookie).
        Cookie[] session = mvc.perform(post("/self-referral").with(csrf())).andReturn().getResponse().getCookies();
        String[][] answers = {{"programme", "programmeId", added.id().value().toString()}, {"name", "givenName", "Cass"},
                {"name", "familyName", "Contact"}, {"date-of-birth", "day", "4"}, {"date-of-birth", "month", "4"},
                {"date-of-birth", "year", "1994"}, {"postcode", "postcode", "SS14 3QB"}, {"contact", "contactPreference", "phone"},
                {"contact", "phone", "07700 900888"}, {"interests", "workInterests", "not-sure"}, {"consent", "consent", "yes"}};
        for (String step : List.of("programme", "name", "date-of-birth", "postcode", "contact", "interests", "consent")) {
            var request = post("/self-referral/" + step).cookie(session).with(csrf());
            for (String[] a : answers) {
                if (a[0].equals(step)) {
                    request.param(a[1], a[2]);
                }
            }
            mvc.perform(request).andExpect(status().is3xxRedirection());
        }
        var sent = mvc.perform(post("/self-referral/check").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/self-referral/confirmation")).andReturn();
        String done = mvc.perform(get("/self-referral/confirmation").cookie(session).flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("ANC-").contains("If you need to contact us")
                .contains("href=\"tel:01632960303\"").contains("01632 960 303")
                .contains("href=\"mailto:team@contact.example.nhs.uk\"").contains("Monday to Friday, 9am to 5pm");
    }
}
