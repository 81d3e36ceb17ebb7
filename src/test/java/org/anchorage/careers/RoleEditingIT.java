package org.anchorage.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Programme managers and administrators edit the roles residents read; everyone else is turned away. Every bad value
 * is named at once (a text above grade 4 with its grade and a hint) and nothing is saved; a good change is saved,
 * shows to residents only once published, and is audited with who made it.
 */
class RoleEditingIT extends IntegrationTest {

    private static final String PLAIN = "You help the team. You keep things clean and safe.";
    private static final String HARD = "Comprehensive organisational responsibilities necessitate considerable interdisciplinary "
            + "collaboration, prioritisation and documentation throughout operational activities.";

    private static Map<String, String> good(String title) {
        return Map.ofEntries(Map.entry("title", title), Map.entry("roleFamily", "facilities"), Map.entry("whatItIs", PLAIN),
                Map.entry("dayInJob", "You start at eight. You get a list of jobs. You do them one by one."), Map.entry("afcBand", "2"),
                Map.entry("training", "You do not need a degree. We show you what to do."),
                Map.entry("route", "A person from our team meets you first. You make a plan together."),
                Map.entry("easyRead", "You keep things clean.\nYou work in a team."), Map.entry("order", "95"), Map.entry("published", "no"));
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        var request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private Map<String, Object> row(String slug) {
        return jdbc.sql("SELECT * FROM careers_role WHERE slug = :s").param("s", slug).query().singleRow();
    }

    @Test
    void managers_and_administrators_edit_and_everyone_else_is_turned_away() throws Exception {
        assertThat(body(get("/careers/roles").with(as(Role.PROGRAMME_MANAGER)))).contains("Job roles residents read", "Porter",
                "href=\"/careers/roles/porter\"");
        mvc.perform(get("/careers/roles/porter").with(as(Role.ADMINISTRATOR))).andExpect(status().isOk());
        // The menu offers it to them, and not to a navigator.
        assertThat(body(get("/account").with(as(Role.PROGRAMME_MANAGER)))).contains("href=\"/careers/roles\"");
        assertThat(body(get("/account").with(as(Role.NAVIGATOR)))).doesNotContain("href=\"/careers/roles\"");
        for (Role other : new Role[] {Role.NAVIGATOR, Role.EMPLOYER, Role.FUNDER, Role.PARTICIPANT}) {
            mvc.perform(get("/careers/roles").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(form("/careers/roles/porter", good("Hacked porter")).with(as(other))).andExpect(status().isForbidden());
        }
        assertThat(row("porter").get("title")).isEqualTo("Porter");
        mvc.perform(get("/careers/roles/no-such-role").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
    }

    @Test
    void a_new_role_is_added_hidden_then_published_and_each_change_is_audited() throws Exception {
        String title = "Night porter " + UUID.randomUUID().toString().substring(0, 8);
        String slug = Roles.slugFor(null, title);
        assertThat(slug).startsWith("night-porter-");
        mvc.perform(form("/careers/roles", good(title)).with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/careers/roles/" + slug));
        assertThat(row(slug)).containsEntry("published", false).containsEntry("afc_band", "2").containsEntry("what_it_is", PLAIN);
        String manager = users.findByEmail(demoEmail(Role.PROGRAMME_MANAGER)).orElseThrow().displayName();
        assertThat(row(slug).get("edited_by")).isEqualTo(manager);
        // Hidden: residents do not find it.
        mvc.perform(get("/roles/" + slug)).andExpect(status().isNotFound());
        assertThat(body(get("/roles"))).doesNotContain(title);

        var published = new java.util.HashMap<>(good(title));
        published.put("published", "yes");
        published.put("whatItIs", "You help the ward team at night. You keep things clean and safe.");
        mvc.perform(form("/careers/roles/" + slug, published).with(as(Role.ADMINISTRATOR))).andExpect(status().is3xxRedirection());
        assertThat(body(get("/roles"))).contains(title);
        assertThat(body(get("/roles/" + slug))).contains("You help the ward team at night.", "Band 2");
        assertThat(body(get("/sitemap.xml"))).contains("/roles/" + slug + "</loc>", "/roles/" + slug + "/easy-read</loc>");

        var audit = jdbc.sql("SELECT action, actor, detail FROM audit_entry WHERE record_type = 'careers-role' AND record_id = :s "
                + "ORDER BY sequence_number").param("s", slug).query().listOfRows();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("action", "CREATE").containsEntry("actor", demoEmail(Role.PROGRAMME_MANAGER));
        assertThat(audit.get(1)).containsEntry("action", "CHANGE").containsEntry("actor", demoEmail(Role.ADMINISTRATOR));
        assertThat((String) audit.get(1).get("detail")).contains("what the job is", "published");

        // The same address again is refused by name.
        String taken = body(form("/careers/roles", good(title)).with(as(Role.PROGRAMME_MANAGER)));
        assertThat(taken).contains("There is already a role at /roles/" + slug, "href=\"#slug\"");
        String reserved = body(form("/careers/roles", Map.of("slug", "new", "title", "New")).with(as(Role.PROGRAMME_MANAGER)));
        assertThat(reserved).contains("The address /roles/new is kept for the site");
        assertThat(body(form("/careers/roles", Map.of("slug", "Not an address!", "title", "x")).with(as(Role.PROGRAMME_MANAGER))))
                .contains("letters, numbers and hyphens only");
    }

    @Test
    void every_bad_value_is_named_at_once_a_hard_text_with_its_grade_and_nothing_is_saved() throws Exception {
        String title = "Ward host " + UUID.randomUUID().toString().substring(0, 8);
        String slug = Roles.slugFor(null, title);
        mvc.perform(form("/careers/roles", good(title)).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().is3xxRedirection());
        var before = row(slug);

        var bad = new java.util.HashMap<String, String>();
        bad.put("title", " ");
        bad.put("roleFamily", "astronaut");
        bad.put("whatItIs", "x".repeat(601));
        bad.put("dayInJob", HARD);
        bad.put("afcBand", "9");
        bad.put("training", "");
        bad.put("route", HARD);
        bad.put("easyRead", PLAIN);
        bad.put("order", "ten");
        String page = body(form("/careers/roles/" + slug, bad).with(as(Role.PROGRAMME_MANAGER)));
        assertThat(page).contains("There is a problem", "Enter the name of the role", "Choose the NHS role family",
                "Write what the job is in up to 600 characters", "A day in the job reads at grade", "use shorter sentences and shorter words",
                "Choose the usual Agenda for Change band", "Enter training needed", "The route through the programme reads at grade",
                "as a whole number like 10", "Choose whether residents can see the role");
        for (String field : new String[] {"title", "roleFamily", "whatItIs", "dayInJob", "afcBand", "training", "route", "order", "published"}) {
            assertThat(page).as(field).contains("href=\"#" + field + "\"");
        }
        assertThat(page).doesNotContain("href=\"#easyRead\"");
        // The grade given is the one the formula gives.
        assertThat(page).contains("A day in the job reads at grade " + Readability.score(HARD).gradeShown() + ",");
        // What was typed stays in the form.
        assertThat(page).contains("Comprehensive organisational responsibilities");
        assertThat(row(slug)).isEqualTo(before);
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'careers-role' AND record_id = :s")
                .param("s", slug).query(Long.class).single();
        assertThat(audited).as("only the adding is audited").isEqualTo(1);
    }

    @Test
    void a_name_with_no_letters_a_to_z_is_asked_for_a_web_address_in_the_error_summary_and_nothing_is_saved() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM careers_role").query(Integer.class).single();
        for (String title : new String[] {"!!!", "Ωμέγα", "护士"}) {
            assertThat(Roles.slugFor(null, title)).as(title).isEmpty();
            var response = mvc.perform(form("/careers/roles", good(title)).with(as(Role.PROGRAMME_MANAGER))).andReturn().getResponse();
            assertThat(response.getStatus()).as(title).isEqualTo(200);
            assertThat(response.getContentAsString()).as(title).contains("There is a problem", "href=\"#slug\"",
                    "Enter a web address for the role, using letters a to z, numbers and hyphens");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM careers_role").query(Integer.class).single()).isEqualTo(before);

        // With an address typed, the same name is saved there; accents come off a name rather than splitting it.
        String slug = "omega-" + UUID.randomUUID().toString().substring(0, 8);
        var withAddress = new java.util.HashMap<>(good("Ωμέγα"));
        withAddress.put("slug", slug);
        mvc.perform(form("/careers/roles", withAddress).with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/careers/roles/" + slug));
        assertThat(row(slug).get("title")).isEqualTo("Ωμέγα");
        assertThat(Roles.slugFor(null, "Crèche worker")).isEqualTo("creche-worker");
    }

    @Test
    void a_hard_text_with_digits_glued_to_its_words_or_in_another_script_is_still_refused_by_its_grade() throws Exception {
        String title = "Ward helper " + UUID.randomUUID().toString().substring(0, 8);
        var bad = new java.util.HashMap<>(good(title));
        bad.put("dayInJob", HARD.replace(" ", "1 "));
        bad.put("training", "护士 护士 护士 护士.");
        String page = body(form("/careers/roles", bad).with(as(Role.PROGRAMME_MANAGER)));
        assertThat(page).contains("There is a problem", "href=\"#dayInJob\"", "A day in the job reads at grade", "href=\"#training\"",
                "Training needed reads at grade");
        mvc.perform(get("/careers/roles/" + Roles.slugFor(null, title)).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
    }
}
