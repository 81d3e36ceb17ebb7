package org.anchorage.jobsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.NewUser;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.Participants;
import org.anchorage.participant.TimelineEntry;
import org.anchorage.placement.Employers;
import org.anchorage.placement.PlacementOffer;
import org.anchorage.placement.Placements;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Job search on PostgreSQL: an application moving forward with its history, a move back refused by name,
 * an ending with a reason, every bad input named at once with nothing saved, strangers answered "not found",
 * a placement host's job offer (and nobody else's), and the job start from an offer, which marks the
 * application started and the person in work in one go. Dates are relative to the service's today.
 */
class ApplicationsIT extends IntegrationTest {

    @Autowired
    Applications applications;

    @Autowired
    JobStarts jobStarts;

    @Autowired
    Participants participants;

    @Autowired
    Referrals referrals;

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    Organisations organisations;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private SignedInUser navigator() {
        return demo(Role.NAVIGATOR);
    }

    private LocalDate today() {
        return participants.today();
    }

    private ProgrammeId pilot() {
        return new ProgrammeId(UUID.fromString(resolve("{national-pilot}")));
    }

    private ParticipantId person(String given) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(pilot(), given, "Searching", LocalDate.of(1994, 4, 4), "RM18 7AG", null,
                "07700 900765", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator().id(), navigator());
        return participants.forReferral(r.id()).orElseThrow();
    }

    private UUID applied(ParticipantId person, LocalDate on) {
        return applications.add(person, new Application.New("Basildon Hospital", "Healthcare support worker", "nursing-support", "Band 2",
                "123-HCA-4567", on), navigator());
    }

    private Application only(ParticipantId person) {
        return applications.of(person, navigator()).getFirst();
    }

    private SignedInUser newUser(String prefix, Role role, org.anchorage.organisation.OrganisationId organisation) {
        var a = users.create(new NewUser(prefix + "." + UUID.randomUUID() + "@jobsearch.test", "Job search " + role.label(), role,
                organisation, "jobsearch-test-password-2026"));
        return new SignedInUser(a.id(), a.email(), a.displayName(), role, organisation, true, null);
    }

    @Test
    void an_application_moves_forward_with_its_history_a_move_back_is_refused_naming_the_field_and_it_ends_with_a_reason() {
        ParticipantId person = person("Adaeze");
        UUID id = applied(person, today().minusDays(10));
        applications.move(person, id, new Application.StatusChange("shortlisted", today().minusDays(5), null, null, null, ""), navigator());
        applications.move(person, id, new Application.StatusChange("interview", today().minusDays(4), today().plusDays(3),
                LocalTime.of(10, 30), null, "Panel of two"), navigator());
        Application a = only(person);
        assertThat(a.status()).isEqualTo("interview");
        assertThat(a.interviewOn()).isEqualTo(today().plusDays(3));
        assertThat(a.history()).extracting(Application.StatusLine::status).containsExactly("applied", "shortlisted", "interview");
        assertThat(a.history().getLast().recordedBy()).isEqualTo(navigator().displayName());
        assertThat(a.nextStatuses()).containsOnlyKeys("offer", "pre-employment-checks", "unsuccessful", "withdrawn");

        // Back to shortlisted, the same status again, or "started" by hand: each refused on the status field.
        assertThatThrownBy(() -> applications.move(person, id, new Application.StatusChange("shortlisted", today(), null, null, null, ""),
                navigator())).isInstanceOf(RuleViolation.class).hasMessageContaining("can only move forward")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("status"));
        assertThat(applications.statusProblems(person, id, new Application.StatusChange("started", today(), null, null, null, ""),
                navigator())).extracting(RuleViolation::field).containsExactly("status");

        // The interview is on the worklist, and the record's Job search section is where it is done.
        List<DueItem> due = participants.summary(person, navigator(), "applications").due().stream()
                .filter(d -> d.kind().equals("Job interview")).toList();
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.what()).startsWith("Interview on ").contains("at 10:30").contains("for Healthcare support worker at Basildon Hospital");
            assertThat(d.link()).isEqualTo("/participants/" + person.value() + "/applications");
        });

        // Ending needs a reason from the list; with one it ends, and nothing moves after.
        assertThat(applications.statusProblems(person, id, new Application.StatusChange("unsuccessful", today(), null, null, null, ""),
                navigator())).extracting(RuleViolation::field).containsExactly("reason");
        applications.move(person, id, new Application.StatusChange("unsuccessful", today(), null, null, "not-selected", ""), navigator());
        Application ended = only(person);
        assertThat(ended.status()).isEqualTo("unsuccessful");
        assertThat(ended.endReasonLabel()).isEqualTo("Not selected after the interview");
        assertThat(ended.open()).isFalse();
        assertThat(applications.statusProblems(person, id, new Application.StatusChange("offer", today(), null, null, null, ""),
                navigator())).extracting(RuleViolation::field).containsExactly("status");
        assertThat(participants.summary(person, navigator(), "applications").due()).noneMatch(d -> d.kind().equals("Job interview"));
        // On the timeline, never as stage evidence.
        assertThat(participants.timeline(person, navigator())).extracting(TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Applied for Healthcare support worker at Basildon Hospital"))
                .anyMatch(d -> d.startsWith("Application for Healthcare support worker at Basildon Hospital: unsuccessful: Not selected"));
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.REFERRED);
    }

    @Test
    void every_bad_application_is_named_at_once_and_a_date_applied_in_the_future_is_refused() throws Exception {
        ParticipantId person = person("Bea");
        assertThat(applications.problemsWith(new Application.New("Basildon Hospital", "Porter", "portering", null, null, today().plusDays(1))))
                .extracting(RuleViolation::field, RuleViolation::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("appliedOn", "The date applied must be today or in the past"));
        assertThatThrownBy(() -> applied(person, today().plusDays(1))).isInstanceOf(RuleViolation.class);
        assertThat(applications.problemsWith(new Application.New("Basildon Hospital", "Porter", "portering", null, null,
                java.time.LocalDate.of(1900, 1, 1)))).extracting(RuleViolation::field, RuleViolation::getMessage).singleElement()
                .satisfies(t -> assertThat((String) t.toList().get(1)).startsWith("The date applied must be within the last 2 years"));

        String page = mvc.perform(post("/participants/{id}/applications", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("employer", " ").param("roleTitle", "").param("afcBand", "x".repeat(21))
                        .param("appliedDay", "31").param("appliedMonth", "2").param("appliedYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#employer\"").contains("href=\"#roleTitle\"")
                .contains("href=\"#roleFamily\"").contains("href=\"#afcBand\"").contains("href=\"#applied\"")
                .contains("The date applied must be a real date");
        assertThat(applications.of(person, navigator())).isEmpty();

        // A status change with everything wrong at once: no status, no date, the interview date before applying.
        UUID id = applied(person, today().minusDays(3));
        String statusPage = mvc.perform(post("/participants/{id}/applications/status", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("application", id.toString()).param("status", "interview")
                        .param("interviewDay", String.valueOf(today().minusDays(9).getDayOfMonth()))
                        .param("interviewMonth", String.valueOf(today().minusDays(9).getMonthValue()))
                        .param("interviewYear", String.valueOf(today().minusDays(9).getYear())).param("interviewTime", "25 o'clock"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(statusPage).contains("href=\"#happened\"").contains("href=\"#interview\"").contains("href=\"#interviewTime\"")
                .contains("The interview date must be on or after the date applied");
        assertThat(only(person).status()).isEqualTo("applied");
        assertThat(only(person).history()).hasSize(1);

        // Preparation: every field named; then a mock interview logged and listed under the application.
        assertThat(applications.preparationProblems(person, id, new Application.NewPreparation(null, today().plusDays(2), " ", "x".repeat(2001)),
                navigator())).extracting(RuleViolation::field).containsExactly("kind", "heldOn", "ledBy", "feedback");
        applications.logPreparation(person, id, new Application.NewPreparation("mock-interview", today(), "Sam (navigator)",
                "Good examples; slow down on the values question"), navigator());
        assertThat(only(person).preparation()).singleElement().satisfies(p -> {
            assertThat(p.kindLabel()).isEqualTo("Mock interview");
            assertThat(p.feedback()).contains("values question");
        });
    }

    @Test
    void a_stranger_to_the_person_gets_not_found() throws Exception {
        ParticipantId person = person("Cai");
        UUID id = applied(person, today());
        SignedInUser colleague = newUser("navigator", Role.NAVIGATOR, navigator().organisationId());
        var elsewhere = organisations.add("Job search elsewhere " + UUID.randomUUID(), OrganisationType.NHS_TRUST);
        SignedInUser far = newUser("far.manager", Role.PROGRAMME_MANAGER, elsewhere.id());
        for (SignedInUser stranger : List.of(colleague, far)) {
            assertThatThrownBy(() -> applications.of(person, stranger)).isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> applications.move(person, id, new Application.StatusChange("shortlisted", today(), null, null, null, ""),
                    stranger)).isInstanceOf(RecordNotFound.class);
            mvc.perform(get("/participants/{id}/applications", person.value()).with(as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post("/participants/{id}/applications/status", person.value()).with(as(stranger)).with(csrf())
                    .param("application", id.toString()).param("status", "shortlisted")).andExpect(status().isNotFound());
        }
        assertThat(only(person).status()).isEqualTo("applied");
        // An application of someone else, sent with this person's address, is not found either.
        ParticipantId other = person("Cora");
        assertThatThrownBy(() -> applications.statusProblems(other, id, new Application.StatusChange("shortlisted", today(), null, null, null,
                ""), navigator())).isInstanceOf(RecordNotFound.class);
    }

    /** A placement of the demo employer that the person has started today. */
    private UUID startedPlacement(ParticipantId person, int payPence) {
        var host = demo(Role.EMPLOYER);
        var site = employers.addSite("Job offer site " + UUID.randomUUID().toString().substring(0, 6), "Rowley Road, Orsett", "RM16 3EU", host);
        PlacementOffer offer = placements.post(new Placements.NewPlacement(pilot(), site.id(), null, "Ward housekeeper", "facilities", "2", "",
                new BigDecimal("30"), "weekday-days", payPence, today(), today().plusDays(60), 2, "enhanced", 18, List.of()), host);
        UUID candidate = placements.suggest(offer.id(), person, 70, "test", navigator());
        placements.putForward(candidate, "Weekdays", "Ready", "", navigator());
        placements.scheduleInterview(candidate, today(), LocalTime.MIDNIGHT, host);
        placements.recordOutcome(candidate, true, "", today(), host);
        placements.start(candidate, today(), host);
        return candidate;
    }

    @Test
    void the_placement_host_offers_a_job_which_the_navigator_sees_at_offer_and_nobody_else_may() throws Exception {
        ParticipantId person = person("Dara");
        UUID candidate = startedPlacement(person, 1300);
        String page = mvc.perform(get("/placements/candidates/{id}", candidate).with(as(Role.EMPLOYER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Offer a job").contains("/placements/candidates/" + candidate + "/job-offer")
                .contains("value=\"Ward housekeeper\"").contains("value=\"Band 2\"");

        // Another employer, or the navigator, cannot offer it; nothing is made.
        SignedInUser otherHost = newUser("employer", Role.EMPLOYER,
                organisations.add("Job search other employer " + UUID.randomUUID(), OrganisationType.EMPLOYER).id());
        mvc.perform(post("/placements/candidates/{id}/job-offer", candidate).with(as(otherHost)).with(csrf())
                .param("roleTitle", "Housekeeper").param("hoursPerWeek", "30").param("hourlyPay", "13.00")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> applications.offer(candidate, new Application.Offer("Housekeeper", null, new BigDecimal("30"), 1300, null, null),
                otherHost)).isInstanceOf(RecordNotFound.class);
        mvc.perform(post("/placements/candidates/{id}/job-offer", candidate).with(as(Role.NAVIGATOR)).with(csrf())
                .param("roleTitle", "Housekeeper").param("hoursPerWeek", "30").param("hourlyPay", "13.00")).andExpect(status().isForbidden());
        assertThat(applications.of(person, navigator())).isEmpty();

        // Bad input, every field at once, on job search's page that repeats the form: no title, 49 hours, pay under the minimum.
        String errors = mvc.perform(post("/placements/candidates/{id}/job-offer", candidate).with(as(Role.EMPLOYER)).with(csrf())
                        .param("roleTitle", " ").param("hoursPerWeek", "49").param("hourlyPay", "5.00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("There is a problem").contains("href=\"#roleTitle\"").contains("href=\"#hoursPerWeek\"")
                .contains("href=\"#hourlyPay\"").contains("Hours a week must be more than 0 and no more than 48")
                .contains("The hourly pay is below the National Living Wage").contains("Back to Dara Searching");
        assertThat(mvc.perform(post("/placements/candidates/{id}/job-offer", candidate).with(as(Role.EMPLOYER)).with(csrf())
                        .param("roleTitle", "Housekeeper").param("hoursPerWeek", "0").param("hourlyPay", "13.00"))
                .andReturn().getResponse().getContentAsString()).contains("Hours a week must be more than 0 and no more than 48");
        assertThat(applications.of(person, navigator())).isEmpty();

        mvc.perform(post("/placements/candidates/{id}/job-offer", candidate).with(as(Role.EMPLOYER)).with(csrf())
                        .param("roleTitle", "Housekeeper").param("afcBand", "Band 2").param("hoursPerWeek", "30").param("hourlyPay", "13.10")
                        .param("message", "We would love to keep Dara on"))
                .andExpect(status().is3xxRedirection());
        Application offered = only(person);
        assertThat(offered.status()).isEqualTo("offer");
        assertThat(offered.employer()).isEqualTo(organisations.find(demo(Role.EMPLOYER).organisationId()).orElseThrow().name());
        assertThat(offered.roleFamily()).isEqualTo("facilities");
        assertThat(offered.afcBand()).isEqualTo("Band 2");
        assertThat(offered.reference()).isEqualTo("Placement offer");
        assertThat(offered.offeredPay()).isEqualTo("£13.10");
        assertThat(offered.history()).singleElement().satisfies(h -> assertThat(h.note())
                .startsWith("Offered by " + offered.employer() + " after the placement").contains("keep Dara on"));
        // Once is enough: a second offer after the same placement is refused by name.
        assertThat(applications.offerProblems(candidate, new Application.Offer("Housekeeper", null, new BigDecimal("30"), 1310, null, null),
                demo(Role.EMPLOYER))).extracting(RuleViolation::field).containsExactly("offer");
        String section = mvc.perform(get("/participants/{id}/applications", person.value()).with(as(Role.NAVIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("Housekeeper at " + offered.employer()).contains("Record the job start");
    }

    @Test
    void recording_the_start_from_an_offer_marks_the_application_started_and_the_person_in_work() throws Exception {
        ParticipantId person = person("Eli");
        UUID id = applied(person, today().minusDays(20));
        applications.move(person, id, new Application.StatusChange("offer", today().minusDays(2), null, null, null, ""), navigator());
        applications.move(person, id, new Application.StatusChange("pre-employment-checks", today().minusDays(1), null, null, null, ""),
                navigator());
        // Every problem of the start at once (outcome's rules), nothing saved.
        String page = mvc.perform(post("/participants/{id}/applications/job-start", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("application", id.toString()).param("hourlyPay", "5").param("hoursPerWeek", "0")
                        .param("startsDay", String.valueOf(today().getDayOfMonth())).param("startsMonth", String.valueOf(today().getMonthValue()))
                        .param("startsYear", String.valueOf(today().getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#hourlyPay\"").contains("href=\"#hoursPerWeek\"").contains("href=\"#contractType\"")
                .contains("href=\"#evidence\"").contains("The hourly pay is below the");
        assertThat(mvc.perform(post("/participants/{id}/applications/job-start", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                .param("application", id.toString())).andReturn().getResponse().getContentAsString()).contains("href=\"#starts\"");
        assertThat(jobStarts.of(person, navigator())).isEmpty();
        assertThat(only(person).status()).isEqualTo("pre-employment-checks");

        UUID start = applications.recordStart(person, id, new Application.StartTerms("nhs", 1300, new BigDecimal("37.5"), false, "permanent", today(),
                "employer-confirmation"), navigator());
        Application started = only(person);
        assertThat(started.status()).isEqualTo("started");
        assertThat(started.jobStart()).isEqualTo(start);
        assertThat(started.history()).extracting(Application.StatusLine::status).endsWith("pre-employment-checks", "started");
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.IN_WORK);
        assertThat(jobStarts.of(person, navigator())).singleElement().satisfies(j -> {
            assertThat(j.employer()).isEqualTo("Basildon Hospital");
            assertThat(j.roleTitle()).isEqualTo("Healthcare support worker");
            assertThat(j.afcBand()).isEqualTo("Band 2");
        });
        // Started by the job start, and only once.
        assertThat(applications.startProblems(person, id, new Application.StartTerms("nhs", 1300, new BigDecimal("37.5"), false, "permanent", today(),
                "employer-confirmation"), navigator())).extracting(RuleViolation::field).containsExactly("startsOn");
        // An application still at applied cannot start.
        UUID early = applied(person, today());
        assertThatThrownBy(() -> applications.recordStart(person, early, new Application.StartTerms("nhs", 1300, new BigDecimal("37.5"), false,
                "permanent", today(), "employer-confirmation"), navigator())).isInstanceOf(RuleViolation.class);
        assertThat(jobStarts.of(person, navigator())).hasSize(1);
    }
}
