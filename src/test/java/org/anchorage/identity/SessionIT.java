package org.anchorage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.anchorage.IntegrationTest;
import org.anchorage.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions that have ended, and accounts switched off, stop working at once. */
class SessionIT extends IntegrationTest {

    @Autowired
    Organisations organisations;

    @Test
    void a_request_with_an_ended_session_is_sent_to_sign_in_with_a_message() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/users"))
                .header("Cookie", "SESSION=ZGVhZGJlZWYtZGVhZC1iZWVmLWRlYWQtYmVlZmRlYWRiZWVm").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?expired"));

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/sign-in?expired")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("You were signed out because you did nothing for 30 minutes");
    }

    @Test
    void a_switched_off_account_cannot_sign_in() throws Exception {
        var home = organisations.findByName("Willow Lodge Care Home (demo)").orElseThrow();
        UserAccount account = users.create(new NewUser("leaver@willow.test", "Leaver", Role.EMPLOYER, home.id(), "a-long-password-9"));
        mvc.perform(post("/sign-in").with(csrf()).param("email", "leaver@willow.test").param("password", "a-long-password-9"))
                .andExpect(redirectedUrl("/"));
        users.change(account.id(), "Leaver", Role.EMPLOYER, false);
        mvc.perform(post("/sign-in").with(csrf()).param("email", "leaver@willow.test").param("password", "a-long-password-9"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }
}
