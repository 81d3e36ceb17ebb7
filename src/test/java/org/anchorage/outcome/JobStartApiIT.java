package org.anchorage.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.access.AccessWorld;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.participant.TimelineEntry;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job-start API as an HR system or CRM would use it: a start is created and listed with its check points,
 * every bad field is named in one problem, a wrong JSON type is a 400 naming the field, someone the caller may
 * not see is 404, and a check or a change by API does what the page does.
 */
class JobStartApiIT extends IntegrationTest {

    @Autowired
    Participants participants;

    @Autowired
    Referrals referrals;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    Programme programme;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        programme = programmes.add(new ProgrammeDetails("Job start API test " + UUID.randomUUID(), ProgrammeStatus.OPEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "Made by the job start API tests", demoOrganisations), null,
                navigatorOf(Role.ADMINISTRATOR));
    }

    private SignedInUser navigatorOf(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private ParticipantId person(String given) {
        SignedInUser navigator = navigatorOf(Role.NAVIGATOR);
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Api", LocalDate.of(1990, 3, 1), "RM18 7AG",
                null, "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION,
                true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator.id(), navigator);
        return participants.forReferral(r.id()).orElseThrow();
    }

    private MvcResult send(String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(Role.NAVIGATOR)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    private static final String PORTER = """
            {"employer":"Royal Free Hospital","employerSector":"nhs","role":"Porter","roleFamily":"portering","afcBand":"Band 2",
             "hourlyPay":12.71,"hoursPerWeek":37.5,"contractType":"permanent","startsOn":"2026-12-07","evidence":"employer-confirmation"}
            """;

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void a_start_is_created_with_its_location_and_listed_with_its_check_points() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Mina");
        MvcResult created = send("/api/v1/participants/" + person.value() + "/job-starts", PORTER);
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode start = json.readTree(created.getResponse().getContentAsString());
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/job-starts/" + start.get("id").asString());
        assertThat(start.get("hourlyPay").decimalValue()).isEqualByComparingTo("12.71");
        assertThat(start.get("employerSector").asString()).isEqualTo("nhs");
        assertThat(participants.open(person, navigatorOf(Role.NAVIGATOR)).status()).isEqualTo(ParticipantStatus.IN_WORK);

        String list = mvc.perform(get("/api/v1/participants/" + person.value() + "/job-starts").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        JsonNode starts = json.readTree(list);
        assertThat(starts).hasSize(1);
        JsonNode points = starts.get(0).get("checkPoints");
        assertThat(points).hasSize(4);
        assertThat(points.get(0).get("weeks").asInt()).isEqualTo(4);
        assertThat(points.get(0).get("dueOn").asString()).isEqualTo("2027-01-04");
        assertThat(points.get(0).get("state").asString()).isEqualTo("upcoming");
        assertThat(points.get(0).path("check").isNull() || points.get(0).path("check").isMissingNode()).isTrue();
    }

    @Test
    void every_bad_field_is_named_in_one_problem_and_nothing_is_saved() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Nell");
        MvcResult r = send("/api/v1/participants/" + person.value() + "/job-starts", """
                {"employer":" ","employerSector":"council","roleFamily":"astronaut","hourlyPay":12.715,"hoursPerWeek":0,
                 "contractType":"zero-hours","startsOn":"2027-06-01"}
                """);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(fields(json.readTree(r.getResponse().getContentAsString()))).containsExactlyInAnyOrder("employer", "employerSector",
                "role", "roleFamily", "hourlyPay", "hoursPerWeek", "contractType", "startsOn", "evidence");
        String list = mvc.perform(get("/api/v1/participants/" + person.value() + "/job-starts").with(as(Role.NAVIGATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(list)).isEmpty();
    }

    @Test
    void a_wrong_json_type_or_an_unknown_field_is_a_400_naming_the_field() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Omar");
        MvcResult wrongType = send("/api/v1/participants/" + person.value() + "/job-starts", "{\"hourlyPay\":\"twelve pounds\"}");
        assertThat(wrongType.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(json.readTree(wrongType.getResponse().getContentAsString()))).containsExactly("hourlyPay");
        MvcResult unknown = send("/api/v1/participants/" + person.value() + "/job-starts",
                PORTER.replace("\"role\":", "\"salary\":30000,\"role\":"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(json.readTree(unknown.getResponse().getContentAsString()))).containsExactly("salary");
    }

    @Test
    void another_organisations_person_and_job_start_are_not_found() throws Exception {
        AccessWorld world = AccessWorld.in(context);
        UUID far = world.id(AccessWorld.Kind.PERSON_RECORD, AccessWorld.Scope.OTHER_ORGANISATION);
        UUID farStart = world.id(AccessWorld.Kind.JOB_START, AccessWorld.Scope.OTHER_ORGANISATION);
        assertThat(send("/api/v1/participants/" + far + "/job-starts", PORTER).getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/participants/" + far + "/job-starts").with(as(Role.NAVIGATOR))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        MvcResult check = send("/api/v1/job-starts/" + farStart + "/sustainment-checks", """
                {"weeks":4,"checkedOn":"2026-12-01","status":"left","evidence":"participant-said","leftOn":"2026-12-01","leftReason":"travel"}
                """);
        assertThat(check.getResponse().getStatus()).isEqualTo(404);
        assertThat(check.getResponse().getContentAsString()).doesNotContain("Access Test Hospital").doesNotContain("Xena");
        assertThat(send("/api/v1/job-starts/" + UUID.randomUUID() + "/changes", "{}").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void a_check_by_api_moves_the_person_as_the_page_does_and_a_change_by_api_shows_on_the_start() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Pia");
        String id = json.readTree(send("/api/v1/participants/" + person.value() + "/job-starts", PORTER).getResponse()
                .getContentAsString()).get("id").asString();

        clock.fixAt("2027-01-05T09:00");
        MvcResult bad = send("/api/v1/job-starts/" + id + "/changes", "{\"changesOn\":\"2027-01-06\",\"hourlyPay\":13,\"hoursPerWeek\":60}");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(json.readTree(bad.getResponse().getContentAsString())))
                .containsExactlyInAnyOrder("changesOn", "kind", "hoursPerWeek", "evidence");
        MvcResult change = send("/api/v1/job-starts/" + id + "/changes",
                "{\"changesOn\":\"2027-01-01\",\"kind\":\"pay-rise\",\"hourlyPay\":13.10,\"hoursPerWeek\":37.5,\"evidence\":\"payslip-seen\"}");
        assertThat(change.getResponse().getStatus()).isEqualTo(201);
        JsonNode changed = json.readTree(change.getResponse().getContentAsString());
        assertThat(changed.get("currentHourlyPay").decimalValue()).isEqualByComparingTo("13.10");
        assertThat(changed.get("changes").get(0).get("summary").asString()).isEqualTo("From 1 January 2027: £12.71 → £13.10 an hour (pay rise)");

        MvcResult wrongWeeks = send("/api/v1/job-starts/" + id + "/sustainment-checks", "{\"weeks\":\"four\"}");
        assertThat(wrongWeeks.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(json.readTree(wrongWeeks.getResponse().getContentAsString()))).containsExactly("weeks");
        MvcResult contradicts = send("/api/v1/job-starts/" + id + "/sustainment-checks", """
                {"weeks":4,"checkedOn":"2027-01-05","status":"same-job","hoursPerWeek":37.5,"evidence":"participant-said","leftOn":"2027-01-02","leftReason":"travel"}
                """);
        assertThat(contradicts.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(json.readTree(contradicts.getResponse().getContentAsString()))).containsExactlyInAnyOrder("leftOn", "leftReason");
        MvcResult twice = send("/api/v1/participants/" + person.value() + "/job-starts", PORTER);
        assertThat(twice.getResponse().getStatus()).isEqualTo(400);
        assertThat(twice.getResponse().getContentAsString()).contains("\"startsOn\"", "This job start is already recorded");
        MvcResult check = send("/api/v1/job-starts/" + id + "/sustainment-checks", """
                {"weeks":4,"checkedOn":"2027-01-05","status":"left","evidence":"participant-said","leftOn":"2027-01-02","leftReason":"travel"}
                """);
        assertThat(check.getResponse().getStatus()).isEqualTo(201);
        JsonNode after = json.readTree(check.getResponse().getContentAsString());
        assertThat(after.get("leftOn").asString()).isEqualTo("2027-01-02");
        assertThat(after.get("checkPoints").get(0).get("state").asString()).isEqualTo("done");
        assertThat(participants.open(person, navigatorOf(Role.NAVIGATOR)).status()).isEqualTo(ParticipantStatus.REFERRED);
        assertThat(participants.timeline(person, navigatorOf(Role.NAVIGATOR))).extracting(TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Left the job as Porter at Royal Free Hospital on 2 January 2027"))
                .anyMatch(d -> d.startsWith("Change in the job as Porter at Royal Free Hospital. From 1 January 2027"));
    }

    @Test
    void the_openapi_document_describes_the_job_start_routes() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = json.readTree(doc).get("paths");
        assertThat(paths.has("/api/v1/participants/{id}/job-starts")).isTrue();
        assertThat(paths.get("/api/v1/participants/{id}/job-starts").has("post")).isTrue();
        assertThat(paths.get("/api/v1/participants/{id}/job-starts").has("get")).isTrue();
        assertThat(paths.has("/api/v1/job-starts/{id}/sustainment-checks")).isTrue();
        assertThat(paths.has("/api/v1/job-starts/{id}/changes")).isTrue();
        assertThat(paths.has("/api/v1/job-starts/{id}")).isTrue();
        // The catch-all for unknown fields is how they are refused, not a field a caller should send.
        JsonNode request = json.readTree(doc).at("/components/schemas/NewJobStart/properties");
        assertThat(request.has("employerSector")).isTrue();
        assertThat(request.has("unknown")).isFalse();
    }
}
