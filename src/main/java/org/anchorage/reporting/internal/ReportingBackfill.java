package org.anchorage.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.Areas;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.reporting.Milestones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation upgraded to reporting has referrals from before it: at start-up, each referral with no
 * reporting row is placed (its groupings from its postcode, as on arrival) and given the milestones its record
 * already shows (received, eligible, accepted, assessed, training attended and completed, put forward,
 * placement started and completed, job started, in work at each check, outcomes), read from the journey's own
 * tables. Run once per referral: afterwards the events keep them. Safe on two nodes at once (every write is
 * "insert if absent", and a count moves only with a new log row). "Plan agreed" has no date in the record, so
 * people from before are not counted at it.
 */
@Component
public class ReportingBackfill {

    private static final Logger log = LoggerFactory.getLogger(ReportingBackfill.class);

    private final JdbcClient jdbc;
    private final MilestoneLog milestones;
    private final Areas areas;
    private final Programmes programmes;
    private final TransactionTemplate transactions;

    ReportingBackfill(JdbcClient jdbc, MilestoneLog milestones, Areas areas, Programmes programmes, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.milestones = milestones;
        this.areas = areas;
        this.programmes = programmes;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int placed = fill();
        if (placed > 0) {
            log.info("Reporting: placed {} referrals from before reporting began, with the milestones their records show", placed);
        }
    }

    private record Missing(UUID referral, UUID programme, String source, boolean eligible, LocalDate received, String postcode,
                           String lsoa, Integer decile, UUID participant, LocalDate accepted) {}

    private record Reached(UUID referral, String milestone, LocalDate on) {}

    /** Places every referral with no reporting row yet, a thousand to a transaction; returns how many. */
    public int fill() {
        int placed = 0;
        while (true) {
            Integer done = transactions.execute(status -> batch());
            if (done == null || done == 0) {
                return placed;
            }
            placed += done;
        }
    }

    private int batch() {
        List<Missing> missing = jdbc.sql("""
                SELECT r.id, r.programme_id, r.source,
                       r.eligible, (r.received_at AT TIME ZONE 'Europe/London')::date AS received, r.postcode,
                       r.eligibility ->> 'lsoaCode' AS lsoa, (r.eligibility ->> 'decile')::int AS decile,
                       p.id AS participant, (p.enrolled_at AT TIME ZONE 'Europe/London')::date AS accepted
                FROM referral_referral r LEFT JOIN participant_participant p ON p.referral_id = r.id
                WHERE NOT EXISTS (SELECT 1 FROM reporting_person x WHERE x.referral_id = r.id)
                ORDER BY r.received_at LIMIT 1000
                """).query((rs, n) -> new Missing(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("source"), rs.getBoolean("eligible"), rs.getDate("received").toLocalDate(), rs.getString("postcode"),
                rs.getString("lsoa"), (Integer) rs.getObject("decile"), rs.getObject("participant", UUID.class),
                rs.getDate("accepted") == null ? null : rs.getDate("accepted").toLocalDate())).list();
        // A programme's rules are read once per batch, not once per referral.
        java.util.Map<UUID, EligibilityRules> rulesOf = new java.util.HashMap<>();
        for (Missing m : missing) {
            AreaFacts area = area(m.postcode());
            String lsoa = m.lsoa() != null ? m.lsoa() : area == null ? "" : area.lsoaCode();
            String ward = area == null ? null : area.wardCode();
            EligibilityRules rules = rulesOf.computeIfAbsent(m.programme(), p -> programmes.eligibilityRules(new ProgrammeId(p)));
            String place = rules.targetPlaceFor(lsoa, ward).orElse("");
            milestones.addPerson(new MilestoneLog.Person(m.referral(), m.participant(), m.programme(), m.source(),
                    area == null ? "" : area.localAuthorityCode(), lsoa, m.decile() == null ? 0 : m.decile(),
                    place));
            milestones.record(m.referral(), Milestones.REFERRED, m.received());
            if (m.eligible()) {
                milestones.record(m.referral(), Milestones.ELIGIBLE, m.received());
            }
            if (m.participant() != null && m.accepted() != null) {
                milestones.record(m.referral(), Milestones.ACCEPTED, m.accepted());
            }
        }
        List<UUID> people = missing.stream().map(Missing::participant).filter(java.util.Objects::nonNull).toList();
        if (!people.isEmpty()) {
            for (Reached r : reached(people)) {
                milestones.record(r.referral(), r.milestone(), r.on());
            }
        }
        return missing.size();
    }

    private AreaFacts area(String postcode) {
        try {
            return areas.lookUp(postcode).facts();
        } catch (RuntimeException notFound) {
            return null; // a postcode no longer in the data: counted, with its groupings not known
        }
    }

    /** The first day each of these people reached each later step, from the journey's own tables. */
    private List<Reached> reached(List<UUID> people) {
        return jdbc.sql("""
                WITH p AS (SELECT id, referral_id FROM participant_participant WHERE id = ANY(CAST(:people AS uuid[])))
                SELECT p.referral_id, 'assessed' AS milestone, min(a.assessed_on) AS on_day
                  FROM p JOIN plan_assessment a ON a.participant_id = p.id GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'training-started', min((s.starts_at AT TIME ZONE 'Europe/London')::date)
                  FROM p JOIN training_booking b ON b.participant_id = p.id AND b.attended JOIN training_session s ON s.id = b.session_id
                  GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'training-completed', min(c.issued_on)
                  FROM p JOIN training_certificate c ON c.participant_id = p.id GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'put-forward', min((c.put_forward_at AT TIME ZONE 'Europe/London')::date)
                  FROM p JOIN placement_candidate c ON c.participant_id = p.id AND c.put_forward_at IS NOT NULL GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'placement-started', min(c.started_on)
                  FROM p JOIN placement_candidate c ON c.participant_id = p.id AND c.started_on IS NOT NULL GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'placement-completed', min(c.ended_on)
                  FROM p JOIN placement_candidate c ON c.participant_id = p.id AND c.stage = 'completed' AND c.ended_on IS NOT NULL
                  GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'job-started', min(j.starts_on)
                  FROM p JOIN outcome_job_start j ON j.participant_id = p.id GROUP BY p.referral_id
                UNION ALL
                SELECT p.referral_id, 'in-work-' || k.weeks, min(k.checked_on)
                  FROM p JOIN outcome_job_start j ON j.participant_id = p.id
                  JOIN outcome_sustainment_check k ON k.job_start_id = j.id AND k.status <> 'left' GROUP BY p.referral_id, k.weeks
                UNION ALL
                SELECT p.referral_id, 'outcome:' || d.code, min(a.achieved_on)
                  FROM p JOIN outcome_job_start j ON j.participant_id = p.id
                  JOIN outcome_achievement a ON a.job_start_id = j.id JOIN outcome_definition d ON d.id = a.definition_id
                  GROUP BY p.referral_id, d.code
                ORDER BY 1, 3
                """).param("people", people.toArray(new UUID[0]))
                .query((rs, n) -> new Reached(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate())).list();
    }
}
