package org.anchorage.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.Programme;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live opportunities on PostgreSQL: who may post for whom, every bad value named at once with nothing saved, the search
 * by role family and distance, the feeds parsed back with real parsers, the JobPosting markup parsed and escaped, and a
 * vacancy leaving every list the day after it closes (the clock moved on).
 */
class OpportunitiesIT extends IntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Vacancies vacancies;

    @Autowired
    LiveOpportunities live;

    @Autowired
    JsonMapper json;

    @Autowired
    org.anchorage.placement.Employers employers;

    @Autowired
    org.anchorage.placement.Placements placements;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Programme pilot() {
        return programmes.all().stream().filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow();
    }

    private OrganisationId trust() {
        return pilot().organisations().stream().filter(o -> !o.equals(demo(Role.EMPLOYER).organisationId()))
                .filter(o -> jdbc.sql("SELECT type FROM organisation_organisation WHERE id = :id").param("id", o.value())
                        .query(String.class).single().equals("nhs-trust")).findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private Vacancy.New vacancy(OrganisationId employer, String title, String role, String postcode, LocalDate closes) {
        return new Vacancy.New(pilot().id(), employer, title, role, "3", 2493700L, "year", "", new BigDecimal("37.5"), "permanent", postcode,
                closes, "link", "https://jobs.example.nhs.uk/vacancy/" + title.hashCode(), "Caring for patients on the wards.");
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM opportunities_vacancy").query(Integer.class).single();
    }

    @Test
    void an_employer_posts_for_its_own_organisation_a_manager_for_the_programmes_employers_and_a_navigator_for_nobody() {
        SignedInUser employer = demo(Role.EMPLOYER);
        SignedInUser manager = demo(Role.PROGRAMME_MANAGER);
        SignedInUser navigator = demo(Role.NAVIGATOR);
        UUID own = vacancies.post(vacancy(employer.organisationId(), unique("Care assistant"), "nursing-support", "RM17 6PU", today().plusDays(9)),
                employer);
        assertThat(vacancies.managedBy(employer)).extracting(Vacancy::id).contains(own);
        assertThat(vacancies.managedBy(manager)).extracting(Vacancy::id).contains(own);

        // The employer cannot post as, or open, the trust's vacancy; the manager can do both.
        assertThat(vacancies.problemsWith(vacancy(trust(), "Porter", "portering", "RM17 6PU", today().plusDays(9)), employer))
                .extracting(RuleViolation::field).containsExactly("postedFor");
        UUID trusts = vacancies.post(vacancy(trust(), unique("Porter"), "portering", "SS16 5NL", today().plusDays(9)), manager);
        assertThat(vacancies.get(trusts, manager).employerName()).contains("NHS Foundation Trust");
        assertThatThrownBy(() -> vacancies.get(trusts, employer)).isInstanceOf(RecordNotFound.class);
        assertThat(vacancies.managedBy(employer)).extracting(Vacancy::id).doesNotContain(trusts);
        assertThat(vacancies.postingFor(manager)).extracting(Vacancies.PostingFor::employer)
                .contains(employer.organisationId(), trust());

        // A navigator posts for nobody and opens no vacancy.
        assertThat(vacancies.postingFor(navigator)).isEmpty();
        assertThat(vacancies.managedBy(navigator)).isEmpty();
        assertThatThrownBy(() -> vacancies.get(own, navigator)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> vacancies.post(vacancy(employer.organisationId(), "Care assistant", "nursing-support", "RM17 6PU",
                today().plusDays(9)), navigator)).isInstanceOf(RuleViolation.class);

        // Withdrawn: gone from the public pages at once, still on the employer's list, marked so.
        assertThat(live.get(own).title()).startsWith("Care assistant");
        vacancies.withdraw(own, employer);
        assertThatThrownBy(() -> live.get(own)).isInstanceOf(RecordNotFound.class);
        assertThat(vacancies.get(own, employer).withdrawn()).isTrue();
    }

    @Test
    void every_bad_value_is_named_at_once_and_nothing_is_saved() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        SignedInUser employer = demo(Role.EMPLOYER);
        var bad = new Vacancy.New(null, null, "x".repeat(121), "astronaut", "12", null, null, "", new BigDecimal("49"), "zero-hours",
                "not a postcode", LocalDate.of(2026, 12, 9), "link", "http://jobs.example.nhs.uk/1", "");
        assertThat(vacancies.problemsWith(bad, employer)).extracting(RuleViolation::field).containsExactly("postedFor", "title",
                "roleFamily", "afcBand", "payAmount", "hoursPerWeek", "contract", "postcode", "closes", "applyLink", "description");
        assertThat(vacancies.problemsWith(bad, employer)).extracting(RuleViolation::getMessage)
                .contains("The closing date must be today or later", "The apply link must start with https://");
        var later = vacancy(employer.organisationId(), "Cook", "catering", "SS99 9ZZ", LocalDate.of(2027, 12, 11));
        assertThat(vacancies.problemsWith(later, employer)).extracting(RuleViolation::getMessage).containsExactly(
                "The postcode SS99 9ZZ is not in the postcode data (English postcodes). Check it, or use the nearest one.",
                "The closing date must be within a year, on or before 10 December 2027");
        for (String link : List.of("https://", "https://not a link", "https://localhost/apply", "ftp://jobs.example.nhs.uk")) {
            assertThat(Vacancies.linkProblem(link)).as(link).isPresent();
        }
        assertThat(Vacancies.linkProblem("https://www.jobs.nhs.uk/candidate/jobadvert/C9123-25-0001")).isEmpty();

        int before = count();
        assertThatThrownBy(() -> vacancies.post(bad, employer)).isInstanceOf(RuleViolation.class);
        String key = pilot().id().value() + "/" + employer.organisationId().value();
        String page = mvc.perform(post("/vacancies").with(as(Role.EMPLOYER)).with(csrf()).param("postedFor", key).param("title", "Cook")
                        .param("roleFamily", "catering").param("afcBand", "2").param("payAmount", "lots").param("hoursPerWeek", "30")
                        .param("contract", "permanent").param("postcode", "RM17 6PU").param("closesDay", "1").param("closesMonth", "12")
                        .param("closesYear", "2026").param("applyBy", "link").param("applyLink", "http://jobs.example.nhs.uk/cook")
                        .param("description", "Cooking for the residents"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#payAmount\"", "Enter the pay as a number of pounds, like 24465 or 12.71",
                "href=\"#closes\"", "The closing date must be today or later", "href=\"#applyLink\"", "The apply link must start with https://");
        assertThat(count()).isEqualTo(before);
    }

    private Vacancy.New paying(String band, long pence, String per, String hours) {
        return new Vacancy.New(pilot().id(), demo(Role.EMPLOYER).organisationId(), unique("Porter"), "portering", band, pence, per, "",
                new BigDecimal(hours), "permanent", "RM17 6PU", today().plusDays(9), "programme", null, "Moving patients around the hospital.");
    }

    private List<String> payProblems(Vacancy.New n) {
        return vacancies.problemsWith(n, demo(Role.EMPLOYER)).stream().filter(p -> p.field().equals("payAmount"))
                .map(RuleViolation::getMessage).toList();
    }

    @Test
    void pay_below_the_national_living_wage_or_the_bands_entry_pay_is_refused_naming_the_lowest_figure_allowed() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        // £1 an hour or £1 a year for a Band 2 job: below the National Living Wage (£12.71 from April 2026).
        assertThat(payProblems(paying("2", 100L, "hour", "37.5"))).containsExactly(
                "The pay must be at least £12.71 an hour: the National Living Wage of £12.71 an hour on 10 December 2026");
        assertThat(payProblems(paying("2", 100L, "year", "37.5"))).containsExactly("The pay must be at least £24,784.50 a year for "
                + "37.5 hours a week: the National Living Wage of £12.71 an hour on 10 December 2026");
        assertThat(payProblems(paying("not-afc", 1270L, "hour", "16"))).hasSize(1);
        assertThat(payProblems(paying("not-afc", 1271L, "hour", "16"))).isEmpty();
        // A year's floor is the hourly rate for the vacancy's hours: 12.71 × 20 × 52.
        assertThat(payProblems(paying("not-afc", 1321839L, "year", "20"))).hasSize(1);
        assertThat(payProblems(paying("not-afc", 1321840L, "year", "20"))).isEmpty();

        // A band in the pay table: at least its entry pay, pro rata for part-time hours, or its hourly rate.
        assertThat(payProblems(paying("5", 2500000L, "year", "37.5"))).containsExactly("The pay must be at least £31,049 a year for "
                + "37.5 hours a week: the entry pay of Band 5 (£31,049 a year full time)");
        assertThat(payProblems(paying("5", 1552450L, "year", "18.75"))).isEmpty();
        assertThat(payProblems(paying("5", 3104900L, "year", "18.75"))).as("the full-time figure of a part-time job").isEmpty();
        assertThat(payProblems(paying("4", 1400L, "hour", "30"))).containsExactly(
                "The pay must be at least £14.06 an hour: the entry pay of Band 4 (£27,485 a year full time)");
        assertThat(payProblems(paying("4", 1406L, "hour", "30"))).isEmpty();
        // A band the pay table does not hold still has the National Living Wage under it.
        assertThat(payProblems(paying("7", 1000L, "hour", "37.5"))).hasSize(1);

        // The rate is the one in force on the posting day: £12.21 was legal in March 2026.
        clock.fixAt("2026-03-31T09:00");
        assertThat(payProblems(paying("not-afc", 1221L, "hour", "37.5"))).isEmpty();
        clock.fixAt("2026-04-01T09:00");
        assertThat(payProblems(paying("not-afc", 1221L, "hour", "37.5"))).containsExactly(
                "The pay must be at least £12.71 an hour: the National Living Wage of £12.71 an hour on 1 April 2026");

        // Refused whole through the facade, for a new vacancy and a change, and named on the page with every other problem.
        clock.fixAt("2026-12-10T09:00");
        SignedInUser employer = demo(Role.EMPLOYER);
        int before = count();
        assertThatThrownBy(() -> vacancies.post(paying("2", 100L, "hour", "37.5"), employer)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("payAmount");
        UUID fair = vacancies.post(paying("2", 1300L, "hour", "37.5"), employer);
        assertThatThrownBy(() -> vacancies.change(fair, paying("2", 100L, "year", "37.5"), employer)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("payAmount");
        assertThat(vacancies.get(fair, employer).payPence()).isEqualTo(1300L);
        String key = pilot().id().value() + "/" + employer.organisationId().value();
        String page = mvc.perform(post("/vacancies").with(as(Role.EMPLOYER)).with(csrf()).param("postedFor", key).param("title", "Porter")
                        .param("roleFamily", "portering").param("afcBand", "2").param("payAmount", "1.00").param("payPer", "hour")
                        .param("hoursPerWeek", "37.5").param("contract", "permanent").param("postcode", "RM17 6PU").param("closesDay", "1")
                        .param("closesMonth", "12").param("closesYear", "2026").param("applyBy", "programme")
                        .param("description", "Moving patients around the hospital"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#payAmount\"", "The pay must be at least £12.71 an hour",
                "href=\"#closes\"", "The closing date must be today or later");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void a_vacancy_shows_until_its_closing_day_and_is_gone_everywhere_the_next_morning() throws Exception {
        clock.fixAt("2026-12-10T09:00");
        String title = unique("Pharmacy assistant");
        UUID id = vacancies.post(vacancy(demo(Role.EMPLOYER).organisationId(), title, "pharmacy", "RM17 6PU", LocalDate.of(2026, 12, 12)),
                demo(Role.EMPLOYER));
        clock.fixAt("2026-12-12T23:30");
        assertThat(live.search(LiveOpportunities.Search.EVERYTHING).opportunities()).extracting(Opportunity::id).contains(id);
        assertThat(mvc.perform(get("/opportunities/" + id)).andReturn().getResponse().getStatus()).isEqualTo(200);

        clock.fixAt("2026-12-13T06:00");
        assertThat(live.search(LiveOpportunities.Search.EVERYTHING).opportunities()).extracting(Opportunity::id).doesNotContain(id);
        assertThat(live.closingSoonest(1000)).extracting(Opportunity::id).doesNotContain(id);
        assertThat(mvc.perform(get("/opportunities/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/opportunities")).andReturn().getResponse().getContentAsString()).doesNotContain(title);
        assertThat(mvc.perform(get("/opportunities.atom")).andReturn().getResponse().getContentAsString()).doesNotContain(id.toString());
        assertThat(mvc.perform(get("/opportunities.json")).andReturn().getResponse().getContentAsString()).doesNotContain(id.toString());
        // Still on the employer's own list, as closed.
        assertThat(vacancies.get(id, demo(Role.EMPLOYER)).closedOn(LocalDate.of(2026, 12, 13))).isTrue();
    }

    @Test
    void a_search_by_role_family_and_distance_lists_the_nearest_first_and_names_a_bad_postcode() {
        SignedInUser employer = demo(Role.EMPLOYER);
        String grays = unique("Estates officer Grays");
        String southend = unique("Estates officer Southend");
        UUID near = vacancies.post(vacancy(employer.organisationId(), grays, "estates", "RM17 6PU", today().plusDays(20)), employer);
        UUID far = vacancies.post(vacancy(employer.organisationId(), southend, "estates", "SS0 0RY", today().plusDays(5)), employer);

        // From Tilbury: Grays is under 2 miles away, Southend about 15.
        var within10 = live.search(new LiveOpportunities.Search("estates", "rm187ag", "10"));
        assertThat(within10.ok()).isTrue();
        assertThat(within10.from()).isEqualTo("RM18 7AG");
        assertThat(within10.opportunities()).extracting(Opportunity::id).contains(near).doesNotContain(far);
        var within25 = live.search(new LiveOpportunities.Search("estates", "RM18 7AG", "25")).opportunities().stream()
                .map(Opportunity::id).filter(i -> i.equals(near) || i.equals(far)).toList();
        assertThat(within25).containsExactly(near, far);
        // Without a postcode, soonest closing first.
        var byClosing = live.search(new LiveOpportunities.Search("estates", "", "")).opportunities().stream()
                .map(Opportunity::id).filter(i -> i.equals(near) || i.equals(far)).toList();
        assertThat(byClosing).containsExactly(far, near);
        // The page always sends a distance: with no postcode it is no reason to refuse a search by type of job.
        var typeOnly = live.search(new LiveOpportunities.Search("estates", "", "10"));
        assertThat(typeOnly.problems()).isEmpty();
        assertThat(typeOnly.opportunities()).extracting(Opportunity::id).contains(near, far);
        assertThat(live.search(new LiveOpportunities.Search("pharmacy", "", "")).opportunities()).extracting(Opportunity::id)
                .doesNotContain(near, far);

        assertThat(live.search(new LiveOpportunities.Search("astronaut", "rubbish!", "7")).problems()).extracting(RuleViolation::field)
                .containsExactly("roleFamily", "within", "postcode");
        assertThat(live.search(new LiveOpportunities.Search("", "SS99 9ZZ", "10")).problems()).extracting(RuleViolation::getMessage)
                .singleElement().asString().startsWith("We have no location for the postcode SS99 9ZZ");
    }

    @Test
    void the_search_page_names_every_bad_value_in_the_error_summary_and_advertises_its_feeds() throws Exception {
        String page = mvc.perform(get("/opportunities").param("roleFamily", "astronaut").param("postcode", "rubbish!"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#roleFamily\"", "href=\"#postcode\"", "Enter a real postcode, like SS0 0RY");
        String fine = mvc.perform(get("/opportunities").param("roleFamily", "estates")).andReturn().getResponse().getContentAsString();
        assertThat(fine).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/opportunities.atom?roleFamily=estates\"");
        var refused = mvc.perform(get("/opportunities.json").param("postcode", "rubbish!")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(json.readTree(refused.getContentAsString()).at("/errors/0/field").asString()).isEqualTo("postcode");
    }

    @Test
    void the_atom_and_json_feeds_parse_back_with_the_entries_of_the_search() throws Exception {
        SignedInUser employer = demo(Role.EMPLOYER);
        String title = unique("Maintenance <technician> & mate");
        UUID id = vacancies.post(vacancy(employer.organisationId(), title, "maintenance", "RM17 6PU", today().plusDays(14)), employer);

        byte[] atom = mvc.perform(get("/opportunities.atom").param("roleFamily", "maintenance")).andReturn().getResponse().getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom)).getDocumentElement();
        String ns = "http://www.w3.org/2005/Atom";
        assertThat(feed.getNamespaceURI()).isEqualTo(ns);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, ns, "id")).startsWith("http").endsWith("/opportunities?roleFamily=maintenance");
        assertThat(child(feed, ns, "title")).isEqualTo("Jobs and placements open now");
        assertThat(java.time.OffsetDateTime.parse(child(feed, ns, "updated"))).isNotNull();
        assertThat(links(feed, ns)).anyMatch(l -> l.getAttribute("rel").equals("self") && l.getAttribute("href").endsWith("/opportunities.atom?roleFamily=maintenance"));
        List<Element> entries = elements(feed, ns, "entry");
        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(child(e, ns, "id")).startsWith("urn:uuid:");
            assertThat(child(e, ns, "title")).isNotBlank();
            assertThat(java.time.OffsetDateTime.parse(child(e, ns, "updated"))).isNotNull();
            assertThat(child(e, ns, "summary")).isNotBlank();
            assertThat(links(e, ns)).anyMatch(l -> l.getAttribute("href").contains("/opportunities/"));
            assertThat(elements(e, ns, "category").getFirst().getAttribute("term")).isEqualTo("maintenance");
        });
        Element mine = entries.stream().filter(e -> child(e, ns, "id").equals("urn:uuid:" + id)).findFirst().orElseThrow();
        assertThat(child(mine, ns, "title")).isEqualTo(title + " – Willow Lodge Care Home (demo)");
        assertThat(child(mine, ns, "summary")).contains("Band 3", "£24,937 a year", "37.5 hours a week", "Thurrock (RM17 6PU)");

        var response = mvc.perform(get("/opportunities.json").param("roleFamily", "maintenance")).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/feed+json");
        JsonNode jsonFeed = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(jsonFeed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(jsonFeed.get("feed_url").asString()).endsWith("/opportunities.json?roleFamily=maintenance");
        JsonNode item = null;
        for (JsonNode i : jsonFeed.get("items")) {
            assertThat(i.at("/_job_posting/title").asString()).isNotBlank();
            if (i.get("id").asString().equals(id.toString())) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("url").asString()).endsWith("/opportunities/" + id);
        assertThat(item.at("/_job_posting/@type").asString()).isEqualTo("JobPosting");
        assertThat(item.at("/_job_posting/title").asString()).isEqualTo(title);
        assertThat(item.at("/_job_posting/baseSalary/value/value").decimalValue()).isEqualByComparingTo("24937.00");
        assertThat(item.at("/_job_posting/validThrough").asString()).startsWith(today().plusDays(14) + "T23:59:59");
    }

    @Test
    void the_job_posting_markup_parses_and_a_title_cannot_end_its_script_element() throws Exception {
        SignedInUser employer = demo(Role.EMPLOYER);
        String title = "Porter </script><script>alert(1)</script> " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = vacancies.post(new Vacancy.New(pilot().id(), employer.organisationId(), title, "portering", "not-afc", 1271L, "hour",
                "plus weekend enhancements", new BigDecimal("20"), "bank", "RM17 6PU", today().plusDays(7), "programme", null,
                "Moving patients & equipment safely"), employer);
        String page = mvc.perform(get("/opportunities/" + id)).andReturn().getResponse().getContentAsString();
        var script = Pattern.compile("<script type=\"application/ld\\+json\" id=\"job-posting\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).isTrue();
        assertThat(script.group(1)).doesNotContain("<", ">");
        assertThat(page).doesNotContain("<script>alert(1)");
        JsonNode posting = json.readTree(script.group(1));
        assertThat(posting.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(posting.get("title").asString()).isEqualTo(title);
        assertThat(posting.get("description").asString()).isEqualTo("Moving patients & equipment safely");
        assertThat(posting.get("datePosted").asString()).isEqualTo(today().toString());
        assertThat(posting.get("validThrough").asString()).startsWith(today().plusDays(7) + "T23:59:59");
        assertThat(posting.get("employmentType").values()).extracting(JsonNode::asString).containsExactly("PART_TIME", "PER_DIEM");
        assertThat(posting.at("/hiringOrganization/name").asString()).isEqualTo("Willow Lodge Care Home (demo)");
        assertThat(posting.at("/jobLocation/address/postalCode").asString()).isEqualTo("RM17 6PU");
        assertThat(posting.at("/jobLocation/address/addressLocality").asString()).isEqualTo("Thurrock");
        assertThat(posting.at("/jobLocation/address/addressCountry").asString()).isEqualTo("GB");
        assertThat(posting.at("/baseSalary/currency").asString()).isEqualTo("GBP");
        assertThat(posting.at("/baseSalary/value/unitText").asString()).isEqualTo("HOUR");
        assertThat(posting.get("directApply").asBoolean(true)).isFalse();
        // Through the programme: the apply link goes to the self-referral.
        assertThat(page).contains("href=\"/self-referral\" id=\"apply\"");
    }

    @Test
    void an_open_placement_shows_minimum_data_and_no_supervisor_or_site_address() throws Exception {
        SignedInUser employer = demo(Role.EMPLOYER);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var site = employers.addSite("Orchard wing " + tag, "7 Orchard Close " + tag + ", Grays", "RM17 6PU", employer);
        var supervisor = employers.addSupervisor("Quentin Host" + tag, "Ward manager", "quentin." + tag + "@example.invalid", "", employer);
        var offer = placements.post(new org.anchorage.placement.Placements.NewPlacement(pilot().id(), site.id(), supervisor.id(),
                "Kitchen assistant " + tag, "catering", null, "Ask Quentin Host" + tag + " on the first day", new BigDecimal("20"),
                "weekday-days", 1271, today().plusDays(30), today().plusDays(86), 2, "enhanced", 18, List.of("identity")), employer);
        Opportunity o = live.get(offer.id());
        assertThat(o.placement()).isTrue();
        assertThat(o.postcode()).isEqualTo("RM17");
        assertThat(o.weeks()).isEqualTo(8);
        assertThat(o.closesOn()).isEqualTo(today().plusDays(29));
        String page = mvc.perform(get("/opportunities/" + offer.id())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kitchen assistant " + tag, "Willow Lodge Care Home (demo)", "Thurrock (RM17)", "£12.71 an hour",
                "Paid placement of 8 weeks", "Apply through the programme");
        assertThat(page).doesNotContain("Quentin", "Orchard", "RM17 6PU");
        assertThat(mvc.perform(get("/opportunities.json")).andReturn().getResponse().getContentAsString()).contains("Kitchen assistant " + tag)
                .doesNotContain("Quentin", "Orchard Close");
        // Once it starts it takes no more candidates: gone from the public pages.
        clock.fixAt(today().plusDays(30).atTime(9, 0).atZone(LONDON));
        assertThatThrownBy(() -> live.get(offer.id())).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void the_home_page_shows_the_three_closing_soonest_and_leaves_the_section_out_when_none_is_open() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Jobs and placements open now", "href=\"/opportunities\"");
        var soonest = live.closingSoonest(3);
        assertThat(soonest).hasSize(3);
        soonest.forEach(o -> assertThat(home).contains("href=\"/opportunities/" + o.id() + "\""));

        clock.fixAt(java.time.ZonedDateTime.now(LONDON).plusYears(10));
        assertThat(live.closingSoonest(3)).isEmpty();
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).doesNotContain("Jobs and placements open now");
    }

    @Test
    void the_public_pages_are_in_the_sitemap_and_open_without_signing_in() throws Exception {
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).contains("/opportunities</loc>");
        assertThat(mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString()).contains("Allow: /opportunities");
        for (String path : List.of("/opportunities", "/opportunities.json", "/opportunities.atom")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/vacancies")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }

    private static String child(Element parent, String ns, String name) {
        return elements(parent, ns, name).getFirst().getTextContent();
    }

    private static List<Element> links(Element parent, String ns) {
        return elements(parent, ns, "link");
    }

    /** The direct children of that name (not those of entries, for the feed). */
    private static List<Element> elements(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
