package org.anchorage.placement.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.EngagementFacts;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.CheckStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Placement's engagement facts, in three queries: the latest week of attendance on each placement against
 * its weekly hours, employment checks not cleared while the candidate waits to start, and placements under way.
 */
@Component
class PlacementEngagementFacts implements EngagementFacts {

    private final JdbcClient jdbc;

    PlacementEngagementFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Fact> factsFor(Collection<ParticipantId> people, LocalDate today) {
        UUID[] ids = people.stream().map(ParticipantId::value).toArray(UUID[]::new);
        var end = Date.valueOf(today.plusDays(1));
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("""
                SELECT DISTINCT ON (c.id) c.participant_id, a.week_starting, o.hours_per_week, a.hours_attended
                FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id
                JOIN placement_attendance a ON a.candidate_id = c.id
                WHERE c.participant_id = ANY(:ids) AND c.stage = 'started' AND a.week_starting < :end
                ORDER BY c.id, a.week_starting DESC
                """).param("ids", ids).param("end", end)
                .query((rs, n) -> new PlacementWeek(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate(),
                        rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list().forEach(facts::add);
        jdbc.sql("""
                SELECT c.participant_id, ch.standard, ch.requested_on
                FROM placement_candidate c JOIN placement_check ch ON ch.candidate_id = c.id
                WHERE c.participant_id = ANY(:ids) AND c.stage IN ('conditional-offer', 'checks')
                  AND ch.status IN ('not-started', 'in-progress') AND ch.requested_on < :end
                """).param("ids", ids).param("end", end)
                .query((rs, n) -> new CheckWaiting(new ParticipantId(rs.getObject(1, UUID.class)),
                        CheckStandard.fromCode(rs.getString(2)).map(CheckStandard::label).orElse(rs.getString(2)), rs.getDate(3).toLocalDate()))
                .list().forEach(facts::add);
        jdbc.sql("""
                SELECT c.participant_id, c.started_on, o.ends_on
                FROM placement_candidate c JOIN placement_offer o ON o.id = c.offer_id
                WHERE c.participant_id = ANY(:ids) AND c.stage = 'started' AND c.started_on < :end
                """).param("ids", ids).param("end", end)
                .query((rs, n) -> new PlacementPeriod(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate()))
                .list().forEach(facts::add);
        return facts;
    }
}
