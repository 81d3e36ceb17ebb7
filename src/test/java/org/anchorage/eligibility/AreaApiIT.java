package org.anchorage.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The public postcode look-up, against known answers from the official files. */
class AreaApiIT extends IntegrationTest {

    @Test
    void tilbury_is_thurrock_018d_in_decile_1_whatever_the_spacing_or_case() throws Exception {
        for (String typed : new String[] {"RM18 7AG", "rm187ag", "Rm18  7aG"}) {
            mvc.perform(get("/api/v1/areas/postcodes/{postcode}", typed))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.postcode").value("RM18 7AG"))
                    .andExpect(jsonPath("$.lsoa.code").value("E01016006"))
                    .andExpect(jsonPath("$.lsoa.name").value("Thurrock 018D"))
                    .andExpect(jsonPath("$.localAuthority.code").value("E06000034"))
                    .andExpect(jsonPath("$.localAuthority.name").value("Thurrock"))
                    .andExpect(jsonPath("$.imd.edition").value("IoD2025"))
                    .andExpect(jsonPath("$.imd.decile").value(1))
                    .andExpect(jsonPath("$.imd2019.decile").value(1));
        }
    }

    @Test
    void known_ranks_and_the_south_ockendon_edition_difference_match_the_official_files() throws Exception {
        mvc.perform(get("/api/v1/areas/postcodes/SS1 2AJ"))
                .andExpect(jsonPath("$.lsoa.code").value("E01015842"))
                .andExpect(jsonPath("$.imd.rank").value(50));
        mvc.perform(get("/api/v1/areas/postcodes/SS8 9LA"))
                .andExpect(jsonPath("$.lsoa.code").value("E01021507"))
                .andExpect(jsonPath("$.localAuthority.name").value("Castle Point"))
                .andExpect(jsonPath("$.imd.decile").value(1));
        mvc.perform(get("/api/v1/areas/postcodes/RM15 6AE"))
                .andExpect(jsonPath("$.lsoa.code").value("E01015932"))
                .andExpect(jsonPath("$.imd.decile").value(2))
                .andExpect(jsonPath("$.imd2019.lsoaCode").value("E01015932"))
                .andExpect(jsonPath("$.imd2019.decile").value(1));
    }

    @Test
    void text_that_is_not_a_postcode_is_a_400_naming_it_and_an_unknown_one_is_404() throws Exception {
        mvc.perform(get("/api/v1/areas/postcodes/hello-world"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("postcode"))
                .andExpect(jsonPath("$.detail").value("'hello-world' is not a UK postcode"));
        // Well formed, but Welsh (the indices are England only).
        mvc.perform(get("/api/v1/areas/postcodes/CF10 1AA"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void staff_see_the_area_and_its_domains_on_the_look_up_page() throws Exception {
        String page = mvc.perform(get("/areas").param("postcode", "ss14 3qb").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SS14 3QB").contains("Basildon").contains("Barriers to housing and services");
        String error = mvc.perform(get("/areas").param("postcode", "12345").with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("There is a problem").contains("Enter a real UK postcode");
    }
}
