package org.anchorage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anchorage.IntegrationTest;
import org.anchorage.audit.AuditAction;
import org.anchorage.audit.AuditQuery;
import org.anchorage.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Least privilege, route by route: each role reaches exactly the pages it should and gets 403
 * everywhere else; a visitor who is not signed in is sent to sign in.
 */
public class RoleRouteIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    public record Route(String path, Set<Role> allowed) {}

    public static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    public static final List<Route> ROUTES = List.of(
            new Route("/", EVERYONE),
            new Route("/privacy", EVERYONE),
            new Route("/accessibility", EVERYONE),
            new Route("/about-the-data", EVERYONE),
            new Route("/self-referral", EVERYONE),
            new Route("/referrals", EnumSet.of(Role.REFERRAL_PARTNER)),
            new Route("/referrals/new", EnumSet.of(Role.REFERRAL_PARTNER)),
            new Route("/triage", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)),
            new Route("/caseload", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)),
            new Route("/training", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER, Role.TRAINER)),
            new Route("/participants/{casey}/plan", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)),
            new Route("/participants/{casey}/assessments/new", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)),
            new Route("/my-plan", EnumSet.of(Role.PARTICIPANT)),
            new Route("/training/sessions/new", EnumSet.of(Role.PROGRAMME_MANAGER, Role.TRAINER)),
            new Route("/participants/{casey}", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)),
            new Route("/participants/{casey}/equality", EnumSet.of(Role.NAVIGATOR, Role.PROGRAMME_MANAGER)),
            new Route("/areas", EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.REFERRAL_PARTNER)),
            new Route("/users", EnumSet.of(Role.ADMINISTRATOR)),
            new Route("/users/new", EnumSet.of(Role.ADMINISTRATOR)),
            new Route("/organisations", EnumSet.of(Role.ADMINISTRATOR)),
            new Route("/organisations/new", EnumSet.of(Role.ADMINISTRATOR)),
            new Route("/audit", EnumSet.of(Role.ADMINISTRATOR)),
            new Route("/programmes", EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR)),
            new Route("/programmes/new", EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER)),
            new Route("/programmes/{national-pilot}", EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER)),
            new Route("/programmes/{national-pilot}/eligibility", EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER)),
            new Route("/eligibility", EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.REFERRAL_PARTNER)),
            new Route("/programmes/{national-pilot}/eligibility-check",
                    EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.REFERRAL_PARTNER)),
            new Route("/programmes/{national-pilot}/screenings",
                    EnumSet.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.NAVIGATOR, Role.REFERRAL_PARTNER)));

    @Test
    void each_role_reaches_only_its_own_pages() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Route route : ROUTES) {
                int status = mvc.perform(get(resolve(route.path())).with(as(role))).andReturn().getResponse().getStatus();
                int expected = route.allowed().contains(role) ? 200 : 403;
                if (status != expected) {
                    wrong.add(role.code() + " " + route.path() + ": expected " + expected + " but was " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_sign_in() throws Exception {
        for (Route route : ROUTES) {
            var response = mvc.perform(get(resolve(route.path()))).andReturn().getResponse();
            if (route.allowed().equals(EVERYONE)) {
                assertThat(response.getStatus()).as(route.path()).isEqualTo(200);
            } else {
                assertThat(response.getStatus()).as(route.path()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(route.path()).endsWith("/sign-in");
            }
        }
    }

    @Test
    void a_refusal_is_recorded_in_the_audit_trail() throws Exception {
        mvc.perform(get("/audit").with(as(Role.FUNDER)));
        assertThat(audit.search(new AuditQuery(demoEmail(Role.FUNDER), AuditAction.REFUSED, "page", "/audit", null, null, 5)))
                .isNotEmpty();
    }
}
