package org.anchorage.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Bulk screening through the API: one output row per input row, bad rows named, bad files refused whole. */
class ScreeningIT extends IntegrationTest {

    private static final MediaType CSV = new MediaType("text", "csv");

    private org.springframework.test.web.servlet.ResultActions upload(Role role, String csv) throws Exception {
        return mvc.perform(post("/api/v1/programmes/" + resolve("{national-pilot}") + "/screenings").with(as(role))
                .contentType(CSV).content(csv));
    }

    private String waitUntilFinished(Role role, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String body = mvc.perform(get("/api/v1/screenings/" + id).with(as(role))).andReturn().getResponse().getContentAsString();
            String state = JsonPath.read(body, "$.status");
            if (state.equals("completed") || state.equals("failed")) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("screening " + id + " did not finish in 30 s");
    }

    @Test
    void every_row_comes_back_with_its_decision_or_the_reason_it_could_not_be_checked() throws Exception {
        String csv = """
                reference,postcode,date_of_birth,employment_status
                A1,RM18 7AG,1990-04-30,unemployed
                A2,cm2 8hd,30/04/1990,
                A3,not a postcode,1990-04-30,
                A4,SS8 9LA,2099-01-01,
                A5,SS1 2AJ,1990-04-30,astronaut
                ,SS1 2AJ,1990-04-30,
                A7,"=HYPERLINK(""x"")",1990-04-30,
                """;
        String created = upload(Role.REFERRAL_PARTNER, csv)
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String finished = waitUntilFinished(Role.REFERRAL_PARTNER, id);
        assertThat((String) JsonPath.read(finished, "$.status")).isEqualTo("completed");
        assertThat((Integer) JsonPath.read(finished, "$.processedRows")).isEqualTo(7);
        assertThat((Integer) JsonPath.read(finished, "$.eligibleRows")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(finished, "$.rejectedRows")).isEqualTo(5);

        String result = mvc.perform(get("/api/v1/screenings/" + id + "/result.csv").with(as(Role.REFERRAL_PARTNER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result)).getRecords();
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).get("eligible")).isEqualTo("yes");
        assertThat(rows.get(0).get("imd_decile")).isEqualTo("1");
        assertThat(rows.get(0).get("lsoa_code")).isEqualTo("E01016006");
        assertThat(rows.get(1).get("eligible")).isEqualTo("no");
        assertThat(rows.get(2).get("error")).isEqualTo("row 3: postcode 'not a postcode' is not a UK postcode");
        assertThat(rows.get(3).get("error")).contains("row 4").contains("in the future");
        assertThat(rows.get(4).get("error")).contains("employment_status");
        assertThat(rows.get(5).get("error")).contains("reference is empty");
        assertThat(rows.get(6).get("postcode")).startsWith("'=");
    }

    @Test
    void a_bad_file_is_refused_whole_naming_the_problem() throws Exception {
        upload(Role.PROGRAMME_MANAGER, "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("empty")));
        upload(Role.PROGRAMME_MANAGER, "reference,date_of_birth\nA1,1990-01-01\n").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("postcode")));
        upload(Role.PROGRAMME_MANAGER, "reference,postcode,date_of_birth\nA1,RM18 7AG,1990-01-01\nA2," + "x".repeat(20_000) + ",1990-01-01\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2));
        mvc.perform(post("/api/v1/programmes/" + resolve("{national-pilot}") + "/screenings").with(as(Role.PROGRAMME_MANAGER))
                        .contentType(MediaType.IMAGE_PNG).content(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .andExpect(status().isUnsupportedMediaType());
        upload(Role.PROGRAMME_MANAGER, "reference,postcode,date_of_birth\nA1\0,RM18,1990\n").andExpect(status().isUnprocessableContent());
    }

    @Test
    void another_organisations_screening_is_hidden() throws Exception {
        String created = upload(Role.REFERRAL_PARTNER, "reference,postcode,date_of_birth\nB1,RM18 7AG,1990-04-30\n")
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        // A list's people are seen only by the organisation that uploaded it: the youth team, not the
        // trust's navigator nor its programme manager.
        mvc.perform(get("/api/v1/screenings/" + id).with(as(Role.REFERRAL_PARTNER))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/screenings/" + id).with(as(Role.NAVIGATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screenings/" + id).with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screenings/" + id + "/result.csv").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isNotFound());
    }
}
