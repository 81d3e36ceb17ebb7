package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.outcome.JobStart;
import org.anchorage.outcome.JobStarts;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeDetails;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.referral.ContactPreference;
import org.anchorage.referral.NewReferral;
import org.anchorage.referral.Referral;
import org.anchorage.referral.Referrals;
import org.anchorage.referral.WorkInterest;
import org.anchorage.reporting.internal.MilestoneLog;
import org.anchorage.reporting.internal.ReportingBackfill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installation upgraded to reporting: referrals whose milestones were never logged are placed at start-up
 * from their records, with the same milestones the events would have given, and the counts agree with the log.
 */
class ReportingBackfillIT extends IntegrationTest {

    @Autowired
    Referrals referrals;

    @Autowired
    Participants participants;

    @Autowired
    JobStarts jobStarts;

    @Autowired
    MilestoneLog log;

    @Autowired
    ReportingBackfill backfill;

    private SignedInUser demo(Role role) {
        var a = users.findByEmail(demoEmail(role)).orElseThrow();
        return new SignedInUser(a.id(), a.email(), a.displayName(), a.role(), a.organisationId(), true, null);
    }

    private List<String> logged(UUID referral) {
        return jdbc.sql("SELECT milestone || ' ' || occurred_on FROM reporting_milestone WHERE referral_id = :r ORDER BY milestone")
                .param("r", referral).query(String.class).list();
    }

    @Test
    void referrals_from_before_reporting_get_the_milestones_their_records_show() {
        clock.fixAt("2026-12-10T09:00");
        Set<OrganisationId> demoOrganisations = Set.copyOf(programmes.all().stream()
                .filter(p -> p.name().equals("National pilot")).findFirst().orElseThrow().organisations());
        Programme programme = programmes.add(new ProgrammeDetails("Backfill test " + UUID.randomUUID(), ProgrammeStatus.OPEN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), "Made by the backfill test", demoOrganisations), null,
                demo(Role.ADMINISTRATOR));
        Referral r = referrals.receiveSelfReferral(new NewReferral(programme.id(), "Bronagh", "Backfilled", LocalDate.of(1990, 3, 1),
                "RM18 7AG", null, "07700 900123", ContactPreference.PHONE, List.of(WorkInterest.NURSING_SUPPORT),
                Referrals.PRIVACY_NOTICE_VERSION, true, "self-referral form", null));
        referrals.accept(r.id(), r.version(), demo(Role.NAVIGATOR).id(), demo(Role.NAVIGATOR));
        ParticipantId person = participants.forReferral(r.id()).orElseThrow();
        jobStarts.record(person, new JobStart.New("Basildon Hospital", "nhs", "Porter", "portering", null, 1300, new BigDecimal("37.5"),
                false, "permanent", LocalDate.of(2026, 12, 7), "employer-confirmation"), demo(Role.NAVIGATOR));
        UUID referral = r.id().value();
        List<String> fromEvents = logged(referral);
        assertThat(fromEvents).contains("referred 2026-12-10", "accepted 2026-12-10", "job-started 2026-12-07");

        // As if reporting had not existed: no person, no milestones, counts rebuilt without them.
        jdbc.sql("DELETE FROM reporting_milestone WHERE referral_id = :r").param("r", referral).update();
        jdbc.sql("DELETE FROM reporting_person WHERE referral_id = :r").param("r", referral).update();
        log.rebuildCounts();
        assertThat(log.funnelCounts(programme.id().value(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "none")).isEmpty();

        assertThat(backfill.fill()).isGreaterThanOrEqualTo(1);
        assertThat(logged(referral)).containsExactlyElementsOf(fromEvents);
        for (String g : MilestoneLog.GROUPINGS.keySet()) {
            assertThat(log.funnelCounts(programme.id().value(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), g)).as(g)
                    .containsExactlyInAnyOrderElementsOf(log.funnelRecount(programme.id().value(), LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31), g));
        }
        assertThat(backfill.fill()).as("once placed, not again").isZero();
    }
}
