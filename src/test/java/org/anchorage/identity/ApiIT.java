package org.anchorage.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditQuery;
import org.anchorage.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The API edges of CONTRACTS.md: tokens, provisioning, programmes, and problem details for bad input. */
class ApiIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    private String token(String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expiresAt").value(notNullValue()))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void an_administrator_provisions_an_organisation_and_a_user_with_a_token() throws Exception {
        String token = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        String org = mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Harbour Council API\",\"type\":\"council\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.type").value("council"))
                .andReturn().getResponse().getContentAsString();
        String orgId = JsonPath.read(org, "$.id");
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"Nav.Api@Harbour.test\",\"displayName\":\"Nav Api\",\"role\":\"navigator\","
                                + "\"organisationId\":\"" + orgId + "\",\"password\":\"a-long-password-1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("nav.api@harbour.test"))
                .andExpect(jsonPath("$.role").value("navigator"));
        // The new user can get a token of their own, and sees no programme their organisation is not in.
        String navigatorToken = token("nav.api@harbour.test", "a-long-password-1");
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + navigatorToken))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        assertThat(audit.search(new AuditQuery(null, AuditAction.CREATE, "user", null, null, null, 50)))
                .anyMatch(e -> e.actor().equals(ADMIN_EMAIL));
    }

    @Test
    void bad_provisioning_input_gets_problem_details_naming_the_field() throws Exception {
        String token = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-email\",\"displayName\":\"" + "x".repeat(300) + "\",\"role\":\"navigator\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisationId")));
        mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Somewhere\",\"type\":\"spaceship\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"));
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@y.test\",\"displayName\":\"X\",\"role\":\"navigator\",\"organisationId\":\""
                                + UUID.randomUUID() + "\",\"password\":\"long-enough-password\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
    }

    @Test
    void wrong_credentials_get_401_and_repeated_failures_are_throttled() throws Exception {
        String email = "throttle.target@anchorage.test";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + email + "\",\"password\":\"wrong\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"wrong\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"));
        assertThat(audit.search(new AuditQuery(email, AuditAction.REFUSED, null, null, null, null, 20))).hasSize(6);
    }

    @Test
    void calls_without_a_token_or_with_a_forged_one_get_401_problems() throws Exception {
        mvc.perform(get("/api/v1/programmes")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer forged-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_navigator_cannot_provision_and_is_told_so() throws Exception {
        String token = token(demoEmail(Role.NAVIGATOR), DEMO_PASSWORD);
        mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Sneaky\",\"type\":\"council\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("National pilot")));
    }

    @Test
    void unknown_api_paths_are_404_problems() throws Exception {
        String token = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(get("/api/v1/nothing-here").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }
}
