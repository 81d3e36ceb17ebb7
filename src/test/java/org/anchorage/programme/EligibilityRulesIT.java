package org.anchorage.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A programme's eligibility rules: set with the programme, replaced with history kept, refused when wrong. */
class EligibilityRulesIT extends IntegrationTest {

    private String createProgramme(String name, String eligibility) throws Exception {
        String body = mvc.perform(post("/api/v1/programmes").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"status\":\"open\",\"organisationIds\":[]"
                                + (eligibility == null ? "" : ",\"eligibility\":" + eligibility) + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void rules_given_with_a_new_programme_are_version_one_and_a_replacement_keeps_the_history() throws Exception {
        String id = createProgramme("Rules history pilot",
                "{\"imdEdition\":\"IoD2025\",\"maxDecile\":1,\"localAuthorityCodes\":[\"E06000034\"],\"minAge\":16,\"maxAge\":24}");
        mvc.perform(put("/api/v1/programmes/" + id + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"imdEdition\":\"IoD2019\",\"maxDecile\":2,\"employmentStatuses\":[\"neet\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rules.imdEdition").value("IoD2019"));
        mvc.perform(get("/api/v1/programmes/" + id + "/eligibility").with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.version").value(2))
                .andExpect(jsonPath("$.current.rules.maxDecile").value(2))
                .andExpect(jsonPath("$.current.rules.localAuthorityCodes", hasSize(0)))
                .andExpect(jsonPath("$.history", hasSize(2)))
                .andExpect(jsonPath("$.history[1].rules.localAuthorityCodes[0]").value("E06000034"))
                .andExpect(jsonPath("$.history[1].changedBy").value(demoEmail(Role.PROGRAMME_MANAGER)));
        assertThat(programmes.eligibilityRules(new ProgrammeId(UUID.fromString(id))).editionOrDefault()).isEqualTo(ImdEdition.IOD2019);
    }

    @Test
    void impossible_rules_are_refused_naming_the_part_and_nothing_is_saved() throws Exception {
        String id = createProgramme("Rules refusal pilot", "{\"maxDecile\":3}");
        String[][] bad = {
                {"{\"maxDecile\":11}", "eligibility.maxDecile"},
                {"{\"minAge\":30,\"maxAge\":20}", "eligibility.maxAge"},
                {"{\"localAuthorityCodes\":[\"Thurrock\"]}", "eligibility.localAuthorityCodes"},
                {"{\"imdEdition\":\"IoD2010\"}", "eligibility.imdEdition"},
                {"{\"employmentStatuses\":[\"astronaut\"]}", "eligibility.employmentStatuses"},
                {"{\"targetPlaces\":[{\"name\":\"Tilbury\"}]}", "eligibility.targetPlaces"}};
        for (String[] rules : bad) {
            mvc.perform(put("/api/v1/programmes/" + id + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                            .contentType(MediaType.APPLICATION_JSON).content(rules[0]))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(rules[1]));
        }
        assertThat(programmes.eligibilityHistory(new ProgrammeId(UUID.fromString(id)))).hasSize(1);
        // A programme refused for its rules is not created at all.
        mvc.perform(post("/api/v1/programmes").with(as(Role.PROGRAMME_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Half saved pilot\",\"status\":\"open\",\"eligibility\":{\"maxDecile\":0}}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(programmes.all()).noneMatch(p -> p.name().equals("Half saved pilot"));
    }

    @Test
    void only_managers_change_rules_and_unknown_programmes_are_404() throws Exception {
        String id = createProgramme("Rules access pilot", null);
        mvc.perform(put("/api/v1/programmes/" + id + "/eligibility").with(as(Role.NAVIGATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"maxDecile\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/programmes/" + UUID.randomUUID() + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"maxDecile\":1}"))
                .andExpect(status().isNotFound());
        // A programme the manager added is led by, and taken part in by, their organisation; one an
        // administrator added for nobody is hidden from the trust's navigator and manager alike.
        mvc.perform(get("/api/v1/programmes/" + id + "/eligibility").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk());
        String body = mvc.perform(post("/api/v1/programmes").with(as(Role.ADMINISTRATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nobody's pilot\",\"status\":\"open\",\"organisationIds\":[]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String nobodys = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/programmes/" + nobodys + "/eligibility").with(as(Role.NAVIGATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/programmes/" + nobodys + "/eligibility").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"maxDecile\":1}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_rules_page_saves_a_new_version_and_shows_errors_in_the_summary() throws Exception {
        String id = createProgramme("Rules page pilot", null);
        String page = mvc.perform(post("/programmes/" + id + "/eligibility").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("imdEdition", "IoD2025").param("maxDecile", "1").param("minAge", "sixteen")
                        .param("targetPlaces", "Tilbury E01016006"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#minAge\"").contains("href=\"#targetPlaces\"");
        assertThat(programmes.eligibilityHistory(new ProgrammeId(UUID.fromString(id)))).isEmpty();

        mvc.perform(post("/programmes/" + id + "/eligibility").with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("imdEdition", "IoD2025").param("maxDecile", "1").param("minAge", "16").param("maxAge", "24")
                        .param("localAuthorityCodes", "e06000034\nE06000033")
                        .param("targetPlaces", "Tilbury: E01016006, E01016010\nCanvey Island: E01021507")
                        .param("employmentStatuses", "neet").param("rightToWorkRequired", "yes"))
                .andExpect(status().is3xxRedirection());
        EligibilityRules saved = programmes.eligibilityRules(new ProgrammeId(UUID.fromString(id)));
        assertThat(saved.localAuthorityCodes()).containsExactly("E06000034", "E06000033");
        assertThat(saved.targetPlaces()).extracting(EligibilityRules.TargetPlace::name).containsExactly("Tilbury", "Canvey Island");
        assertThat(saved.rightToWorkRequired()).isTrue();
        assertThat(saved.employmentStatuses()).containsExactly(EmploymentStatus.NEET);
    }
}
