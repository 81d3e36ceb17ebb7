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
import org.anchorage.participant.ParticipantId;
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
 * Progression after a start on PostgreSQL: each change is the pay, hours and band from its date on, shown
 * under the job with what moved, the card's pay and hours the latest; every bad change is named at once and
 * nothing is saved; the kind of employer is asked of new starts and "not recorded" for older ones.
 */
class JobChangesIT extends IntegrationTest {

    @Autowired
    JobStarts jobStarts;

    @Autowired
    JobChanges jobChanges;

    @Autowired
    Participants participants;

    @Autowired
    Referrals referrals;

    Programme programme;

    @BeforeEach
    void aProgrammeOfOurOwn() {
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        programme = programmes.add(new ProgrammeDetails("Progression test " + UUID.randomUUID(), ProgrammeStatus.OPEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "Made by the job change tests", demoOrganisations), null,
                demo(Role.ADMINISTRATOR));
    }

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private SignedInUser navigator() {
        return demo(Role.NAVIGATOR);
    }

    private ParticipantId person(String given, LocalDate born) {
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), given, "Progressing", born, "RM18 7AG", null,
                "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT), Referrals.PRIVACY_NOTICE_VERSION, true,
                "self-referral form", null));
        referrals.accept(r.id(), r.version(), navigator().id(), navigator());
        return participants.forReferral(r.id()).orElseThrow();
    }

    private UUID porter(ParticipantId person, LocalDate on, int pence) {
        return jobStarts.record(person, new JobStart.New("Royal Free Hospital", "nhs", "Porter", "portering", "Band 2", pence,
                new BigDecimal("37.5"), false, "permanent", on, "employer-confirmation"), navigator());
    }

    private static JobChange.New change(LocalDate on, String kind, Integer pence, String hours, String band) {
        return new JobChange.New(on, kind, pence, hours == null ? null : new BigDecimal(hours), false, band, "", "payslip-seen");
    }

    private JobStart job(ParticipantId person, UUID id) {
        return jobStarts.of(person, navigator()).stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    private String page(ParticipantId person) throws Exception {
        return mvc.perform(get("/participants/{id}/work", person.value()).with(as(Role.NAVIGATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_promotion_shows_under_the_job_with_what_moved_and_the_card_shows_the_latest_pay_hours_and_band() throws Exception {
        clock.fixAt("2027-04-10T09:00");
        ParticipantId person = person("Grace", LocalDate.of(1990, 3, 1));
        UUID job = porter(person, LocalDate.of(2026, 12, 7), 1271);
        jobChanges.record(person, job, change(LocalDate.of(2027, 4, 1), "promotion", 1310, "37.5", "Band 3"), navigator());

        JobStart j = job(person, job);
        assertThat(j.changes()).singleElement().extracting(JobChange::summary)
                .isEqualTo("From 1 April 2027: £12.71 → £13.10 an hour, Band 2 → Band 3 (promotion)");
        assertThat(j.currentHourlyPay()).isEqualTo("£13.10");
        assertThat(j.currentBand()).isEqualTo("Band 3");
        assertThat(j.hourlyPay()).as("the start's own pay is kept").isEqualTo("£12.71");

        // An earlier change recorded afterwards slots in by date, and the later one now says what moved since it.
        jobChanges.record(person, job, change(LocalDate.of(2027, 2, 1), "more-hours", 1271, "40", " "), navigator());
        assertThat(job(person, job).changes()).extracting(JobChange::summary).containsExactly(
                "From 1 February 2027: 37.5 → 40 hours a week (more hours)",
                "From 1 April 2027: £12.71 → £13.10 an hour, 40 → 37.5 hours a week, Band 2 → Band 3 (promotion)");
        assertThat(job(person, job).changes().getFirst().afcBand()).as("a blank band keeps the band").isEqualTo("Band 2");

        assertThat(page(person)).contains("£13.10 an hour, 37.5 hours a week").contains("Portering, Band 3")
                .contains("From 1 April 2027: £12.71 → £13.10 an hour, 40 → 37.5 hours a week, Band 2 → Band 3 (promotion)")
                .contains("Record a change").contains("Kind of employer");
        assertThat(participants.timeline(person, navigator())).extracting(TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Change in the job as Porter at Royal Free Hospital. From 1 April 2027: £12.71 → £13.10"))
                .anyMatch(d -> d.startsWith("Change in the job as Porter at Royal Free Hospital. From 1 February 2027"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'job-start' AND record_id = :id "
                + "AND detail LIKE 'change in the job from%'").param("id", job.toString()).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void every_bad_change_is_named_at_once_and_nothing_is_saved() throws Exception {
        clock.fixAt("2027-04-10T09:00");
        ParticipantId person = person("Hana", LocalDate.of(1990, 3, 1));
        UUID job = porter(person, LocalDate.of(2026, 12, 7), 1300);
        // Before the start, no kind, no pay, 0 hours, a long note, no evidence: all six at once.
        assertThat(jobChanges.problemsWith(person, job, new JobChange.New(LocalDate.of(2026, 12, 6), null, null, BigDecimal.ZERO, false,
                null, "x".repeat(501), null), navigator())).extracting(RuleViolation::field)
                .containsExactlyInAnyOrder("changesOn", "kind", "hourlyPay", "hoursPerWeek", "note", "evidence");
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 11), "pay-rise", 1400, "37.5", null), navigator()))
                .extracting(RuleViolation::getMessage).containsExactly("The date of the change must be today or in the past");
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 1), "more-hours", 1300, "49", null), navigator()))
                .extracting(RuleViolation::field).containsExactly("hoursPerWeek");
        assertThat(jobChanges.problemsWith(person, job, new JobChange.New(LocalDate.of(2027, 4, 1), "more-hours", 1300,
                new BigDecimal("49"), true, null, "", "payslip-seen"), navigator())).isEmpty();
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 1), "other", 1300, "37.5", "Band 2"), navigator()))
                .extracting(RuleViolation::getMessage).singleElement().asString().startsWith("Nothing has changed");
        // The kind must be true to the figures: "fewer hours" that are more, a "pay rise" that pays the same.
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 1), "fewer-hours", 1300, "40", null), navigator()))
                .extracting(RuleViolation::field, RuleViolation::getMessage).singleElement().satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("hoursPerWeek");
                    assertThat((String) t.toList().get(1)).startsWith("Fewer hours needs fewer contracted hours a week than before");
                });
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 1), "pay-rise", 1300, "40", null), navigator()))
                .extracting(RuleViolation::field).containsExactly("hourlyPay");
        // £12.70 is below the National Living Wage for someone aged 37 on 1 April 2027.
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 1), "fewer-hours", 1270, "30", null), navigator()))
                .extracting(RuleViolation::getMessage)
                .containsExactly("The hourly pay is below the National Living Wage (21 and over) of £12.71 for someone aged 37 on 1 April 2027");

        jobChanges.record(person, job, change(LocalDate.of(2027, 4, 1), "pay-rise", 1350, "37.5", null), navigator());
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 1), "pay-rise", 1400, "37.5", null), navigator()))
                .extracting(RuleViolation::getMessage).containsExactly("A change on 1 April 2027 is already recorded: each change needs its own date");

        mvc.perform(post("/participants/{id}/work/changes", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("jobStart", job.toString()).param("changesDay", "31").param("changesMonth", "2").param("changesYear", "2027")
                        .param("changePay", "lots").param("changeHours", "0").param("note", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("href=\"#changes\"").contains("href=\"#changeKind\"").contains("href=\"#changePay\"")
                        .contains("href=\"#changeHours\"").contains("href=\"#note\"").contains("href=\"#changeEvidence\"")
                        .contains("Enter the hourly pay in pounds and pence, like 13.10")
                        .containsPattern("<details class=\"nhsuk-details\" id=\"record-change\" open|<details class=\"nhsuk-details\" open"));
        assertThat(job(person, job).changes()).hasSize(1);

        // Once the person left, a change after the day they left is refused by name.
        clock.fixAt("2027-05-10T09:00");
        jobStarts.recordCheck(person, job, new SustainmentCheck.New(13, LocalDate.of(2027, 5, 10), "left", null, "participant-said", "",
                LocalDate.of(2027, 5, 1), "resigned-other"), navigator());
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 5, 5), "pay-rise", 1400, "37.5", null), navigator()))
                .extracting(RuleViolation::getMessage)
                .containsExactly("The date of the change must be on or before the day the person left, 1 May 2027");
    }

    @Test
    void a_change_from_the_day_someone_turns_21_must_pay_the_national_living_wage() {
        clock.fixAt("2027-05-20T09:00");
        // Aged 20 at the start (the 18 to 20 rate, £10.85); 21 from 1 May 2027.
        ParticipantId person = person("Ivo", LocalDate.of(2006, 5, 1));
        UUID job = porter(person, LocalDate.of(2026, 12, 7), 1100);
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 4, 30), "pay-rise", 1200, "37.5", null), navigator()))
                .isEmpty();
        assertThat(jobChanges.problemsWith(person, job, change(LocalDate.of(2027, 5, 1), "pay-rise", 1200, "37.5", null), navigator()))
                .extracting(RuleViolation::field).containsExactly("hourlyPay");
    }

    @Test
    void another_navigator_cannot_record_a_change_and_a_start_of_someone_else_is_not_found() {
        clock.fixAt("2027-04-10T09:00");
        ParticipantId person = person("Jude", LocalDate.of(1990, 3, 1));
        ParticipantId other = person("Kit", LocalDate.of(1990, 3, 1));
        UUID job = porter(person, LocalDate.of(2026, 12, 7), 1300);
        var account = users.create(new org.anchorage.identity.NewUser("navigator." + UUID.randomUUID() + "@progression.test",
                "Progression navigator", Role.NAVIGATOR, navigator().organisationId(), "progression-test-password-2026"));
        SignedInUser colleague = new SignedInUser(account.id(), account.email(), account.displayName(), Role.NAVIGATOR,
                account.organisationId(), true, null);
        JobChange.New rise = change(LocalDate.of(2027, 4, 1), "pay-rise", 1400, "37.5", null);
        assertThatThrownBy(() -> jobChanges.record(person, job, rise, colleague)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> jobChanges.record(other, job, rise, navigator())).isInstanceOf(RecordNotFound.class);
        assertThat(job(person, job).changes()).isEmpty();
        assertThat(jobChanges.record(person, job, rise, demo(Role.PROGRAMME_MANAGER))).isNotNull();
    }

    @Test
    void the_kind_of_employer_is_asked_of_a_new_start_and_shows_not_recorded_for_an_older_one() throws Exception {
        clock.fixAt("2026-12-08T09:00");
        ParticipantId person = person("Lena", LocalDate.of(1990, 3, 1));
        assertThat(jobStarts.problemsWith(person, new JobStart.New("Care Home", "council", "Carer", "nursing-support", null, 1300,
                new BigDecimal("37.5"), false, "permanent", LocalDate.of(2026, 12, 1), "payslip-seen"))).extracting(RuleViolation::field)
                .containsExactly("employerSector");
        UUID job = jobStarts.record(person, new JobStart.New("Care Home", "social-care", "Carer", "nursing-support", null, 1300,
                new BigDecimal("37.5"), false, "permanent", LocalDate.of(2026, 12, 1), "payslip-seen"), navigator());
        assertThat(job(person, job).employerSectorLabel()).isEqualTo("Social care");
        assertThat(page(person)).contains("Social care");
        // A start recorded before the question was asked.
        jdbc.sql("UPDATE outcome_job_start SET employer_sector = NULL WHERE id = :id").param("id", job).update();
        assertThat(page(person)).contains("Not recorded");
    }
}
