package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anchorage.IntegrationTest;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.Areas;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
import org.anchorage.participant.EqualityMonitoring;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.ImdEdition;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.reporting.internal.MilestoneLog;
import org.anchorage.reporting.internal.Population;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports on PostgreSQL, from the journey's real events: referrals received in Tilbury (a target place) and
 * accepted, a job start, equality answers; the figures a manager sees exactly, checked against hand-worked
 * answers and against a recount of the milestone log; access, and every kind of bad request.
 */
class ReportsIT extends IntegrationTest {

    static final String TILBURY = "RM18 7AG";

    @Autowired
    Reports reports;

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    JobStarts jobStarts;

    @Autowired
    Areas areas;

    @Autowired
    Population population;

    @Autowired
    MilestoneLog log;

    Programme programme;
    AreaFacts tilbury;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        clock.fixAt("2026-12-10T09:00");
        tilbury = areas.lookUp(TILBURY).facts();
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        EligibilityRules rules = new EligibilityRules(ImdEdition.IOD2025, null, List.of(tilbury.localAuthorityCode()), null,
                List.of(new EligibilityRules.TargetPlace("Tilbury", List.of(tilbury.lsoaCode()), null)), null, null, null, null);
        programme = programmes.add(new ProgrammeDetails("Reports test " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Made by the reports tests", demoOrganisations), rules, demo(Role.ADMINISTRATOR));
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private Referral refer(String given, String postcode) {
        return referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Reported", LocalDate.of(1990, 3, 1), postcode, null,
                "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
    }

    private ParticipantId accept(Referral r) {
        referrals.accept(r.id(), r.version(), demo(Role.NAVIGATOR).id(), demo(Role.NAVIGATOR));
        return participants.forReferral(r.id()).orElseThrow();
    }

    private static Map<String, List<String>> rows(Report.ReportTable t) {
        return t.rows().stream().collect(Collectors.toMap(Report.Row::label, r -> r.cells().stream().map(Report.Cell::shown).toList(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Report.ReportTable table(Report r, String key) {
        return r.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private Report exact(String code, String groupBy) {
        return reports.report(programme.id(), code, new Reports.Request(null, null, groupBy), false, demo(Role.PROGRAMME_MANAGER));
    }

    @Test
    void the_journeys_events_become_milestones_and_a_manager_sees_them_exactly_with_the_population_behind_them() {
        Referral ada = refer("Radia", TILBURY);
        Referral ben = refer("Rhodri", TILBURY);
        refer("Rosalind", TILBURY);
        Referral dev = refer("Ravi", "SS1 1AA");
        ParticipantId adaId = accept(ada);
        accept(ben);
        accept(dev);
        jobStarts.record(adaId, new JobStart.New("Basildon Hospital", "nhs", "Porter", "portering", "Band 2", 1300, new BigDecimal("37.5"),
                false, "permanent", LocalDate.of(2026, 12, 7), "employer-confirmation"), demo(Role.NAVIGATOR));
        participants.recordEquality(adaId, new EqualityMonitoring("A", "female", null, null, "yes", null, null, null, null, null),
                demo(Role.NAVIGATOR));

        Report funnel = exact("funnel", null);
        assertThat(funnel.suppressed()).isFalse();
        assertThat(funnel.from()).isEqualTo(LocalDate.of(2026, 1, 1)).as("the programme's start");
        assertThat(funnel.to()).isEqualTo(LocalDate.of(2026, 12, 10)).as("today");
        Map<String, List<String>> steps = rows(table(funnel, "funnel"));
        // Dev lives in Southend, outside the programme's local authority: referred, not eligible, accepted anyway.
        assertThat(steps.get("Referred").getFirst()).isEqualTo("4");
        assertThat(steps.get("Eligible on arrival").getFirst()).isEqualTo("3");
        assertThat(steps.get("Accepted onto the programme").getFirst()).isEqualTo("3");
        assertThat(steps.get("Job started").getFirst()).isEqualTo("1");
        assertThat(steps.get("Assessed").getFirst()).isEqualTo("0");
        assertThat(steps.get("Referred").get(1)).as("nothing before the first step").isEqualTo("n/a");
        assertThat(steps.get("Eligible on arrival").get(1)).isEqualTo("4");

        // The kept counts and a recount of the log agree, for every grouping.
        for (String g : MilestoneLog.GROUPINGS.keySet()) {
            assertThat(log.funnelCounts(programme.id().value(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), g))
                    .as(g).containsExactlyInAnyOrderElementsOf(
                            log.funnelRecount(programme.id().value(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), g));
        }

        Report bySource = exact("funnel", "target-place");
        Map<String, List<String>> places = rows(table(bySource, "funnel-by-target-place"));
        assertThat(table(bySource, "funnel-by-target-place").columns()).containsExactly("Step", "Tilbury", "Outside the target places");
        assertThat(places.get("Referred")).containsExactly("3", "1");

        Report reach = exact("reach", null);
        long residents = population.lsoa(tilbury.lsoaCode()).orElseThrow().residents();
        assertThat(rows(table(reach, "reach-by-place")).get("Tilbury").subList(0, 3))
                .containsExactly(Long.toString(residents), "3", "2");
        assertThat(rows(table(reach, "reach-by-place")).get("Outside the target places").subList(0, 3)).containsExactly("n/a", "1", "1");
        Map<String, List<String>> deciles = rows(table(reach, "reach-by-decile"));
        assertThat(deciles.get("Decile " + tilbury.imd2025Decile()).subList(0, 2)).containsExactly(
                areas.lookUp("SS1 1AA").facts().imd2025Decile() == tilbury.imd2025Decile() ? "4" : "3",
                areas.lookUp("SS1 1AA").facts().imd2025Decile() == tilbury.imd2025Decile() ? "3" : "2");
        assertThat(deciles.get("Total").subList(0, 2)).containsExactly("4", "3");
        assertThat(rows(table(reach, "reach-by-neighbourhood")).keySet()).first().asString().startsWith(tilbury.lsoaCode());

        Report equality = exact("equality", null);
        Map<String, List<String>> ethnic = rows(table(equality, "equality-ethnic-group"));
        assertThat(ethnic.get("White").getFirst()).isEqualTo("1");
        assertThat(ethnic.get("Not known (not asked or not recorded)").getFirst()).isEqualTo("2");
        assertThat(ethnic.get("Total").getFirst()).isEqualTo("3");
        long thurrockWhite = population.inLocalAuthorities(Set.of(tilbury.localAuthorityCode())).stream()
                .mapToLong(Population.Area::white).sum();
        assertThat(ethnic.get("White").get(1)).isEqualTo(Long.toString(thurrockWhite));
        assertThat(rows(table(equality, "equality-disability")).get("Disabled").getFirst()).isEqualTo("1");
        assertThat(ethnic.get("White").get(3)).as("the local population's share").endsWith("%");
        // Born 1 March 1990, referred 10 December 2026: 36.
        assertThat(rows(table(equality, "equality-age")).get("35 to 49").getFirst()).isEqualTo("3");
        assertThat(rows(table(funnel, "days-between-steps")).get("Referred to accepted onto the programme")).containsExactly("3", "0");

        // A funder, a month on: the split by local authority cannot say where the one job start lives.
        clock.fixAt("2027-01-05T09:00");
        Report split = reports.report(programme.id(), "funnel", new Reports.Request(null, null, "local-authority"), false, demo(Role.FUNDER));
        assertThat(rows(table(split, "funnel-by-local-authority")).get("Job started")).containsOnly("*");
        Report whole = reports.report(programme.id(), "equality", new Reports.Request(null, null, null), false, demo(Role.FUNDER));
        assertThat(rows(table(whole, "equality-ethnic-group")).get("White").getFirst()).as("3 accepted: no breakdown of so few").isEqualTo("*");
        assertThat(rows(table(whole, "equality-ethnic-group")).get("Total").getFirst()).isEqualTo("1–7");
        // The manager can open the people behind a number; a funder cannot, even knowing the address.
        assertThat(reports.peopleAt(programme.id(), Milestones.JOB_STARTED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                demo(Role.PROGRAMME_MANAGER))).extracting(Reports.PersonAtStep::name).containsExactly("Radia Reported");
        assertThatThrownBy(() -> reports.peopleAt(programme.id(), Milestones.JOB_STARTED, null, null, demo(Role.FUNDER)))
                .isInstanceOf(RecordNotFound.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'report' AND record_id = :id")
                .param("id", programme.id().value().toString()).query(Long.class).single()).isGreaterThanOrEqualTo(4L);
    }

    @Autowired
    ProgrammeTargets targets;

    @Autowired
    org.anchorage.plan.Plans plans;

    @Autowired
    org.anchorage.support.Wellbeing wellbeing;

    @Test
    void distance_travelled_is_the_mean_change_from_first_to_latest_score_with_n() {
        var scale = wellbeing.scaleFor(programme.id());
        // Ada: assessed 5,5,5,5 then checks in at 7,6,5,3; Ben: assessed 4,4,4,4 then 8,4,4,6; Cleo: assessed only (not counted).
        ParticipantId ada = accept(refer("Radia", TILBURY));
        ParticipantId ben = accept(refer("Rhodri", TILBURY));
        ParticipantId cleo = accept(refer("Rosalind", TILBURY));
        for (var p : List.of(Map.entry(ada, List.of(5, 5, 5, 5)), Map.entry(ben, List.of(4, 4, 4, 4)), Map.entry(cleo, List.of(1, 1, 1, 1)))) {
            plans.assess(p.getKey(), new org.anchorage.plan.Assessment(null, null, null, "", List.of(), List.of(), null, List.of(), "", "",
                    scale.id(), p.getValue()), demo(Role.NAVIGATOR));
        }
        clock.fixAt("2026-12-11T09:00");
        wellbeing.checkIn(ada, List.of(7, 6, 5, 3), demo(Role.NAVIGATOR));
        wellbeing.checkIn(ben, List.of(8, 4, 4, 6), demo(Role.NAVIGATOR));

        Map<String, List<String>> rows = rows(table(exact("progress", null), "distance-travelled"));
        assertThat(rows.values()).extracting(List::getFirst).containsOnly("2");
        // Means: (2 + 4) / 2 = +3.0; (1 + 0) / 2 = +0.5; 0; (-2 + 2) / 2 = 0.
        assertThat(rows.values()).extracting(r -> r.get(1)).containsExactly("+3.0", "+0.5", "+0.0", "+0.0");
        clock.fixAt("2027-01-05T09:00");
        Report funder = reports.report(programme.id(), "progress", new Reports.Request(null, null, null), false, demo(Role.FUNDER));
        assertThat(rows(table(funder, "distance-travelled")).values()).extracting(r -> r.get(1)).as("a mean over 2 people is not shown")
                .containsOnly("*");
        assertThat(rows(table(exact("progress", null), "placement-hours")).get("Hours attended")).containsExactly("0");
    }

    @Test
    void targets_and_the_budget_set_the_figures_against_them_and_every_bad_value_is_named() throws Exception {
        List<String> blank = java.util.Collections.nCopies(ProgrammeTargets.TARGETABLE.size(), "");
        List<String> typed = new java.util.ArrayList<>(blank);
        List<String> codes = List.copyOf(ProgrammeTargets.TARGETABLE.keySet());
        typed.set(codes.indexOf(Milestones.REFERRED), "10");
        typed.set(codes.indexOf(Milestones.JOB_STARTED), "4");
        typed.set(codes.indexOf(Milestones.ACCEPTED), "-3");
        typed.set(codes.indexOf(Milestones.ASSESSED), "lots");
        List<String> names = List.of("Navigators", "", "Room hire");
        List<String> amounts = List.of("60,000", "500", "");
        assertThat(ProgrammeTargets.problemsWith(typed, names, amounts)).extracting(RuleViolation::field).containsExactly(
                "target" + codes.indexOf(Milestones.ACCEPTED), "target" + codes.indexOf(Milestones.ASSESSED), "budgetName2", "budgetAmount3");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/programmes/"
                        + programme.id().value() + "/targets").with(as(Role.PROGRAMME_MANAGER))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("target" + codes.indexOf(Milestones.ASSESSED), "lots").param("budgetAmount1", "12.345"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#target" + codes.indexOf(Milestones.ASSESSED) + "\"", "href=\"#budgetName1\"",
                "href=\"#budgetAmount1\"");
        assertThat(targets.settings(programme.id(), demo(Role.PROGRAMME_MANAGER)).targets()).as("nothing saved").isEmpty();
        assertThatThrownBy(() -> targets.settings(programme.id(), demo(Role.FUNDER))).isInstanceOf(RecordNotFound.class);

        typed.set(codes.indexOf(Milestones.ACCEPTED), "");
        typed.set(codes.indexOf(Milestones.ASSESSED), "");
        targets.save(programme.id(), typed, List.of("Navigators", "Room hire"), List.of("60,000", "1500.50"), demo(Role.PROGRAMME_MANAGER));
        Referral ada = refer("Radia", TILBURY);
        refer("Rhodri", TILBURY);
        accept(ada);

        Map<String, List<String>> against = rows(table(exact("targets", null), "targets"));
        assertThat(against.keySet()).containsExactly("Referred", "Job started");
        assertThat(against.get("Referred")).containsExactly("10", "2", "20.0%");
        Map<String, List<String>> costs = rows(table(exact("targets", null), "costs"));
        assertThat(costs.get("Budget in total")).containsExactly("£61,500.50");
        assertThat(costs.get("Participants accepted")).containsExactly("1");
        assertThat(costs.get("Cost per participant accepted")).containsExactly("£61,500.50");
        assertThat(costs.get("Cost per job start")).containsExactly("n/a");
        // A funder, once the month is over: the single acceptance is "1–7", and no cost is worked out from it.
        clock.fixAt("2027-01-05T09:00");
        Report funder = reports.report(programme.id(), "targets", new Reports.Request(null, null, null), false, demo(Role.FUNDER));
        assertThat(rows(table(funder, "costs")).get("Participants accepted")).containsExactly("1–7");
        assertThat(rows(table(funder, "targets")).get("Referred").getFirst()).as("a target is not about people: shown as set").isEqualTo("10");
        assertThat(rows(table(funder, "costs")).get("Cost per participant accepted")).containsExactly("n/a");
    }

    @Test
    void exports_are_suppressed_whoever_asks_state_their_filters_read_back_and_are_audited() throws Exception {
        for (int i = 0; i < 12; i++) {
            refer("Person" + i, TILBURY);
        }
        refer("Ravi", "SS1 1AA");
        clock.fixAt("2027-01-05T09:00");
        String base = "/programmes/" + programme.id().value() + "/reports/reach";
        var csv = mvc.perform(get(base + ".csv").param("from", "2026-03-15").param("to", "2026-12-10").with(as(Role.PROGRAMME_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).contains("reach-2026-03-01-to-2026-12-31.csv");
        String text = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains(programme.name(), "Counts are rounded to the nearest 5").doesNotContain("Reported");
        // 12 referred from Tilbury rounds to 10; the one from Southend is "1–7", even for the programme's manager.
        assertThat(text.lines().filter(l -> l.startsWith("Tilbury,")).findFirst().orElseThrow()).contains(",10,");
        assertThat(text.lines().filter(l -> l.startsWith("Outside the target places,")).findFirst().orElseThrow()).contains("1–7");

        byte[] xlsx = mvc.perform(get(base + ".xlsx").with(as(Role.FUNDER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("About");
            assertThat(book.getNumberOfSheets()).as("About, then a sheet per table").isEqualTo(1 + reports.report(programme.id(), "reach",
                    new Reports.Request(null, null, null), true, demo(Role.FUNDER)).tables().size());
        }
        byte[] pdf = mvc.perform(get(base + ".pdf").with(as(Role.FUNDER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Who was reached").contains("1–7");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        mvc.perform(get(base + ".pdf").with(as(Role.NAVIGATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + UUID.randomUUID() + "/reports/reach.csv").with(as(Role.FUNDER))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'report' AND record_id = :id AND detail LIKE 'exported %'")
                .param("id", programme.id().value().toString()).query(Long.class).single()).as("three files and one export by the facade")
                .isEqualTo(4L);
    }

    @Test
    void bad_periods_and_groupings_are_named_and_other_programmes_reports_are_not_found() throws Exception {
        SignedInUser manager = demo(Role.PROGRAMME_MANAGER);
        assertThatThrownBy(() -> reports.report(programme.id(), "funnel", new Reports.Request(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), null), false, manager)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("to"));
        assertThat(Reports.problemsWith(new Reports.Request(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 2), "postcode")))
                .extracting(RuleViolation::field).containsExactly("to", "groupBy");
        assertThatThrownBy(() -> reports.report(programme.id(), "payroll", new Reports.Request(null, null, null), false, manager))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> reports.report(programme.id(), "funnel", new Reports.Request(null, null, null), false, demo(Role.NAVIGATOR)))
                .isInstanceOf(RecordNotFound.class);

        String api = "/api/v1/programmes/" + programme.id().value() + "/reports/";
        String bad = mvc.perform(get(api + "funnel").param("from", "2026-13-01").param("to", "yesterday").param("groupBy", "ward")
                .with(as(Role.FUNDER))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("\"from\"", "\"to\"", "\"groupBy\"").doesNotContain("Exception");
        mvc.perform(get(api + "funnel").param("from", "2026-05-01").param("to", "2026-04-01").with(as(Role.FUNDER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(api + "payroll").with(as(Role.FUNDER))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get(api + "funnel").param("from", "1900-01-01").with(as(Role.FUNDER))).andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString()).contains("10 years or shorter");
        mvc.perform(get("/programmes/" + programme.id().value() + "/reports/funnel.csv").param("groupBy", "bogus").with(as(Role.FUNDER)))
                .andExpect(status().is(422));
        mvc.perform(get("/api/v1/programmes/" + UUID.randomUUID() + "/reports/funnel").with(as(Role.FUNDER))).andExpect(status().isNotFound());
        mvc.perform(get(api + "funnel").with(as(Role.NAVIGATOR))).andExpect(status().isForbidden());
        String ok = mvc.perform(get(api + "reach").param("from", "2026-03-15").param("to", "2026-11-03").with(as(Role.FUNDER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"from\":\"2026-03-01\"", "\"to\":\"2026-11-30\"", "\"suppressed\":true").doesNotContain("Reported");

        String page = mvc.perform(get("/programmes/" + programme.id().value() + "/reports/funnel").param("fromDay", "31")
                .param("fromMonth", "2").param("fromYear", "2026").param("toDay", "1").param("toMonth", "1").param("toYear", "2030")
                .param("groupBy", "ward").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#from\"", "href=\"#groupBy\"", "The start of the period must be a real date");
    }
}
