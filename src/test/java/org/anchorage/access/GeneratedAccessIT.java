package org.anchorage.access;

import static org.anchorage.access.AccessWorld.Kind.BOOKING;
import static org.anchorage.access.AccessWorld.Kind.CANDIDATE;
import static org.anchorage.access.AccessWorld.Kind.CERTIFICATE;
import static org.anchorage.access.AccessWorld.Kind.MENTEE;
import static org.anchorage.access.AccessWorld.Kind.FUND_REQUEST;
import static org.anchorage.access.AccessWorld.Kind.EVENT;
import static org.anchorage.access.AccessWorld.Kind.EVENT_SIGN_UP;
import static org.anchorage.access.AccessWorld.Kind.JOB_START;
import static org.anchorage.access.AccessWorld.Kind.CONCERN;
import static org.anchorage.access.AccessWorld.Kind.ORGANISATION;
import static org.anchorage.access.AccessWorld.Kind.PERSON_RECORD;
import static org.anchorage.access.AccessWorld.Kind.PLACEMENT;
import static org.anchorage.access.AccessWorld.Kind.PROGRAMME;
import static org.anchorage.access.AccessWorld.Kind.REFERRAL;
import static org.anchorage.access.AccessWorld.Kind.SCREENING;
import static org.anchorage.access.AccessWorld.Kind.SESSION;
import static org.anchorage.access.AccessWorld.Kind.USER;
import static org.anchorage.identity.Role.ADMINISTRATOR;
import static org.anchorage.identity.Role.EMPLOYER;
import static org.anchorage.identity.Role.FUNDER;
import static org.anchorage.identity.Role.MENTOR;
import static org.anchorage.identity.Role.NAVIGATOR;
import static org.anchorage.identity.Role.PARTICIPANT;
import static org.anchorage.identity.Role.PROGRAMME_MANAGER;
import static org.anchorage.identity.Role.REFERRAL_PARTNER;
import static org.anchorage.identity.Role.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anchorage.IntegrationTest;
import org.anchorage.access.AccessWorld.Kind;
import org.anchorage.access.AccessWorld.Scope;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The access policy of docs/access.md, asserted for every route the application serves: each role ×
 * route × {own record, another caseload in the same programme, another organisation's programme}.
 * Routes are read from Spring's handler mappings, so a new route without a line in {@link #EXPECTED}
 * fails the build. "Allowed" means the request got past the policy (a page, a redirect, or a
 * validation answer to the empty form sent); "refused" means 403 or 404. No case may be a 5xx.
 */
class GeneratedAccessIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    /** Who is allowed at each scope; a route with no record (kind null) asks only the role. */
    record Expect(Kind kind, Map<Scope, Set<Role>> allowed, boolean anyAnswer) {
        Set<Role> at(Scope scope) {
            return allowed.getOrDefault(scope, Set.of());
        }
    }

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    static Set<Role> of(Role... roles) {
        return roles.length == 0 ? NOBODY : EnumSet.copyOf(List.of(roles));
    }

    /** No record in the address: these roles, whoever's records they are. */
    static Expect roles(Role... roles) {
        return new Expect(null, Map.of(Scope.OWN, of(roles)), false);
    }

    static Expect everyone() {
        return new Expect(null, Map.of(Scope.OWN, EVERYONE), false);
    }

    /** Public or diagnostic routes that answer anything but a server error. */
    static Expect anyAnswer() {
        return new Expect(null, Map.of(Scope.OWN, EVERYONE), true);
    }

    static Expect record(Kind kind, Set<Role> own, Set<Role> otherCaseload, Set<Role> otherOrganisation) {
        return new Expect(kind, Map.of(Scope.OWN, own, Scope.OTHER_CASELOAD, otherCaseload,
                Scope.OTHER_ORGANISATION, otherOrganisation), false);
    }

    // The rows of docs/access.md, as the routes use them.
    static final Expect MANAGE_PROGRAMME = record(PROGRAMME, of(ADMINISTRATOR, PROGRAMME_MANAGER),
            of(ADMINISTRATOR, PROGRAMME_MANAGER), of(ADMINISTRATOR));
    static final Expect CHECK_ELIGIBILITY = record(PROGRAMME, of(ADMINISTRATOR, PROGRAMME_MANAGER, NAVIGATOR, REFERRAL_PARTNER),
            of(ADMINISTRATOR, PROGRAMME_MANAGER, NAVIGATOR, REFERRAL_PARTNER), NOBODY);
    static final Expect SEE_PROGRAMME = record(PROGRAMME, EVERYONE, EVERYONE, of(ADMINISTRATOR));
    static final Expect SCREENING_FILE = record(SCREENING, of(ADMINISTRATOR, PROGRAMME_MANAGER, NAVIGATOR),
            of(REFERRAL_PARTNER), NOBODY);
    static final Expect PERSON = record(PERSON_RECORD, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
    static final Expect PARTNER_REFERRAL = record(REFERRAL, of(REFERRAL_PARTNER), NOBODY, NOBODY);
    // The other caseload's referral was accepted onto a colleague's caseload: from then on it is part of their record.
    static final Expect TRIAGE = record(REFERRAL, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
    static final Expect REFERRAL_API = record(REFERRAL, of(REFERRAL_PARTNER, NAVIGATOR, PROGRAMME_MANAGER),
            of(PROGRAMME_MANAGER), NOBODY);
    static final Expect SEE_SESSION = record(SESSION, of(TRAINER, NAVIGATOR, PROGRAMME_MANAGER), of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
    static final Expect BOOK_SESSION = record(SESSION, of(NAVIGATOR, PROGRAMME_MANAGER), of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
    static final Expect RUN_SESSION = record(SESSION, of(TRAINER, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
    static final Expect BOOKED_PERSON = record(BOOKING, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
    // The trainer who ran the session (both certificates of the demo trainer's session) may download it too.
    static final Expect CERTIFICATE_PDF = record(CERTIFICATE, of(NAVIGATOR, PROGRAMME_MANAGER, TRAINER),
            of(PROGRAMME_MANAGER, TRAINER), NOBODY);
    static final Expect SEE_PLACEMENT = record(PLACEMENT, of(EMPLOYER, NAVIGATOR, PROGRAMME_MANAGER),
            of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
    static final Expect HOST_PLACEMENT = record(PLACEMENT, of(EMPLOYER), NOBODY, NOBODY);
    static final Expect STAFF_PLACEMENT = record(PLACEMENT, of(NAVIGATOR, PROGRAMME_MANAGER), of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
    static final Expect SEE_CANDIDATE = record(CANDIDATE, of(EMPLOYER, NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
    static final Expect HOST_CANDIDATE = record(CANDIDATE, of(EMPLOYER), NOBODY, NOBODY);
    static final Expect STAFF_CANDIDATE = record(CANDIDATE, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
    static final Expect ADMINISTER_USER = record(USER, of(ADMINISTRATOR), of(ADMINISTRATOR), of(ADMINISTRATOR));
    static final Expect ADMINISTER_ORGANISATION = record(ORGANISATION, of(ADMINISTRATOR), of(ADMINISTRATOR), of(ADMINISTRATOR));

    static final Map<String, Expect> EXPECTED = new LinkedHashMap<>();

    static {
        // Public pages and the resident's self-referral.
        for (String route : List.of("GET /", "GET /privacy", "GET /accessibility", "GET /about-the-data", "GET /sign-in",
                "GET /self-referral", "POST /self-referral", "GET /self-referral/{step}", "POST /self-referral/{step}",
                "GET /self-referral/check", "POST /self-referral/check", "GET /self-referral/confirmation",
                "GET /api/v1/areas/postcodes/{postcode}", "GET /can-i-join", "GET /robots.txt", "GET /sitemap.xml")) {
            EXPECTED.put(route, everyone());
        }
        EXPECTED.put("GET /error", anyAnswer());
        // A reset link is its own proof; the page answers "not found" for a link that is not valid.
        EXPECTED.put("GET /reset-password", anyAnswer());
        EXPECTED.put("POST /reset-password", anyAnswer());

        // Each signed-in person's own account.
        for (String route : List.of("GET /account", "GET /account/password", "POST /account/password", "GET /account/messages", "POST /account/messages",
                "POST /account/sign-out-everywhere", "GET /confirm-password", "POST /confirm-password")) {
            EXPECTED.put(route, everyone());
        }
        EXPECTED.put("DELETE /api/v1/auth/tokens/current", anyAnswer());
        EXPECTED.put("POST /api/v1/auth/tokens", anyAnswer());
        EXPECTED.put("GET /v3/api-docs", anyAnswer());
        EXPECTED.put("GET /v3/api-docs.yaml", anyAnswer());
        EXPECTED.put("GET /actuator", anyAnswer());
        EXPECTED.put("GET /actuator/health", anyAnswer());
        EXPECTED.put("GET /actuator/health/**", anyAnswer());

        // Administration.
        for (String route : List.of("GET /users", "GET /users/new", "POST /users", "POST /api/v1/users",
                "GET /organisations", "GET /organisations/new", "POST /organisations", "POST /api/v1/organisations",
                "GET /api/v1/organisations", "GET /audit", "POST /audit/verification", "GET /api/v1/audit/verification")) {
            EXPECTED.put(route, roles(ADMINISTRATOR));
        }
        EXPECTED.put("GET /users/{id}", ADMINISTER_USER);
        EXPECTED.put("POST /users/{id}", ADMINISTER_USER);
        for (String action : List.of("password-reset", "must-change-password", "sign-out-everywhere", "revoke-tokens")) {
            EXPECTED.put("POST /users/{id}/" + action, ADMINISTER_USER);
        }
        EXPECTED.put("DELETE /api/v1/users/{id}/tokens", ADMINISTER_USER);
        EXPECTED.put("GET /organisations/{id}", ADMINISTER_ORGANISATION);
        EXPECTED.put("POST /organisations/{id}", ADMINISTER_ORGANISATION);

        // Programmes and their eligibility rules.
        EXPECTED.put("GET /programmes", roles(ADMINISTRATOR, PROGRAMME_MANAGER, NAVIGATOR));
        EXPECTED.put("GET /programmes/new", roles(ADMINISTRATOR, PROGRAMME_MANAGER));
        EXPECTED.put("POST /programmes", roles(ADMINISTRATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /programmes/{id}", MANAGE_PROGRAMME);
        EXPECTED.put("POST /programmes/{id}", MANAGE_PROGRAMME);
        EXPECTED.put("GET /programmes/{id}/eligibility", MANAGE_PROGRAMME);
        EXPECTED.put("POST /programmes/{id}/eligibility", MANAGE_PROGRAMME);
        EXPECTED.put("GET /api/v1/programmes", everyone());
        EXPECTED.put("POST /api/v1/programmes", roles(ADMINISTRATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /api/v1/programmes/{id}/eligibility", SEE_PROGRAMME);
        EXPECTED.put("PUT /api/v1/programmes/{id}/eligibility", MANAGE_PROGRAMME);

        // Eligibility checks and screening of lists.
        EXPECTED.put("GET /eligibility", roles(ADMINISTRATOR, PROGRAMME_MANAGER, NAVIGATOR, REFERRAL_PARTNER));
        EXPECTED.put("GET /areas", roles(ADMINISTRATOR, PROGRAMME_MANAGER, NAVIGATOR, REFERRAL_PARTNER));
        for (String route : List.of("GET /programmes/{id}/eligibility-check", "POST /programmes/{id}/eligibility-check",
                "GET /programmes/{id}/screenings", "POST /programmes/{id}/screenings",
                "POST /api/v1/programmes/{id}/eligibility-checks", "POST /api/v1/programmes/{id}/screenings")) {
            EXPECTED.put(route, CHECK_ELIGIBILITY);
        }
        for (String route : List.of("GET /screenings/{id}", "GET /screenings/{id}/result.csv", "GET /api/v1/screenings/{id}",
                "GET /api/v1/screenings/{id}/result.csv")) {
            EXPECTED.put(route, SCREENING_FILE);
        }

        // Referrals and triage.
        EXPECTED.put("GET /referrals", roles(REFERRAL_PARTNER));
        EXPECTED.put("GET /referrals/new", roles(REFERRAL_PARTNER));
        EXPECTED.put("POST /referrals", roles(REFERRAL_PARTNER));
        EXPECTED.put("GET /referrals/{id}", PARTNER_REFERRAL);
        EXPECTED.put("POST /api/v1/referrals", roles(REFERRAL_PARTNER, NAVIGATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /api/v1/referrals/{id}", REFERRAL_API);
        EXPECTED.put("GET /triage", roles(NAVIGATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /triage/{id}", TRIAGE);
        EXPECTED.put("POST /triage/{id}", TRIAGE);

        // Participants and their plans.
        EXPECTED.put("GET /caseload", roles(NAVIGATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /worklist", roles(NAVIGATOR, PROGRAMME_MANAGER));
        for (String route : List.of("GET /participants/{id}", "GET /participants/{id}/contacts", "GET /participants/{id}/details",
                "GET /participants/{id}/details/change", "POST /participants/{id}/details", "GET /participants/{id}/timeline",
                "GET /participants/{id}/status", "POST /participants/{id}/contacts", "POST /participants/{id}/notes",
                "POST /participants/{id}/appointments", "POST /participants/{id}/status", "GET /participants/{id}/equality",
                "POST /participants/{id}/equality", "GET /participants/{id}/plan", "POST /participants/{id}/plan/review",
                "POST /participants/{id}/plan/steps/done", "GET /participants/{id}/plan/goals/new", "POST /participants/{id}/plan/goals",
                "GET /participants/{id}/plan/steps/new", "POST /participants/{id}/plan/steps",
                "GET /participants/{id}/assessments/new", "POST /participants/{id}/assessments",
                "GET /participants/{id}/training", "GET /participants/{id}/training/sessions",
                "POST /participants/{id}/training/bookings")) {
            EXPECTED.put(route, PERSON);
        }
        // Step 8, part 4 (early warnings): the record's section and acknowledging, the appointment outcome on the
        // contacts page, and the programme's rules page.
        for (String route : List.of("GET /participants/{id}/warnings", "POST /participants/{id}/warnings",
                "POST /participants/{id}/appointments/outcome")) {
            EXPECTED.put(route, PERSON);
        }
        EXPECTED.put("GET /programmes/{id}/early-warnings", MANAGE_PROGRAMME);
        EXPECTED.put("POST /programmes/{id}/early-warnings", MANAGE_PROGRAMME);

        EXPECTED.put("GET /my-plan", roles(PARTICIPANT));
        EXPECTED.put("GET /api/v1/wellbeing-scales", roles(ADMINISTRATOR, PROGRAMME_MANAGER));
        EXPECTED.put("POST /api/v1/wellbeing-scales", roles(ADMINISTRATOR, PROGRAMME_MANAGER));

        // Training.
        EXPECTED.put("GET /training", roles(NAVIGATOR, PROGRAMME_MANAGER, TRAINER));
        EXPECTED.put("GET /training/sessions/new", roles(PROGRAMME_MANAGER, TRAINER));
        EXPECTED.put("POST /training/sessions", roles(PROGRAMME_MANAGER, TRAINER));
        EXPECTED.put("GET /training/sessions/{id}", SEE_SESSION);
        EXPECTED.put("POST /training/sessions/{id}/bookings", BOOK_SESSION);
        EXPECTED.put("GET /training/sessions/{id}/register", RUN_SESSION);
        EXPECTED.put("POST /training/sessions/{id}/register", RUN_SESSION);
        EXPECTED.put("GET /training/bookings/{id}/certificate", BOOKED_PERSON);
        EXPECTED.put("GET /training/bookings/{id}/cancel", BOOKED_PERSON);
        EXPECTED.put("POST /training/bookings/{id}/cancel", BOOKED_PERSON);
        EXPECTED.put("GET /training/certificates/{id}.pdf", CERTIFICATE_PDF);
        // An employer checks a certificate's code without an account; guessing is throttled (429), so any answer.
        EXPECTED.put("GET /certificates/verify", everyone());
        EXPECTED.put("POST /certificates/verify", anyAnswer());

        // Placements and matching.
        EXPECTED.put("GET /placements", roles(EMPLOYER, NAVIGATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /placements/new", roles(EMPLOYER));
        EXPECTED.put("POST /placements", roles(EMPLOYER));
        EXPECTED.put("GET /placements/sites", roles(EMPLOYER));
        EXPECTED.put("POST /placements/sites", roles(EMPLOYER));
        EXPECTED.put("POST /placements/supervisors", roles(EMPLOYER));
        EXPECTED.put("GET /placements/{id}", SEE_PLACEMENT);
        EXPECTED.put("GET /participants/{id}/placements", PERSON);
        EXPECTED.put("POST /placements/{id}/closure", HOST_PLACEMENT);
        EXPECTED.put("POST /placements/{id}/candidates", STAFF_PLACEMENT);
        EXPECTED.put("GET /placements/candidates/{id}", SEE_CANDIDATE);
        EXPECTED.put("POST /placements/candidates/{id}/put-forward", STAFF_CANDIDATE);
        EXPECTED.put("POST /placements/candidates/{id}/withdraw", STAFF_CANDIDATE);
        for (String step : List.of("interview", "outcome", "start", "attendance", "feedback")) {
            EXPECTED.put("POST /placements/candidates/{id}/" + step, HOST_CANDIDATE);
        }
        EXPECTED.put("POST /placements/candidates/{id}/checks", SEE_CANDIDATE);
        EXPECTED.put("POST /placements/candidates/{id}/end", SEE_CANDIDATE);
        EXPECTED.put("POST /api/v1/placement-sites", roles(EMPLOYER));
        EXPECTED.put("POST /api/v1/placements", roles(EMPLOYER));
        EXPECTED.put("GET /api/v1/placements", roles(EMPLOYER, NAVIGATOR, PROGRAMME_MANAGER));
        EXPECTED.put("GET /api/v1/placements/{id}", SEE_PLACEMENT);
        EXPECTED.put("GET /api/v1/placements/{id}/candidates", SEE_PLACEMENT);
        EXPECTED.put("GET /api/v1/placement-candidates/{id}", SEE_CANDIDATE);
        EXPECTED.put("POST /api/v1/placement-candidates/{id}/outcome", HOST_CANDIDATE);
        EXPECTED.put("GET /matching", roles(NAVIGATOR, PROGRAMME_MANAGER));
        EXPECTED.put("POST /matching/confirmations", roles(NAVIGATOR, PROGRAMME_MANAGER));

        // Step 8, part h1: mentoring, wellbeing over time, the participant's own support page.
        // A mentor sees only their current mentee; staff sections as the rest of the record; My support for the person.
        Expect mentorOf = record(MENTEE, of(MENTOR), NOBODY, NOBODY);
        EXPECTED.put("GET /mentees", roles(MENTOR));
        EXPECTED.put("POST /mentees/profile", roles(MENTOR));
        EXPECTED.put("GET /mentees/{id}", mentorOf);
        EXPECTED.put("POST /mentees/{id}/sessions", mentorOf);
        EXPECTED.put("POST /mentees/{id}/next-session", mentorOf);
        EXPECTED.put("POST /mentees/{id}/wellbeing", mentorOf);
        EXPECTED.put("GET /participants/{id}/mentoring", PERSON);
        EXPECTED.put("POST /participants/{id}/mentoring", PERSON);
        EXPECTED.put("POST /participants/{id}/mentoring/end", PERSON);
        EXPECTED.put("GET /participants/{id}/wellbeing", PERSON);
        // Step 12, notifications: the outbox and its templates for administrators; a participant's messages and choices on their record.
        for (String route : List.of("GET /notifications", "POST /notifications/retry", "GET /notifications/templates",
                "GET /notifications/templates/edit", "POST /notifications/templates/edit", "POST /notifications/templates/restore")) {
            EXPECTED.put(route, roles(ADMINISTRATOR));
        }
        EXPECTED.put("GET /participants/{id}/messages", PERSON);
        EXPECTED.put("POST /participants/{id}/messages", PERSON);
        EXPECTED.put("POST /participants/{id}/wellbeing", PERSON);
        EXPECTED.put("GET /programmes/{id}/wellbeing-scale", MANAGE_PROGRAMME);
        EXPECTED.put("POST /programmes/{id}/wellbeing-scale", MANAGE_PROGRAMME);
        EXPECTED.put("GET /my-support", roles(PARTICIPANT));
        EXPECTED.put("POST /my-support/wellbeing", roles(PARTICIPANT));
        // Step 9, first slice (outcome): the record's Work section, job starts and sustainment checks.
        for (String route : List.of("GET /participants/{id}/work", "POST /participants/{id}/work/job-starts",
                "POST /participants/{id}/work/checks")) {
            EXPECTED.put(route, PERSON);
        }
        // Step 9, job search: the record's Job search section (applications, status changes, preparation, the job start
        // from an offer), and the placement host's job offer from its candidate page.
        for (String route : List.of("GET /participants/{id}/applications", "POST /participants/{id}/applications",
                "POST /participants/{id}/applications/status", "POST /participants/{id}/applications/preparation",
                "POST /participants/{id}/applications/job-start")) {
            EXPECTED.put(route, PERSON);
        }
        EXPECTED.put("POST /placements/candidates/{id}/job-offer", HOST_CANDIDATE);
        // Step 9, progression and the job-start API: the person's record rule, and for routes keyed by a job start
        // the same rule on whose start it is.
        for (String route : List.of("POST /participants/{id}/work/changes", "GET /api/v1/participants/{id}/job-starts",
                "POST /api/v1/participants/{id}/job-starts")) {
            EXPECTED.put(route, PERSON);
        }
        Expect personsJobStart = record(JOB_START, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
        for (String route : List.of("GET /api/v1/job-starts/{id}", "POST /api/v1/job-starts/{id}/sustainment-checks",
                "POST /api/v1/job-starts/{id}/changes")) {
            EXPECTED.put(route, personsJobStart);
        }
        // Step 9 (outcome): a person's outcomes by API, as the Work section; a programme's claims and definitions, as its settings.
        EXPECTED.put("GET /api/v1/participants/{id}/outcomes", PERSON);
        for (String route : List.of("GET /programmes/{id}/claims", "GET /programmes/{id}/claims.csv", "GET /programmes/{id}/claims/mark",
                "POST /programmes/{id}/claims/mark", "GET /programmes/{id}/outcome-definitions")) {
            EXPECTED.put(route, MANAGE_PROGRAMME);
        }
        // Step 11, outreach: the programme's navigators and managers.
        EXPECTED.put("GET /outreach", roles(NAVIGATOR, PROGRAMME_MANAGER));
        Expect logOutreach = record(PROGRAMME, of(NAVIGATOR, PROGRAMME_MANAGER), of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
        EXPECTED.put("GET /programmes/{id}/outreach", logOutreach);
        EXPECTED.put("POST /programmes/{id}/outreach", logOutreach);
        // Step 11, outreach events: residents see and sign up to any open programme's events without an account; the
        // programme's navigators and managers publish them, see who signed up, take attendance and refer who came.
        Expect publicEvent = record(EVENT, EVERYONE, EVERYONE, EVERYONE);
        for (String route : List.of("GET /events/{id}", "GET /events/{id}/sign-up", "POST /events/{id}/sign-up", "GET /events/{id}/signed-up",
                "GET /events/{id}/calendar.ics")) {
            EXPECTED.put(route, publicEvent);
        }
        EXPECTED.put("GET /events", everyone());
        EXPECTED.put("GET /events.ics", everyone());
        EXPECTED.put("GET /programmes/{id}/events", logOutreach);
        EXPECTED.put("GET /programmes/{id}/events/new", logOutreach);
        EXPECTED.put("POST /programmes/{id}/events", logOutreach);
        Expect runEvent = record(EVENT, of(NAVIGATOR, PROGRAMME_MANAGER), of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
        for (String route : List.of("GET /events/{id}/manage", "POST /events/{id}/attendance", "POST /events/{id}/cancel",
                "POST /events/{id}/walk-ins")) {
            EXPECTED.put(route, runEvent);
        }
        Expect referAttendee = record(EVENT_SIGN_UP, of(NAVIGATOR, PROGRAMME_MANAGER), of(NAVIGATOR, PROGRAMME_MANAGER), NOBODY);
        for (String route : List.of("POST /event-sign-ups/{id}/place", "GET /event-sign-ups/{id}/referral", "POST /event-sign-ups/{id}/referral",
                "POST /event-sign-ups/{id}/removal")) {
            EXPECTED.put(route, referAttendee);
        }
        // Step 11, live opportunities: employers post their own organisation's vacancies, managers their programme's
        // employers'; the public pages and feeds are everyone's, and every vacancy there is open (the far one too).
        for (String route : List.of("GET /vacancies", "GET /vacancies/new", "POST /vacancies")) {
            EXPECTED.put(route, roles(EMPLOYER, PROGRAMME_MANAGER));
        }
        Expect manageVacancy = record(Kind.VACANCY, of(EMPLOYER, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
        for (String route : List.of("GET /vacancies/{id}", "POST /vacancies/{id}", "POST /vacancies/{id}/withdrawal")) {
            EXPECTED.put(route, manageVacancy);
        }
        for (String route : List.of("GET /opportunities", "GET /opportunities.json", "GET /opportunities.atom")) {
            EXPECTED.put(route, everyone());
        }
        EXPECTED.put("GET /opportunities/{id}", record(Kind.VACANCY, EVERYONE, EVERYONE, EVERYONE));
        // Step 11, roles in health and care: residents read them without signing in; managers and administrators edit
        // them (the content is the installation's, not a programme's). The empty form sent is refused by name, so
        // nothing changes. {slug} is a shipped role.
        for (String route : List.of("GET /roles", "GET /roles/{slug}", "GET /roles/{slug}/easy-read", "GET /easy-read",
                "GET /can-i-join/easy-read")) {
            EXPECTED.put(route, everyone());
        }
        for (String route : List.of("GET /careers/roles", "GET /careers/roles/new", "POST /careers/roles", "GET /careers/roles/{slug}",
                "POST /careers/roles/{slug}")) {
            EXPECTED.put(route, roles(ADMINISTRATOR, PROGRAMME_MANAGER));
        }
        // Step 10, reporting: a programme's reports for its funders and managers (and administrators, who run the
        // service), figures only; the list of programmes with reports for those roles.
        Expect seeReports = record(PROGRAMME, of(ADMINISTRATOR, PROGRAMME_MANAGER, FUNDER), of(ADMINISTRATOR, PROGRAMME_MANAGER, FUNDER),
                of(ADMINISTRATOR));
        EXPECTED.put("GET /reports", roles(ADMINISTRATOR, PROGRAMME_MANAGER, FUNDER));
        for (String route : List.of("GET /programmes/{id}/reports", "GET /programmes/{id}/reports/{report}",
                "GET /programmes/{id}/reports/{report}.csv", "GET /programmes/{id}/reports/{report}.xlsx", "GET /programmes/{id}/reports/{report}.pdf",
                "GET /api/v1/programmes/{id}/reports/{report}")) {
            EXPECTED.put(route, seeReports);
        }
        EXPECTED.put("GET /programmes/{id}/targets", MANAGE_PROGRAMME);
        EXPECTED.put("POST /programmes/{id}/targets", MANAGE_PROGRAMME);
        // The people behind a number: the programme's own managers only (a funder never sees a person).
        EXPECTED.put("GET /programmes/{id}/reports/funnel/people", record(PROGRAMME, of(PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY));
        // Step 8, part 3: support actions (part of the record) and the barrier fund.
        for (String route : List.of("GET /participants/{id}/support", "POST /participants/{id}/support/actions",
                "POST /participants/{id}/support/actions/close", "POST /participants/{id}/support/fund-requests")) {
            EXPECTED.put(route, PERSON);
        }
        Expect manageFund = record(PROGRAMME, of(PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY);
        EXPECTED.put("GET /barrier-fund", roles(PROGRAMME_MANAGER));
        EXPECTED.put("GET /programmes/{id}/barrier-fund", manageFund);
        EXPECTED.put("POST /programmes/{id}/barrier-fund", manageFund);
        // The own request was made by the demo navigator for their own person; the other by a colleague for theirs.
        EXPECTED.put("GET /barrier-fund/requests/{id}", record(FUND_REQUEST, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY));
        EXPECTED.put("POST /barrier-fund/requests/{id}/decision", record(FUND_REQUEST, of(PROGRAMME_MANAGER), of(PROGRAMME_MANAGER), NOBODY));
        EXPECTED.put("POST /barrier-fund/requests/{id}/spend", record(FUND_REQUEST, of(NAVIGATOR, PROGRAMME_MANAGER), of(PROGRAMME_MANAGER),
                NOBODY));
        // Safeguarding (step 8, part 5). Raising: anyone who meets the person — Owen (OWN) is on the demo navigator's
        // caseload, booked on the demo trainer's session and put forward to the demo employer; Olive (OTHER_CASELOAD)
        // is another navigator's, but booked on the demo trainer's session too. A concern: the programme's lead (the
        // demo manager) and deputies (the demo mentor) read and act, on both concerns of the own programme; the raiser
        // (the demo trainer, on OWN) reads only their own report; the far programme's concern is nobody's here.
        // The demo mentor mentors the OWN person too (the mentoring block), so meets them.
        EXPECTED.put("GET /safeguarding/raise/{id}", record(PERSON_RECORD, of(NAVIGATOR, PROGRAMME_MANAGER, TRAINER, EMPLOYER, MENTOR),
                of(PROGRAMME_MANAGER, TRAINER), NOBODY));
        EXPECTED.put("POST /safeguarding/raise/{id}", record(PERSON_RECORD, of(NAVIGATOR, PROGRAMME_MANAGER, TRAINER, EMPLOYER, MENTOR),
                of(PROGRAMME_MANAGER, TRAINER), NOBODY));
        EXPECTED.put("GET /safeguarding", roles(PROGRAMME_MANAGER, NAVIGATOR, TRAINER, MENTOR, EMPLOYER));
        EXPECTED.put("GET /safeguarding/concerns/mine", roles(PROGRAMME_MANAGER, NAVIGATOR, TRAINER, MENTOR, EMPLOYER));
        EXPECTED.put("GET /safeguarding/concerns/{id}", record(CONCERN, of(PROGRAMME_MANAGER, TRAINER, MENTOR), of(PROGRAMME_MANAGER, MENTOR),
                NOBODY));
        for (String action : List.of("acknowledgement", "decisions", "referrals", "flag", "closure")) {
            EXPECTED.put("POST /safeguarding/concerns/{id}/" + action, record(CONCERN, of(PROGRAMME_MANAGER, MENTOR),
                    of(PROGRAMME_MANAGER, MENTOR), NOBODY));
        }
        // Step 10: how reported figures protect people — no record and no person, so every signed-in role may read it.
        EXPECTED.put("GET /reports/disclosure-control", everyone());
        for (String route : List.of("GET /programmes/{id}/safeguarding", "POST /programmes/{id}/safeguarding/lead",
                "POST /programmes/{id}/safeguarding/deputies", "POST /programmes/{id}/safeguarding/removal")) {
            EXPECTED.put(route, MANAGE_PROGRAMME);
        }
    }

    /** Every route the application serves, as "METHOD /pattern", read from Spring's handler mappings. */
    private Map<String, RequestMappingInfo> routes() {
        Map<String, RequestMappingInfo> routes = new LinkedHashMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String pattern : info.getPatternValues()) {
                    String normalised = pattern.replace("/{*path}", "/**");
                    for (String method : methods) {
                        routes.put(method + " " + normalised, info);
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void every_route_has_an_expectation_in_the_access_table() {
        Set<String> missing = new TreeSet<>(routes().keySet());
        missing.removeAll(EXPECTED.keySet());
        assertThat(missing).as("routes with no line in GeneratedAccessIT.EXPECTED (and docs/access.md)").isEmpty();
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(routes().keySet());
        assertThat(stale).as("lines in the access table for routes that no longer exist").isEmpty();
    }

    @Test
    void each_role_reaches_exactly_what_the_policy_allows_on_own_other_caseload_and_other_organisation_records()
            throws Exception {
        AccessWorld world = AccessWorld.in(context);
        Map<String, RequestMappingInfo> routes = routes();
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        // Reads first, so what the empty forms post cannot change what later reads see.
        List<String> ordered = new ArrayList<>(routes.keySet().stream().filter(r -> r.startsWith("GET ")).sorted().toList());
        ordered.addAll(routes.keySet().stream().filter(r -> !r.startsWith("GET ")).sorted().toList());
        for (String route : ordered) {
            Expect expect = EXPECTED.get(route);
            if (expect == null) {
                continue; // reported by every_route_has_an_expectation_in_the_access_table
            }
            List<Scope> scopes = expect.kind() == null ? List.of(Scope.OWN) : List.of(Scope.values());
            for (Scope scope : scopes) {
                for (Role role : Role.values()) {
                    int status;
                    String failure = "";
                    try {
                        status = perform(route, routes.get(route), expect.kind(), scope, world, role);
                    } catch (Exception e) {
                        status = 500;
                        Throwable root = e;
                        while (root.getCause() != null) {
                            root = root.getCause();
                        }
                        failure = " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
                    }
                    cases++;
                    String problem = judge(expect, scope, role, status);
                    if (problem != null) {
                        problem += failure;
                    }
                    if (problem != null) {
                        wrong.add(role.code() + " " + route + " on " + scope.name().toLowerCase().replace('_', '-') + " record: "
                                + problem);
                    }
                }
            }
        }
        System.out.println("[anchorage-tests] access policy: " + cases + " role × route × scope cases asserted over "
                + routes.size() + " routes");
        assertThat(wrong).isEmpty();
    }

    private static String judge(Expect expect, Scope scope, Role role, int status) {
        if (status >= 500) {
            return "server error " + status;
        }
        if (expect.anyAnswer()) {
            return null;
        }
        boolean refused = status == 403 || status == 404 || status == 401;
        boolean allowed = !refused && (status < 400 || status == 400 || status == 409 || status == 422);
        boolean shouldBeAllowed = expect.at(scope).contains(role);
        if (shouldBeAllowed && !allowed) {
            return "expected to be allowed but got " + status;
        }
        if (!shouldBeAllowed && !refused) {
            return "expected 403 or 404 but got " + status;
        }
        return null;
    }

    private int perform(String route, RequestMappingInfo info, Kind kind, Scope scope, AccessWorld world, Role role)
            throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1)
                .replace("{step}", "name")
                .replace("{postcode}", "RM187AG")
                .replace("{group}", "default")
                .replace("{report}", "funnel")
                .replace("{slug}", "porter")
                .replace("/**", "/liveness");
        if (kind != null) {
            path = path.replace("{id}", world.id(kind, scope).toString());
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(as(role));
        if (!method.equals("GET")) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                var consumes = info.getConsumesCondition().getConsumableMediaTypes();
                if (!consumes.isEmpty() && consumes.stream().noneMatch(m -> m.includes(MediaType.APPLICATION_JSON))) {
                    request.contentType(MediaType.valueOf("text/csv")).content("reference,postcode,date_of_birth\n");
                } else {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
            }
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
