package org.anchorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anchorage.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route the application maps, sent malformed input as a user allowed on it: a NUL in each parameter
 * and JSON field, a date far out of range, a number beyond an int, null in a list, a 100,000-character
 * string, the wrong JSON type, an empty or broken body. None may answer 5xx; an API validation failure is
 * problem details naming the field. Routes are read from Spring's handler mapping, so a new one is covered
 * the day it is added.
 */
class MalformedInputIT extends IntegrationTest {

    private static final String NUL = "a\u0000b";
    private static final String FAR_DATE = "+999999999-12-31";
    private static final String TOO_BIG = "2147483648";
    private static final String HUGE = "x".repeat(100_000);

    /** Forms read as a map of names: the names their pages send. */
    private static final Map<String, List<String>> MAP_FORMS = Map.ofEntries(
            Map.entry("/participants/{id}/equality", List.of("sex", "ethnicCategory", "religion", "disability",
                    "sexualOrientation", "genderSameAsBirth", "marriageCivilPartnership", "pregnancyMaternity")),
            Map.entry("/participants/{id}/assessments", List.of("scaleId", "scaleCode", "skills", "hoursPerWeek", "availability",
                    "adjustments", "score0", "score1", "score2", "score3", "barriers", "interests", "shifts")),
            Map.entry("/placements/candidates/{id}/put-forward", List.of("availability", "readinessSummary", "adjustments")),
            Map.entry("/placements/candidates/{id}/interview", List.of("interviewDateDay", "interviewDateMonth",
                    "interviewDateYear", "interviewTime")),
            Map.entry("/placements/candidates/{id}/outcome", List.of("outcome", "notes", "plannedStartDay", "plannedStartMonth",
                    "plannedStartYear")),
            Map.entry("/placements/candidates/{id}/checks", List.of("standard", "status", "whoActsNext", "evidenceSeen",
                    "expiresOnDay", "expiresOnMonth", "expiresOnYear")),
            Map.entry("/placements/candidates/{id}/start", List.of("startedOnDay", "startedOnMonth", "startedOnYear")),
            Map.entry("/placements/candidates/{id}/attendance", List.of("weekStartingDay", "weekStartingMonth",
                    "weekStartingYear", "hoursAttended", "daysAbsent", "note")),
            Map.entry("/placements/candidates/{id}/feedback", List.of("point", "reliability", "teamwork", "communication",
                    "careValues", "comments", "jobReady")),
            Map.entry("/placements/candidates/{id}/end", List.of("how", "endedOnDay", "endedOnMonth", "endedOnYear", "reason")),
            Map.entry("/placements/candidates/{id}/withdraw", List.of("withdrawReason")),
            Map.entry("/self-referral/{step}", List.of("programmeId", "givenName", "familyName", "day", "month", "year",
                    "postcode", "contactPreference", "email", "phone", "addressLine1", "addressLine2", "town", "workInterests", "consent",
                    "change")));

    private static final Set<String> ANONYMOUS = Set.of("/api/v1/auth/tokens", "/sign-in", "/self-referral");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JsonMapper json;

    record Route(HttpMethod method, String pattern, HandlerMethod handler) {}

    record Case(String name, List<Map.Entry<String, String>> params, String body, String namedField) {}

    @Test
    void no_malformed_input_on_any_route_gets_a_server_error_and_api_refusals_name_the_field() throws Exception {
        List<String> failures = new ArrayList<>();
        int asserted = 0;
        Set<String> routesCovered = new LinkedHashSet<>();
        for (Route route : routes()) {
            for (Case c : cases(route)) {
                asserted++;
                routesCovered.add(route.method() + " " + route.pattern());
                String problem;
                try {
                    problem = judge(route, c, send(route, c));
                } catch (Exception e) {
                    // MockMvc rethrows what no handler answered: on a real server, a 500.
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    problem = "failed unanswered: " + root;
                }
                if (problem != null) {
                    failures.add(route.method() + " " + route.pattern() + " [" + c.name() + "]: " + problem);
                }
            }
        }
        System.out.println("[malformed-input] asserted " + asserted + " route x case combinations over "
                + routesCovered.size() + " routes");
        assertThat(routesCovered.size()).isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.anchorage")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    HttpMethod method = HttpMethod.valueOf(m.name());
                    Route route = new Route(method, pattern, handler);
                    boolean writes = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
                    if (writes || !parameters(route).isEmpty()) {
                        routes.add(route);
                    }
                }
            }
        }
        // Spring Security reads the sign-in form itself; no controller maps it.
        routes.add(new Route(HttpMethod.POST, "/sign-in", null));
        routes.sort(java.util.Comparator.comparing((Route r) -> r.pattern()).thenComparing(r -> r.method().name()));
        return routes;
    }

    /** The names a route reads from the query or form: request parameters and the form record's components. */
    private static List<String> parameters(Route route) {
        if (route.handler() == null) {
            return List.of("email", "password");
        }
        if (MAP_FORMS.containsKey(route.pattern())) {
            return MAP_FORMS.get(route.pattern());
        }
        Set<String> names = new LinkedHashSet<>();
        for (Parameter p : route.handler().getMethod().getParameters()) {
            RequestParam param = p.getAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getName();
                if (!Map.class.isAssignableFrom(p.getType())) {
                    names.add(name);
                }
            } else if (p.getAnnotation(ModelAttribute.class) != null) {
                Class<?> type = p.getType();
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        BindParam bind = findBindParam(type, component);
                        names.add(bind != null ? bind.value() : component.getName());
                    }
                } else {
                    for (var property : BeanUtils.getPropertyDescriptors(type)) {
                        if (property.getWriteMethod() != null) {
                            names.add(property.getName());
                        }
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static BindParam findBindParam(Class<?> record, RecordComponent component) {
        var constructor = record.getDeclaredConstructors()[0];
        for (Parameter p : constructor.getParameters()) {
            if (p.getName().equals(component.getName()) && p.getAnnotation(BindParam.class) != null) {
                return p.getAnnotation(BindParam.class);
            }
        }
        return null;
    }

    private static Class<?> bodyType(Route route) {
        if (route.handler() == null) {
            return null;
        }
        for (Parameter p : route.handler().getMethod().getParameters()) {
            if (p.getAnnotation(RequestBody.class) != null) {
                return p.getType();
            }
        }
        return null;
    }

    private List<Case> cases(Route route) {
        List<Case> cases = new ArrayList<>();
        Class<?> body = bodyType(route);
        if (body != null) {
            boolean jsonBody = body.isRecord();
            List<String> fields = jsonBody ? java.util.Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList()
                    : List.of();
            for (String field : fields) {
                cases.add(new Case("NUL in " + field, List.of(), object(field, NUL), field));
                cases.add(new Case("far date in " + field, List.of(), object(field, FAR_DATE), null));
                cases.add(new Case(TOO_BIG + " in " + field, List.of(), "{\"" + field + "\":" + TOO_BIG + "}", null));
                cases.add(new Case("null in a list in " + field, List.of(), "{\"" + field + "\":[null]}", null));
                cases.add(new Case("100,000 characters in " + field, List.of(), object(field, HUGE), field));
                cases.add(new Case("an object for " + field, List.of(), "{\"" + field + "\":{\"x\":1}}", null));
                cases.add(new Case("a list for " + field, List.of(), "{\"" + field + "\":[\"a\",1]}", null));
            }
            cases.add(new Case("empty body", List.of(), "", null));
            cases.add(new Case("not JSON", List.of(), "{\"unclosed\": ", null));
            cases.add(new Case("a list for the body", List.of(), "[]", null));
            cases.add(new Case("null body", List.of(), "null", null));
            return cases;
        }
        List<String> names = parameters(route);
        for (String name : names) {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            for (String other : names) {
                params.add(Map.entry(other, other.equals(name) ? NUL : "1"));
            }
            cases.add(new Case("NUL in " + name, params, null, name));
        }
        for (String[] value : new String[][] {{"far date", FAR_DATE}, {TOO_BIG, TOO_BIG}, {"100,000 characters", HUGE},
                {"not a number", "twelve"}, {"a UUID", UUID.randomUUID().toString()}}) {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            for (String name : names) {
                params.add(Map.entry(name, value[1]));
            }
            cases.add(new Case(value[0] + " in every field", params, null, value[1].equals(HUGE) && !names.isEmpty() ? names.getFirst() : null));
        }
        cases.add(new Case("no parameters", List.of(), null, null));
        return cases;
    }

    private String object(String field, String value) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(field, value);
        return json.writeValueAsString(body);
    }

    private MvcResult send(Route route, Case c) throws Exception {
        String path = fill(route);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), path).with(csrf());
        Role role = role(route);
        if (role != null) {
            request.with(as(role));
        }
        if (route.pattern().startsWith("/self-referral")) {
            // Sessions are Spring Session's, found by their cookie: begin a referral and carry the cookie.
            request.cookie(mvc.perform(MockMvcRequestBuilders.post("/self-referral").with(csrf())).andReturn()
                    .getResponse().getCookies());
        }
        for (Map.Entry<String, String> p : c.params()) {
            request.param(p.getKey(), p.getValue());
        }
        if (c.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(c.body());
        }
        return mvc.perform(request).andReturn();
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private String judge(Route route, Case c, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            Exception resolved = result.getResolvedException();
            return "answered " + status + (resolved == null ? "" : " (" + resolved + ")");
        }
        boolean api = route.pattern().startsWith("/api/");
        if (c.namedField() != null && status != 400 && !(status == 401 || status == 403 || status == 404 || status == 415)) {
            return "expected 400 for " + c.name() + " but got " + status;
        }
        if (api && (status == 400 || status == 422)) {
            String type = result.getResponse().getContentType();
            if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                return "answered " + status + " as " + type + ", not problem details";
            }
            JsonNode problem = json.readTree(result.getResponse().getContentAsString());
            JsonNode errors = problem.get("errors");
            if (errors == null || errors.isEmpty() || (errors.get(0).get("field") == null && errors.get(0).get("row") == null)) {
                return "answered " + status + " without naming a field: " + problem;
            }
            if (c.namedField() != null && status == 400) {
                boolean named = false;
                for (JsonNode error : errors) {
                    named |= error.get("field") != null && error.get("field").asString().equals(c.namedField());
                }
                if (!named) {
                    return "did not name " + c.namedField() + ": " + problem;
                }
            }
        }
        return null;
    }

    /** The role allowed on the route, read from its @PreAuthorize, else from the API's URL rules. */
    private static Role role(Route route) {
        if (ANONYMOUS.contains(route.pattern()) || route.pattern().startsWith("/self-referral")
                || route.pattern().startsWith("/api/v1/areas")) {
            return null;
        }
        if (route.handler() != null) {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(route.handler().getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(route.handler().getBeanType(), PreAuthorize.class);
            }
            if (rule != null) {
                Matcher m = Pattern.compile("'([A-Z_]+)'").matcher(rule.value());
                if (m.find()) {
                    return Role.valueOf(m.group(1));
                }
            }
        }
        String p = route.pattern();
        if (p.startsWith("/api/v1/organisations") || p.startsWith("/api/v1/users") || p.startsWith("/api/v1/audit")
                || p.startsWith("/organisations") || p.startsWith("/users") || p.startsWith("/audit")) {
            return Role.ADMINISTRATOR;
        }
        if (p.startsWith("/api/v1/programmes") && !p.contains("eligibility-checks") && !p.contains("screenings")
                || p.startsWith("/api/v1/wellbeing-scales")) {
            return Role.PROGRAMME_MANAGER;
        }
        if (p.startsWith("/api/v1/referrals")) {
            return Role.REFERRAL_PARTNER;
        }
        if (p.startsWith("/api/v1/placement-sites") || (p.equals("/api/v1/placements") && route.method() == HttpMethod.POST)
                || p.contains("/outcome")) {
            return Role.EMPLOYER;
        }
        return Role.NAVIGATOR;
    }

    /**
     * Path variables: the demo records for reading routes, so the handler runs on real data; random ids for
     * routes that change things, so malformed input that happens to be accepted cannot change the demo data
     * the other tests share (the checks on form and body still run before the record is looked up).
     */
    private String fill(Route route) {
        boolean reads = route.method() == HttpMethod.GET;
        String path = route.pattern().replace("{step}", "name").replace("{postcode}", "RM187HJ")
                .replace("{report}", "referrals");
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, reads ? demoId(path.substring(0, m.start())) : UUID.randomUUID().toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private String demoId(String before) {
        String table;
        if (before.endsWith("/programmes/")) {
            return resolve("{national-pilot}");
        } else if (before.endsWith("/participants/")) {
            return resolve("{casey}");
        } else if (before.endsWith("/placements/candidates/") || before.endsWith("/placement-candidates/")) {
            table = "placement_candidate";
        } else if (before.endsWith("/placements/")) {
            table = "placement_offer";
        } else if (before.endsWith("/sessions/")) {
            table = "training_session";
        } else if (before.endsWith("/referrals/") || before.endsWith("/triage/")) {
            table = "referral_referral";
        } else if (before.endsWith("/users/")) {
            table = "identity_user_account";
        } else if (before.endsWith("/organisations/")) {
            table = "organisation_organisation";
        } else if (before.endsWith("/screenings/")) {
            table = "eligibility_screening";
        } else {
            return UUID.randomUUID().toString();
        }
        Collection<UUID> ids = jdbc.sql("SELECT id FROM " + table + " LIMIT 1").query(UUID.class).list();
        return ids.isEmpty() ? UUID.randomUUID().toString() : ids.iterator().next().toString();
    }
}
