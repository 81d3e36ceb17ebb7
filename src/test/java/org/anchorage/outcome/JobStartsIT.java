package org.anchorage.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.participant.DueItem;
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
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Job starts and sustainment checks on PostgreSQL, walking a year with a fixed clock: the start moves the
 * person to in work; each check falls due in its window and shows overdue once the window passes; a leaver
 * goes back a stage and can start again with the earlier job and its checks kept; every bad input is named.
 */
class JobStartsIT extends IntegrationTest {

    @Autowired
    JobStarts jobStarts;

    @Autowired
    Participants participants;

    @Autowired
    Referrals referrals;

    Programme programme;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        programme = programmes.add(new ProgrammeDetails("Outcome test " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Made by the job start tests", demoOrganisations), null, demo(Role.ADMINISTRATOR));
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private SignedInUser navigator() {
        return demo(Role.NAVIGATOR);
    }

    private ParticipantId person(String given, LocalDate born) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Employed", born, "RM18 7AG", null,
                "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator().id(), navigator());
        return participants.forReferral(r.id()).orElseThrow();
    }

    private static JobStart.New porter(LocalDate on, int pence) {
        return new JobStart.New("Royal Free Hospital", "nhs", "Porter", "portering", "Band 2", pence, new BigDecimal("37.5"), false,
                "permanent", on, "employer-confirmation");
    }

    private static SustainmentCheck.New stillThere(int weeks, LocalDate on) {
        return new SustainmentCheck.New(weeks, on, "same-job", new BigDecimal("37.5"), "payslip-seen", "Talked through shift swaps", null, null);
    }

    private List<DueItem> checksDue(ParticipantId person) {
        return participants.summary(person, navigator(), "work").due().stream().filter(d -> d.kind().equals("Sustainment check")).toList();
    }

    private JobStart current(ParticipantId person) {
        return jobStarts.of(person, navigator()).stream().filter(JobStart::current).findFirst().orElseThrow();
    }

    @Test
    void a_year_in_work_checks_fall_due_in_their_window_a_missed_one_shows_overdue_and_a_leaver_starts_again() {
        clock.fixAt("2026-12-06T09:00");
        ParticipantId person = person("Amara", LocalDate.of(1990, 3, 1));
        LocalDate start = LocalDate.of(2026, 12, 7);
        UUID job = jobStarts.record(person, porter(start, 1300), navigator());
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.IN_WORK);
        // The 4-week point is 4 January; its window opens 21 December, a day beyond the
        // worklist's 14 days from 6 December (a start recorded the day before it begins).
        assertThat(checksDue(person)).isEmpty();

        clock.fixAt("2026-12-08T09:00");
        // 8 December + 14 days = 22 December: the window (21 December to 18 January) is open by then.
        assertThat(checksDue(person)).singleElement().satisfies(d -> {
            assertThat(d.what()).startsWith("4-week check for Porter at Royal Free Hospital, due 4 January 2027");
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
            assertThat(d.link()).isEqualTo("/participants/" + person.value() + "/work");
        });

        clock.fixAt("2027-01-05T09:00");
        jobStarts.recordCheck(person, job, stillThere(4, LocalDate.of(2027, 1, 5)), navigator());
        assertThat(checksDue(person)).isEmpty();
        assertThat(current(person).points()).extracting(CheckPoint::weeks, CheckPoint::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "done"), org.assertj.core.groups.Tuple.tuple(13, "upcoming"),
                        org.assertj.core.groups.Tuple.tuple(26, "upcoming"), org.assertj.core.groups.Tuple.tuple(52, "upcoming"));

        // The 13-week point is 8 March 2027, window 22 February to 22 March. Nobody makes the check.
        clock.fixAt("2027-03-01T09:00");
        assertThat(current(person).points().get(1).state()).isEqualTo("due");
        assertThat(checksDue(person)).singleElement().satisfies(d -> assertThat(d.overdueOn(LocalDate.of(2027, 3, 1))).isFalse());
        clock.fixAt("2027-03-23T09:00");
        assertThat(current(person).points().get(1).state()).isEqualTo("overdue");
        assertThat(checksDue(person)).singleElement().satisfies(d -> {
            assertThat(d.overdueOn(LocalDate.of(2027, 3, 23))).isTrue();
            assertThat(d.what()).contains("window closed 22 March 2027");
        });
        String page = mvc_get("/participants/" + person.value() + "/work");
        assertThat(page).contains("Overdue").contains("Porter at Royal Free Hospital").contains("£13.00 an hour, 37.5 hours a week");

        // Made late, the 13-week check clears it; at week 30 the 26-week check finds they left in week 28.
        // On the participant's word: no evidence for "sustained 3 months", so leaving still takes them back (see OutcomesIT).
        jobStarts.recordCheck(person, job, new SustainmentCheck.New(13, LocalDate.of(2027, 3, 23), "same-job", new BigDecimal("37.5"),
                "participant-said", "", null, null), navigator());
        clock.fixAt("2027-07-05T09:00");
        jobStarts.recordCheck(person, job, new SustainmentCheck.New(26, LocalDate.of(2027, 7, 5), "left", null, "participant-said", "",
                LocalDate.of(2027, 6, 21), "travel"), navigator());
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.REFERRED);
        assertThat(checksDue(person)).isEmpty();
        assertThat(jobStarts.of(person, navigator()).getFirst().points()).extracting(CheckPoint::state)
                .containsExactly("done", "done", "done", "not-needed");
        assertThatThrownBy(() -> jobStarts.recordCheck(person, job, stillThere(52, LocalDate.of(2027, 7, 5)), navigator()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("left this job on 21 June 2027");

        // A new start: in work again, its own 4-week check on the worklist, the first job and its checks kept.
        clock.fixAt("2027-08-02T09:00");
        jobStarts.record(person, new JobStart.New("Whittington Health", "nhs", "Ward clerk", "administration", null, 1300, new BigDecimal("30"),
                false, "fixed-term", LocalDate.of(2027, 8, 2), "payslip-seen"), navigator());
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.IN_WORK);
        List<JobStart> both = jobStarts.of(person, navigator());
        assertThat(both).extracting(JobStart::roleTitle).containsExactly("Ward clerk", "Porter");
        assertThat(both.get(1).leftReasonLabel()).isEqualTo("The journey to work");
        assertThat(checksDue(person)).singleElement().satisfies(d -> assertThat(d.what()).startsWith("4-week check for Ward clerk"));
        assertThat(participants.timeline(person, navigator())).extracting(TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Started work as Porter at Royal Free Hospital on 7 December 2026"))
                .anyMatch(d -> d.startsWith("Left the job as Porter at Royal Free Hospital on 21 June 2027: The journey to work"))
                .anyMatch(d -> d.startsWith("Started work as Ward clerk at Whittington Health"));
    }

    private String mvc_get(String path) {
        try {
            return mvc.perform(get(path).with(as(Role.NAVIGATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_bad_job_start_is_named_at_once_and_nothing_is_saved() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Bilal", LocalDate.of(1990, 3, 1));
        // 9 March 2027 is more than 3 months after 8 December; 49 hours without the box; 0 hours.
        assertThat(jobStarts.problemsWith(person, new JobStart.New("NHS Trust", "nhs", "Porter", "portering", null, 1300, new BigDecimal("49"), false,
                "permanent", LocalDate.of(2027, 3, 9), "employer-confirmation"))).extracting(RuleViolation::field)
                .containsExactlyInAnyOrder("hoursPerWeek", "startsOn");
        assertThat(jobStarts.problemsWith(person, new JobStart.New("NHS Trust", "nhs", "Porter", "portering", null, 1300, new BigDecimal("49"), true,
                "permanent", LocalDate.of(2027, 3, 8), "employer-confirmation"))).isEmpty();
        assertThat(jobStarts.problemsWith(person, new JobStart.New("NHS Trust", "nhs", "Porter", "portering", null, 1300, BigDecimal.ZERO, false,
                "permanent", LocalDate.of(2026, 12, 8), "employer-confirmation"))).extracting(RuleViolation::getMessage)
                .containsExactly("Contracted hours a week must be more than 0");
        // £12.70 is a penny below the National Living Wage of £12.71 in force from April 2026 for someone aged 36.
        assertThat(jobStarts.problemsWith(person, porter(LocalDate.of(2026, 12, 8), 1270))).extracting(RuleViolation::getMessage)
                .containsExactly("The hourly pay is below the National Living Wage (21 and over) of £12.71 for someone aged 36 on 8 December 2026");

        mvc.perform(post("/participants/{id}/work/job-starts", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("employer", " ").param("roleTitle", "Porter").param("hourlyPay", "twelve").param("hoursPerWeek", "0")
                        .param("startsDay", "31").param("startsMonth", "2").param("startsYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("href=\"#employer\"").contains("href=\"#employerSector\"").contains("href=\"#roleFamily\"").contains("href=\"#hourlyPay\"")
                        .contains("href=\"#hoursPerWeek\"").contains("href=\"#contractType\"").contains("href=\"#starts\"")
                        .contains("href=\"#evidence\"").contains("Enter the hourly pay in pounds and pence"));
        assertThat(jobStarts.of(person, navigator())).isEmpty();
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.REFERRED);
    }

    @Test
    void with_two_jobs_the_overdue_check_on_the_older_is_offered_the_other_is_a_link_and_the_same_start_twice_is_refused() throws Exception {
        clock.fixAt("2027-01-20T09:00");
        ParticipantId person = person("Greta", LocalDate.of(1990, 3, 1));
        // A porter's job from 7 December 2026 (4-week check due 4 January, overdue after 18 January) and a bank job from 18 January.
        UUID porter = jobStarts.record(person, porter(LocalDate.of(2026, 12, 7), 1300), navigator());
        UUID bank = jobStarts.record(person, new JobStart.New("Whittington Health", "nhs", "Ward clerk", "administration", null, 1300,
                new BigDecimal("16"), false, "bank", LocalDate.of(2027, 1, 18), "participant-said"), navigator());

        assertThat(jobStarts.problemsWith(person, new JobStart.New(" royal free hospital ", "nhs", "PORTER", "portering", null, 1300,
                new BigDecimal("37.5"), false, "permanent", LocalDate.of(2026, 12, 7), "payslip-seen")))
                .extracting(RuleViolation::field, RuleViolation::getMessage).singleElement().satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("startsOn");
                    assertThat((String) t.toList().get(1)).startsWith("This job start is already recorded: Porter at Royal Free Hospital");
                });
        assertThatThrownBy(() -> jobStarts.record(person, porter(LocalDate.of(2026, 12, 7), 1300), navigator()))
                .isInstanceOf(RuleViolation.class);
        assertThat(jobStarts.of(person, navigator())).hasSize(2);

        // The check form is for the porter's job, whose check falls soonest; the ward clerk's card links to its own.
        String page = mvc_get("/participants/" + person.value() + "/work");
        assertThat(page).contains("<input type=\"hidden\" name=\"jobStart\" value=\"" + porter + "\">")
                .contains("For Porter at Royal Free Hospital. For another current job, follow the link on its card.")
                .contains("job=" + bank).doesNotContain("job=" + porter);
        assertThat(page.split("id=\"record-change\"", -1)).as("one change form on the page").hasSize(2);
        assertThat(page.split("id=\"changeKind\"", -1)).hasSize(2);
        String bankPage = mvc_get("/participants/" + person.value() + "/work?job=" + bank);
        assertThat(bankPage).contains("<input type=\"hidden\" name=\"jobStart\" value=\"" + bank + "\">").contains("job=" + porter);

        // A start a month ahead reads as one to come.
        jobStarts.record(person, new JobStart.New("Barts Health", "nhs", "Healthcare support worker", "nursing-support", "Band 2", 1300,
                new BigDecimal("37.5"), false, "permanent", LocalDate.of(2027, 2, 22), "employer-confirmation"), navigator());
        assertThat(mvc_get("/participants/" + person.value() + "/work")).contains("Starting soon").contains(">Starts<");
    }

    @Test
    void a_seventeen_year_old_is_paid_at_least_the_under_18_rate_on_the_start_date() {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Chloe", LocalDate.of(2009, 6, 1));
        // Aged 17 on 8 December 2026: the under-18 rate from April 2026 is £8.00.
        assertThat(jobStarts.problemsWith(person, porter(LocalDate.of(2026, 12, 8), 800))).isEmpty();
        assertThat(jobStarts.problemsWith(person, porter(LocalDate.of(2026, 12, 8), 799))).extracting(RuleViolation::field)
                .containsExactly("hourlyPay");
    }

    @Test
    void a_check_before_the_start_or_in_the_future_and_a_leaving_date_before_the_start_are_refused_by_name() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Dev", LocalDate.of(1990, 3, 1));
        UUID job = jobStarts.record(person, porter(LocalDate.of(2026, 12, 1), 1300), navigator());
        assertThat(jobStarts.checkProblems(person, job, stillThere(4, LocalDate.of(2026, 11, 30)), navigator()))
                .extracting(RuleViolation::field).containsExactly("checkedOn");
        assertThat(jobStarts.checkProblems(person, job, stillThere(4, LocalDate.of(2026, 12, 9)), navigator()))
                .extracting(RuleViolation::getMessage).containsExactly("The date of the check must be today or in the past");
        assertThat(jobStarts.checkProblems(person, job, new SustainmentCheck.New(4, LocalDate.of(2026, 12, 8), "left", null, "participant-said",
                "", LocalDate.of(2026, 11, 20), null), navigator())).extracting(RuleViolation::field).containsExactly("leftOn", "leftReason");

        mvc.perform(post("/participants/{id}/work/checks", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("jobStart", job.toString()).param("weeks", "4").param("status", "left")
                        .param("checkedDay", "1").param("checkedMonth", "1").param("checkedYear", "2027")
                        .param("leftDay", "20").param("leftMonth", "11").param("leftYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("href=\"#checked\"").contains("href=\"#left\"").contains("href=\"#leftReason\"")
                        .contains("href=\"#checkEvidence\"").contains("The date the person left must be on or after the job start"));
        assertThat(current(person).points()).noneMatch(p -> p.check() != null);
        assertThat(participants.open(person, navigator()).status()).isEqualTo(ParticipantStatus.IN_WORK);
    }

    @Test
    void the_participant_sees_their_job_and_the_next_check_on_my_support() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Farah", LocalDate.of(1990, 3, 1));
        var account = users.create(new org.anchorage.identity.NewUser("farah." + UUID.randomUUID() + "@outcome.test", "Farah Employed",
                Role.PARTICIPANT, navigator().organisationId(), "outcome-test-password-2026"));
        participants.linkSignIn(person, account.id(), navigator());
        SignedInUser farah = new SignedInUser(account.id(), account.email(), account.displayName(), Role.PARTICIPANT,
                account.organisationId(), true, null);
        assertThat(jobStarts.mine(farah)).isEmpty();
        jobStarts.record(person, porter(LocalDate.of(2026, 11, 10), 1300), navigator());
        UUID job = current(person).id();
        jobStarts.recordCheck(person, job, stillThere(4, LocalDate.of(2026, 12, 8)), navigator());
        // The 4-week check is done, so the next is at 13 weeks: 10 November 2026 + 91 days = 9 February 2027.
        assertThat(jobStarts.mine(farah)).hasValueSatisfying(j -> assertThat(j.nextCheckOn()).isEqualTo(LocalDate.of(2027, 2, 9)));
        String page = mvc.perform(get("/my-support").with(as(farah))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You started as Porter at Royal Free Hospital on 10 November 2026.")
                .contains("around 9 February 2027").doesNotContain("£13.00");
    }

    @Test
    void another_navigator_of_the_programme_cannot_see_or_record_a_job_start() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Esme", LocalDate.of(1990, 3, 1));
        var other = users.create(new org.anchorage.identity.NewUser("navigator." + UUID.randomUUID() + "@outcome.test", "Outcome navigator",
                Role.NAVIGATOR, navigator().organisationId(), "outcome-test-password-2026"));
        SignedInUser colleague = new SignedInUser(other.id(), other.email(), other.displayName(), Role.NAVIGATOR, other.organisationId(), true, null);
        assertThatThrownBy(() -> jobStarts.record(person, porter(LocalDate.of(2026, 12, 8), 1300), colleague)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> jobStarts.of(person, colleague)).isInstanceOf(RecordNotFound.class);
        assertThat(jobStarts.record(person, porter(LocalDate.of(2026, 12, 8), 1300), demo(Role.PROGRAMME_MANAGER))).isNotNull();
    }
}
