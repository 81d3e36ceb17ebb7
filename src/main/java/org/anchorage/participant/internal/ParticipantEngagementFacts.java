package org.anchorage.participant.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.EngagementFacts;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's engagement facts: enrolment, the last contact (a contact recorded or an appointment
 * attended) and appointment outcomes, in three queries whatever the number of people.
 */
@Component
class ParticipantEngagementFacts implements EngagementFacts {

    private final JdbcClient jdbc;

    ParticipantEngagementFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Fact> factsFor(Collection<ParticipantId> people, LocalDate today) {
        UUID[] ids = people.stream().map(ParticipantId::value).toArray(UUID[]::new);
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("""
                SELECT id, programme_id, (enrolled_at AT TIME ZONE 'Europe/London')::date, status = 'withdrawn'
                FROM participant_participant WHERE id = ANY(:ids)
                """).param("ids", ids)
                .query((rs, n) -> new Enrolment(new ParticipantId(rs.getObject(1, UUID.class)), new ProgrammeId(rs.getObject(2, UUID.class)),
                        rs.getDate(3).toLocalDate(), rs.getBoolean(4)))
                .list().forEach(facts::add);
        var end = Date.valueOf(today.plusDays(1));
        jdbc.sql("""
                SELECT participant_id, max(on_day) FROM (
                    SELECT participant_id, (occurred_at AT TIME ZONE 'Europe/London')::date AS on_day FROM participant_timeline
                    WHERE participant_id = ANY(:ids) AND kind = 'contact'
                    UNION ALL
                    SELECT participant_id, (starts_at AT TIME ZONE 'Europe/London')::date FROM participant_appointment
                    WHERE participant_id = ANY(:ids) AND outcome = 'attended') c
                WHERE on_day < :end GROUP BY participant_id
                """).param("ids", ids).param("end", end)
                .query((rs, n) -> new Contact(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate()))
                .list().forEach(facts::add);
        jdbc.sql("""
                SELECT participant_id, (starts_at AT TIME ZONE 'Europe/London')::date, purpose, outcome = 'attended'
                FROM participant_appointment
                WHERE participant_id = ANY(:ids) AND outcome IS NOT NULL AND (starts_at AT TIME ZONE 'Europe/London')::date < :end
                """).param("ids", ids).param("end", end)
                .query((rs, n) -> new Attendance(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate(),
                        Source.APPOINTMENT, rs.getString(3), rs.getBoolean(4)))
                .list().forEach(facts::add);
        return facts;
    }
}
