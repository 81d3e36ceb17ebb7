package org.anchorage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditQuery;
import org.anchorage.audit.AuditTrail;
import org.anchorage.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Step 6, accounts: each finding of the review as a test that failed before the fix, and the new account pages. */
class AccountsIT extends IntegrationTest {

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail audit;

    private UserAccount aUser(String email, String password) {
        var home = organisations.findByName("Willow Lodge Care Home (demo)").orElseThrow();
        return users.create(new NewUser(email, "Robin Example", Role.EMPLOYER, home.id(), password));
    }

    /** A browser's cookies and session after signing in through the real form. */
    private record Browser(List<Cookie> cookies, MockHttpSession session) {
        MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
            cookies.forEach(request::cookie);
            return session == null ? request : request.session(session);
        }
    }

    private MvcResult signIn(String email, String password, Cookie... cookies) throws Exception {
        return signInFrom("127.0.0.1", email, password, cookies);
    }

    /** Signs in from a client address of its own, so these failures do not count against 127.0.0.1 for other tests. */
    private MvcResult signInFrom(String address, String email, String password, Cookie... cookies) throws Exception {
        MockHttpServletRequestBuilder request = post("/sign-in").with(csrf()).param("email", email).param("password", password)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    private Browser browser(MvcResult signedIn) {
        List<Cookie> cookies = new ArrayList<>(List.of(signedIn.getResponse().getCookies()));
        boolean sessionCookie = cookies.stream().anyMatch(c -> c.getName().equals("SESSION"));
        return new Browser(cookies, sessionCookie ? null : (MockHttpSession) signedIn.getRequest().getSession(false));
    }

    private String token(String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void a_stranger_failing_six_times_does_not_lock_the_holder_out_of_a_browser_they_signed_in_with_before() throws Exception {
        aUser("victim@willow.test", "harbour lights at dusk");
        Cookie device = signIn("victim@willow.test", "harbour lights at dusk").getResponse().getCookie("anchorage_device");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        for (int i = 0; i < 6; i++) {
            signInFrom("198.51.100.1", "victim@willow.test", "a stranger's guess " + i);
        }
        // A stranger's browser is locked out, even with the right password ...
        assertThat(signIn("victim@willow.test", "harbour lights at dusk").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?locked");
        // ... but the holder, in the browser they used before, is not.
        assertThat(signIn("victim@willow.test", "harbour lights at dusk", device).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void a_forged_or_another_accounts_device_cookie_does_not_get_past_the_lock_out() throws Exception {
        aUser("victim2@willow.test", "harbour lights at dusk");
        aUser("attacker@willow.test", "my own long password");
        Cookie attackers = signIn("attacker@willow.test", "my own long password").getResponse().getCookie("anchorage_device");
        for (int i = 0; i < 6; i++) {
            signInFrom("198.51.100.2", "victim2@willow.test", "guess " + i);
        }
        assertThat(signIn("victim2@willow.test", "harbour lights at dusk", attackers).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?locked");
        assertThat(signIn("victim2@willow.test", "harbour lights at dusk", new Cookie("anchorage_device", "a.b.c"))
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-in?locked");
    }

    @Test
    void a_spoofed_x_forwarded_for_from_an_untrusted_address_is_ignored() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/tokens"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "203.0.113.77")
                        .header("X-Forwarded-Proto", "https")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"spoof.check@anchorage.test\",\"password\":\"wrong\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        var entries = audit.search(new AuditQuery("spoof.check@anchorage.test", AuditAction.REFUSED, null, null, null, null, 5));
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.sourceAddress()).isNotEqualTo("203.0.113.77"));
        assertThat(jdbc.sql("SELECT count(*) FROM identity_sign_in_failure WHERE throttle_key = 'address:203.0.113.77'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_common_password_with_digits_added_is_refused_on_the_page_and_the_api() throws Exception {
        var home = organisations.findByName("Willow Lodge Care Home (demo)").orElseThrow();
        String page = mvc.perform(post("/users").with(as(Role.ADMINISTRATOR)).with(csrf())
                        .param("email", "common@willow.test").param("displayName", "Common Password")
                        .param("role", "employer").param("organisationId", home.id().toString()).param("password", "password1234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#password\"").contains("most common passwords");

        String token = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"common@willow.test\",\"displayName\":\"Common\",\"role\":\"employer\","
                                + "\"organisationId\":\"" + home.id() + "\",\"password\":\"password1234\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(users.findByEmail("common@willow.test")).isEmpty();
    }

    @Test
    void a_one_hundred_character_password_is_never_a_500() throws Exception {
        String longPassword = "a long passphrase about harbour lights and the tide coming in over the mudflats at dusk, "
                .repeat(2).substring(0, 100);
        aUser("long.password@willow.test", longPassword);
        // Right: signs in, and gets a token. Wrong by one character past byte 72: refused like any wrong password.
        assertThat(signIn("long.password@willow.test", longPassword).getResponse().getRedirectedUrl()).isEqualTo("/");
        token("long.password@willow.test", longPassword);
        String wrong = longPassword.substring(0, 99) + "X";
        assertThat(signIn("long.password@willow.test", wrong).getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"long.password@willow.test\",\"password\":\"" + wrong + "\"}"))
                .andExpect(status().isUnauthorized());
        // An old {bcrypt} hash (before this step) still verifies, and a long password simply does not match it.
        jdbc.sql("UPDATE identity_user_account SET password_hash = :hash WHERE email = 'long.password@willow.test'")
                .param("hash", "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("an older password"))
                .update();
        mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"long.password@willow.test\",\"password\":\"" + longPassword + "\"}"))
                .andExpect(status().isUnauthorized());
        token("long.password@willow.test", "an older password");
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        UserAccount user = aUser("tokens@willow.test", "short lived api access");
        String token = token("tokens@willow.test", "short lived api access");
        mvc.perform(get("/api/v1/placements").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/auth/tokens/current").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/placements").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

        String second = token("tokens@willow.test", "short lived api access");
        String admin = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(delete("/api/v1/users/" + user.id() + "/tokens").header("Authorization", "Bearer " + admin))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/placements").header("Authorization", "Bearer " + second)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM identity_api_token WHERE token_hash = :t").param("t", second).query(Long.class).single())
                .as("only a hash is stored").isZero();
    }

    @Test
    void a_person_changes_their_own_password_with_the_current_one() throws Exception {
        aUser("changer@willow.test", "first long password");
        Browser browser = browser(signIn("changer@willow.test", "first long password"));
        mvc.perform(browser.on(get("/account"))).andExpect(status().isOk()).andExpect(content().string(containsString("Change your password")));
        String refused = mvc.perform(browser.on(post("/account/password")).with(csrf())
                        .param("currentPassword", "not my password").param("password", "password1234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("href=\"#currentPassword\"");
        String weak = mvc.perform(browser.on(post("/account/password")).with(csrf())
                        .param("currentPassword", "first long password").param("password", "password1234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("href=\"#password\"").contains("most common passwords");
        mvc.perform(browser.on(post("/account/password")).with(csrf())
                        .param("currentPassword", "first long password").param("password", "second longer passphrase"))
                .andExpect(redirectedUrl("/account"));
        assertThat(signIn("changer@willow.test", "first long password").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(signIn("changer@willow.test", "second longer passphrase").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(audit.search(new AuditQuery("changer@willow.test", AuditAction.CHANGE, "user", null, null, null, 5)))
                .anyMatch(e -> e.detail().equals("changed own password"));
    }

    @Test
    void an_administrators_reset_link_works_once_for_a_new_password_that_follows_the_policy() throws Exception {
        UserAccount user = aUser("forgetful@willow.test", "i will forget this");
        MvcResult issued = mvc.perform(post("/users/" + user.id() + "/password-reset").with(as(Role.ADMINISTRATOR)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + user.id())).andReturn();
        String link = (String) issued.getFlashMap().get("resetLink");
        assertThat(link).contains("/reset-password?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_password_reset WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).as("only a hash is stored").isZero();

        mvc.perform(get("/reset-password").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "forgetful2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#password\"")));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a brand new passphrase"))
                .andExpect(redirectedUrl("/sign-in?passwordReset"));
        assertThat(signIn("forgetful@willow.test", "a brand new passphrase").getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/reset-password").param("token", token)).andExpect(content().string(containsString("This link does not work")));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "another new passphrase"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This link does not work")));
        mvc.perform(get("/reset-password").param("token", "x".repeat(5000))).andExpect(status().isOk());
    }

    @Test
    void a_user_who_must_change_their_password_is_sent_to_the_change_page_until_they_do() throws Exception {
        UserAccount user = aUser("must.change@willow.test", "temporary long password");
        mvc.perform(post("/users/" + user.id() + "/must-change-password").with(as(Role.ADMINISTRATOR)).with(csrf()).param("required", "true"))
                .andExpect(redirectedUrl("/users/" + user.id()));
        MvcResult signedIn = signIn("must.change@willow.test", "temporary long password");
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        Browser browser = browser(signedIn);
        mvc.perform(browser.on(get("/placements"))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(browser.on(post("/account/password")).with(csrf())
                        .param("currentPassword", "temporary long password").param("password", "my very own passphrase"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(browser.on(get("/account"))).andExpect(status().isOk());
    }

    @Test
    void signing_out_everywhere_ends_every_session_and_token() throws Exception {
        aUser("everywhere@willow.test", "signed in on two laptops");
        Browser first = browser(signIn("everywhere@willow.test", "signed in on two laptops"));
        Browser second = browser(signIn("everywhere@willow.test", "signed in on two laptops"));
        String token = token("everywhere@willow.test", "signed in on two laptops");
        mvc.perform(first.on(get("/account"))).andExpect(status().isOk());
        mvc.perform(second.on(post("/account/sign-out-everywhere")).with(csrf())).andExpect(redirectedUrl("/sign-in?signedOutEverywhere"));
        if (first.session() == null) {
            // Sessions are in PostgreSQL: the other browser's session has gone.
            assertThat(mvc.perform(first.on(get("/account"))).andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        mvc.perform(get("/api/v1/placements").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(audit.search(new AuditQuery("everywhere@willow.test", AuditAction.SIGN_OUT, "user", null, null, null, 5)))
                .anyMatch(e -> e.detail().startsWith("signed out everywhere"));
    }

    @Test
    void an_administrator_signs_a_user_out_everywhere_from_the_users_page() throws Exception {
        UserAccount user = aUser("sent.away@willow.test", "signed in somewhere");
        String token = token("sent.away@willow.test", "signed in somewhere");
        mvc.perform(post("/users/" + user.id() + "/sign-out-everywhere").with(as(Role.ADMINISTRATOR)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + user.id()));
        mvc.perform(get("/api/v1/placements").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        String another = token("sent.away@willow.test", "signed in somewhere");
        mvc.perform(post("/users/" + user.id() + "/revoke-tokens").with(as(Role.ADMINISTRATOR)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + user.id()));
        mvc.perform(get("/api/v1/placements").header("Authorization", "Bearer " + another)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_audit_trail_and_role_changes_ask_for_the_password_again_after_five_minutes() throws Exception {
        mvc.perform(get("/audit").with(asWithoutRecentPassword(Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/confirm-password?continue=%2Faudit"));
        UserAccount user = aUser("role.change@willow.test", "a role will change");
        mvc.perform(post("/users/" + user.id()).with(asWithoutRecentPassword(Role.ADMINISTRATOR)).with(csrf())
                        .param("displayName", "Robin Example").param("role", "administrator").param("enabled", "true"))
                .andExpect(redirectedUrl("/confirm-password?continue=%2Fusers%2F" + user.id() + "&unsaved=yes"));
        assertThat(users.findByEmail("role.change@willow.test").orElseThrow().role()).isEqualTo(Role.EMPLOYER);
        mvc.perform(get("/confirm-password").param("continue", "/audit").with(asWithoutRecentPassword(Role.ADMINISTRATOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Confirm your password")));
    }

    @Test
    void confirming_the_password_goes_back_to_a_local_page_only() throws Exception {
        Browser admin = browser(signIn(ADMIN_EMAIL, ADMIN_PASSWORD));
        mvc.perform(admin.on(post("/confirm-password")).with(csrf()).param("continue", "/audit?action=CREATE").param("password", "wrong"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a correct password")));
        mvc.perform(admin.on(post("/confirm-password")).with(csrf()).param("continue", "/audit?action=CREATE").param("password", ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/audit?action=CREATE"));
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            mvc.perform(admin.on(post("/confirm-password")).with(csrf()).param("continue", elsewhere).param("password", ADMIN_PASSWORD))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void an_api_token_older_than_five_minutes_cannot_read_the_audit_trail_or_download_a_screening() throws Exception {
        String token = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        jdbc.sql("UPDATE identity_api_token SET created_at = :old WHERE user_id = (SELECT id FROM identity_user_account WHERE email = :e)")
                .param("old", Timestamp.from(Instant.now().minus(6, ChronoUnit.MINUTES))).param("e", ADMIN_EMAIL).update();
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("last 5 minutes")));
        mvc.perform(get("/api/v1/screenings/" + UUID.randomUUID() + "/result.csv").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }
}
