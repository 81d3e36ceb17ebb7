package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.reporting.internal.MilestoneLog;
import org.anchorage.reporting.internal.MilestoneLog.Count;
import org.anchorage.reporting.internal.MilestoneLog.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The milestone log and its kept counts on PostgreSQL, on four hand-made people with known answers (and a fifth
 * in another programme, never counted): the funnel by every grouping, whole months and periods that start or end
 * inside one, a milestone recorded twice counting once, and a period with nothing in it. The kept counts always
 * equal a recount of the log.
 */
class MilestoneLogIT extends IntegrationTest {

    // The journey's words, as the log stores them.
    static final String REFERRED = "referred";
    static final String ELIGIBLE = "eligible";
    static final String ACCEPTED = "accepted";
    static final String JOB_STARTED = "job-started";

    static final String THURROCK = "E06000034";
    static final String BIRMINGHAM = "E08000025";

    @Autowired
    MilestoneLog log;

    @Autowired
    PlatformTransactionManager transactions;

    UUID programme;
    UUID ann;
    UUID ben;
    UUID cal;
    UUID dee;

    @BeforeEach
    void fourPeopleInOneProgrammeAndOneInAnother() {
        programme = aProgramme();
        UUID elsewhere = aProgramme();
        ann = person(programme, "partner", THURROCK, 1, "Tilbury");
        ben = person(programme, "self", THURROCK, 2, "");
        cal = person(programme, "self", BIRMINGHAM, 1, "Tilbury");
        dee = person(programme, "partner", BIRMINGHAM, 10, "");
        UUID eve = person(elsewhere, "self", THURROCK, 1, "Tilbury");

        record(ann, "2026-01-10", REFERRED, ELIGIBLE);
        record(ann, "2026-01-20", ACCEPTED);
        record(ann, "2026-03-05", JOB_STARTED);
        record(ben, "2026-01-31", REFERRED, ELIGIBLE);
        record(ben, "2026-02-01", ACCEPTED);
        record(cal, "2026-02-14", REFERRED, ELIGIBLE);
        record(dee, "2026-03-31", REFERRED);
        record(eve, "2026-01-15", REFERRED, ELIGIBLE, ACCEPTED);
    }

    @Test
    void theFunnelOfAQuarterCountsEachPersonAtEachMilestoneReachedInIt() {
        assertThat(log.funnelCounts(programme, day("2026-01-01"), day("2026-03-31"), "none")).containsExactly(
                new Count("accepted", "", 2), new Count("eligible", "", 3), new Count("job-started", "", 1), new Count("referred", "", 4));
    }

    @Test
    void theFunnelByLocalAuthorityDecileSourceAndPlaceHasTheHandWorkedAnswers() {
        LocalDate from = day("2026-01-01");
        LocalDate to = day("2026-03-31");
        assertThat(log.funnelCounts(programme, from, to, "local-authority")).containsExactly(
                new Count("accepted", THURROCK, 2), new Count("eligible", THURROCK, 2), new Count("eligible", BIRMINGHAM, 1),
                new Count("job-started", THURROCK, 1), new Count("referred", THURROCK, 2), new Count("referred", BIRMINGHAM, 2));
        assertThat(log.funnelCounts(programme, from, to, "decile")).containsExactly(
                new Count("accepted", "1", 1), new Count("accepted", "2", 1), new Count("eligible", "1", 2), new Count("eligible", "2", 1),
                new Count("job-started", "1", 1), new Count("referred", "1", 2), new Count("referred", "10", 1), new Count("referred", "2", 1));
        assertThat(log.funnelCounts(programme, from, to, "source")).contains(
                new Count("referred", "partner", 2), new Count("referred", "self", 2), new Count("accepted", "partner", 1));
        assertThat(log.funnelCounts(programme, from, to, "target-place")).contains(
                new Count("referred", "", 2), new Count("referred", "Tilbury", 2), new Count("job-started", "Tilbury", 1));
    }

    @Test
    void aPeriodStartingAndEndingInsideAMonthCountsItsFirstAndLastDaysAndTheWholeMonthBetween() {
        // 20 January to 5 March: the days of January and March either side of the whole of February.
        assertThat(log.funnelCounts(programme, day("2026-01-20"), day("2026-03-05"), "none")).containsExactly(
                new Count("accepted", "", 2), new Count("eligible", "", 2), new Count("job-started", "", 1), new Count("referred", "", 2));
        // Inside one month (no whole month at all), and a single day.
        assertThat(log.funnelCounts(programme, day("2026-02-01"), day("2026-02-13"), "none")).containsExactly(new Count("accepted", "", 1));
        assertThat(log.funnelCounts(programme, day("2026-01-31"), day("2026-01-31"), "source")).containsExactly(
                new Count("eligible", "self", 1), new Count("referred", "self", 1));
    }

    @Test
    void aMilestoneRecordedTwiceCountsOnceOnItsFirstDay() {
        assertThat(log.record(ann, REFERRED, day("2026-01-10"))).isFalse();
        assertThat(log.record(ann, REFERRED, day("2026-02-20"))).isFalse();

        assertThat(log.funnelCounts(programme, day("2026-01-01"), day("2026-03-31"), "none")).contains(new Count("referred", "", 4));
        assertThat(log.funnelCounts(programme, day("2026-02-15"), day("2026-02-28"), "none")).isEmpty();
        assertThat(log.funnelRecount(programme, day("2026-01-01"), day("2026-03-31"), "none")).contains(new Count("referred", "", 4));
    }

    @Test
    void theKeptCountsEqualARecountOfTheLogForEveryGroupingAndPeriod() {
        List<LocalDate[]> periods = List.of(period("2026-01-01", "2026-03-31"), period("2026-01-20", "2026-03-05"),
                period("2026-01-11", "2026-02-14"), period("2026-02-01", "2026-02-28"), period("2025-12-15", "2026-04-15"),
                period("2026-03-31", "2026-03-31"));
        for (String grouping : MilestoneLog.GROUPINGS.keySet()) {
            for (LocalDate[] p : periods) {
                assertThat(log.funnelCounts(programme, p[0], p[1], grouping)).as(grouping + " " + p[0] + ".." + p[1])
                        .isNotEmpty().isEqualTo(log.funnelRecount(programme, p[0], p[1], grouping));
            }
        }
    }

    @Test
    void aPeriodWithNothingInItGivesNothing() {
        for (String grouping : MilestoneLog.GROUPINGS.keySet()) {
            assertThat(log.funnelCounts(programme, day("2025-01-01"), day("2025-12-31"), grouping)).isEmpty();
            assertThat(log.funnelRecount(programme, day("2025-01-01"), day("2025-12-31"), grouping)).isEmpty();
            assertThat(log.funnelCounts(programme, day("2026-04-01"), day("2026-04-30"), grouping)).isEmpty();
        }
    }

    @Test
    void countingEverythingAgainFromTheLogGivesTheCountsKeptOneByOne() {
        List<Count> kept = log.funnelCounts(programme, day("2026-01-11"), day("2026-03-31"), "local-authority");

        new TransactionTemplate(transactions).executeWithoutResult(status -> log.rebuildCounts());

        assertThat(log.funnelCounts(programme, day("2026-01-11"), day("2026-03-31"), "local-authority")).isEqualTo(kept);
        assertThat(log.funnelCounts(programme, day("2026-01-01"), day("2026-03-31"), "none")).containsExactly(
                new Count("accepted", "", 2), new Count("eligible", "", 3), new Count("job-started", "", 1), new Count("referred", "", 4));
    }

    private void record(UUID referral, String on, String... milestones) {
        for (String m : milestones) {
            assertThat(log.record(referral, m, day(on))).as(m + " is new").isTrue();
        }
    }

    private UUID person(UUID inProgramme, String source, String localAuthority, int decile, String place) {
        UUID referral = UUID.randomUUID();
        log.addPerson(new Person(referral, null, inProgramme, source, localAuthority, "E01000001", decile, place));
        return referral;
    }

    private UUID aProgramme() {
        var admin = users.findByEmail(demoEmail(Role.ADMINISTRATOR)).orElseThrow();
        SignedInUser by = new SignedInUser(admin.id(), admin.email(), admin.displayName(), admin.role(), admin.organisationId(), true, null);
        Set<OrganisationId> organisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        return programmes.add(new ProgrammeDetails("Milestone log test " + UUID.randomUUID(), ProgrammeStatus.OPEN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "Made by the milestone log tests", organisations), null, by).id().value();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate[] period(String from, String to) {
        return new LocalDate[] {day(from), day(to)};
    }
}
