package org.anchorage.support.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.EngagementFacts;
import org.anchorage.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This module's own engagement facts: mentoring sessions held or not attended, in one query. */
@Component
class EarlyWarningMentoringFacts implements EngagementFacts {

    private final JdbcClient jdbc;

    EarlyWarningMentoringFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Fact> factsFor(Collection<ParticipantId> people, LocalDate today) {
        return jdbc.sql("""
                SELECT participant_id, held_on, attended FROM support_mentoring_session
                WHERE participant_id = ANY(:ids) AND held_on <= :today
                """).param("ids", people.stream().map(ParticipantId::value).toArray(UUID[]::new)).param("today", Date.valueOf(today))
                .query((rs, n) -> (Fact) new Attendance(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate(),
                        Source.MENTORING, "mentoring session", rs.getBoolean(3)))
                .list();
    }
}
