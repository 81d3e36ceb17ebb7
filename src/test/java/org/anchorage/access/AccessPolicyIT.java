package org.anchorage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.access.AccessWorld.Kind;
import org.anchorage.access.AccessWorld.Scope;
import org.anchorage.identity.Role;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The findings of the step 6 attack, one test each: each failed before the one access policy.
 */
class AccessPolicyIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Referrals referrals;

    AccessWorld world;

    @BeforeEach
    void world() {
        world = AccessWorld.in(context);
    }

    private String programme(Scope scope) {
        return world.id(Kind.PROGRAMME, scope).toString();
    }

    @Test
    void a_manager_cannot_change_the_rules_of_a_programme_their_organisation_is_not_in() throws Exception {
        long before = rulesVersions(programme(Scope.OTHER_ORGANISATION));
        mvc.perform(put("/api/v1/programmes/" + programme(Scope.OTHER_ORGANISATION) + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"maxDecile\":10}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programmes/" + programme(Scope.OTHER_ORGANISATION) + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                        .with(csrf()).param("maxDecile", "10"))
                .andExpect(status().isNotFound());
        assertThat(rulesVersions(programme(Scope.OTHER_ORGANISATION))).isEqualTo(before);
        // Their own programme's rules they may change.
        mvc.perform(put("/api/v1/programmes/" + programme(Scope.OWN) + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"maxDecile\":10}"))
                .andExpect(status().isOk());
    }

    private long rulesVersions(String programme) {
        return jdbc.sql("SELECT count(*) FROM programme_eligibility_rules WHERE programme_id = :p")
                .param("p", UUID.fromString(programme)).query(Long.class).single();
    }

    @Test
    void a_manager_cannot_add_their_organisation_to_another_programme_nor_change_who_takes_part_where_they_do_not_lead()
            throws Exception {
        String trust = users.findByEmail(demoEmail(Role.PROGRAMME_MANAGER)).orElseThrow().organisationId().value().toString();
        mvc.perform(post("/programmes/" + programme(Scope.OTHER_ORGANISATION)).with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("name", "Taken over").param("status", "open").param("organisationIds", trust))
                .andExpect(status().isNotFound());
        var elsewhere = programmes.get(new ProgrammeId(UUID.fromString(programme(Scope.OTHER_ORGANISATION))));
        assertThat(elsewhere.organisations()).extracting(o -> o.value().toString()).doesNotContain(trust);
        assertThat(elsewhere.name()).isEqualTo("Access test: elsewhere");

        // The trust takes part in this one but does not lead it: details yes, who takes part no.
        var second = programmes.get(new ProgrammeId(UUID.fromString(programme(Scope.OTHER_CASELOAD))));
        String page = mvc.perform(post("/programmes/" + second.id()).with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("name", second.name()).param("status", "open").param("organisationIds", trust))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Only an administrator or a manager of the lead organisation");
        assertThat(programmes.get(second.id()).organisations()).isEqualTo(second.organisations());
    }

    @Test
    void a_manager_cannot_download_another_organisations_screening() throws Exception {
        mvc.perform(get("/api/v1/screenings/" + world.id(Kind.SCREENING, Scope.OTHER_ORGANISATION) + "/result.csv")
                .with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
        mvc.perform(get("/screenings/" + world.id(Kind.SCREENING, Scope.OTHER_CASELOAD) + "/result.csv")
                .with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
    }

    @Test
    void a_referral_is_allocated_only_to_a_navigator_of_an_organisation_taking_part() throws Exception {
        var referral = referrals.receiveSelfReferral(new NewReferral(new ProgrammeId(UUID.fromString(programme(Scope.OWN))),
                "Nia", "Nowhere", LocalDate.of(1994, 4, 4), "RM18 7AG", null, "07700 900777", ContactPreference.PHONE,
                List.of(WorkInterest.NOT_SURE), Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        UUID farNavigator = users.findByEmail("navigator@elsewhere.access.test").orElseThrow().id().value();
        for (String navigator : List.of(farNavigator.toString(), UUID.randomUUID().toString(),
                users.findByEmail(demoEmail(Role.TRAINER)).orElseThrow().id().value().toString())) {
            String page = mvc.perform(post("/triage/" + referral.id()).with(as(Role.NAVIGATOR)).with(csrf())
                            .param("action", "accept").param("version", Integer.toString(referral.version()))
                            .param("navigatorId", navigator))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Choose a navigator of an organisation taking part in this programme");
        }
        assertThat(referrals.get(referral.id()).status().code()).isEqualTo("received");
    }

    @Test
    void a_trainer_sees_only_their_own_sessions_and_a_navigator_only_their_own_caseload_on_a_session() throws Exception {
        UUID own = world.id(Kind.SESSION, Scope.OWN);
        UUID other = world.id(Kind.SESSION, Scope.OTHER_CASELOAD);
        String catalogue = mvc.perform(get("/training").with(as(Role.TRAINER))).andReturn().getResponse().getContentAsString();
        assertThat(catalogue).contains(own.toString()).doesNotContain(other.toString());
        mvc.perform(get("/training/sessions/" + other).with(as(Role.TRAINER))).andExpect(status().isNotFound());
        mvc.perform(get("/training/sessions/" + other + "/register").with(as(Role.TRAINER))).andExpect(status().isNotFound());

        String register = mvc.perform(get("/training/sessions/" + own + "/register").with(as(Role.TRAINER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("Owen Own").contains("Olive Other");
        String asNavigator = mvc.perform(get("/training/sessions/" + own).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asNavigator).contains("Owen Own").doesNotContain("Olive Other")
                .contains("1 person on another navigator&#39;s caseload is booked");
        mvc.perform(get("/training/sessions/" + world.id(Kind.SESSION, Scope.OTHER_ORGANISATION)).with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void creating_a_user_or_issuing_a_reset_link_asks_for_the_password_again() throws Exception {
        String before = Long.toString(users.count());
        var response = mvc.perform(post("/users").with(asWithoutRecentPassword(Role.ADMINISTRATOR)).with(csrf())
                        .param("email", "stale.session@access.test").param("displayName", "Stale Session")
                        .param("role", "administrator").param("password", "a-long-unusual-passphrase-77"))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).startsWith("/confirm-password");
        assertThat(Long.toString(users.count())).isEqualTo(before);
        UUID someone = world.id(Kind.USER, Scope.OTHER_CASELOAD);
        assertThat(mvc.perform(post("/users/" + someone + "/password-reset").with(asWithoutRecentPassword(Role.ADMINISTRATOR))
                .with(csrf())).andReturn().getResponse().getRedirectedUrl()).startsWith("/confirm-password");
    }

    @Test
    void a_navigator_cannot_open_another_navigators_participant_but_their_manager_can() throws Exception {
        String olive = "/participants/" + world.id(Kind.PERSON_RECORD, Scope.OTHER_CASELOAD);
        mvc.perform(get(olive).with(as(Role.NAVIGATOR))).andExpect(status().isNotFound());
        mvc.perform(get(olive).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk());
        // The caseload is paged, so each name is looked for with the caseload's own search.
        for (String name : List.of("Owen", "Olive", "Xena")) {
            String caseload = mvc.perform(get("/caseload").param("search", name).with(as(Role.NAVIGATOR)))
                    .andReturn().getResponse().getContentAsString();
            if (name.equals("Owen")) {
                assertThat(caseload).contains("Owen");
            } else {
                assertThat(caseload).as("only the search box holds the name").contains("Nobody matches").doesNotContain(">" + name);
            }
        }
    }
}
