package org.anchorage.training.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.EngagementFacts;
import org.anchorage.participant.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Training's engagement facts: each booked place at a session whose register was taken, attended or missed, in one query. */
@Component
class TrainingEngagementFacts implements EngagementFacts {

    private final JdbcClient jdbc;

    TrainingEngagementFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Fact> factsFor(Collection<ParticipantId> people, LocalDate today) {
        return jdbc.sql("""
                SELECT b.participant_id, (s.starts_at AT TIME ZONE 'Europe/London')::date, c.title, b.attended
                FROM training_booking b JOIN training_session s ON s.id = b.session_id JOIN training_course c ON c.id = s.course_id
                WHERE b.participant_id = ANY(:ids) AND b.status = 'booked' AND b.attended IS NOT NULL
                  AND (s.starts_at AT TIME ZONE 'Europe/London')::date < :end
                """).param("ids", people.stream().map(ParticipantId::value).toArray(UUID[]::new)).param("end", Date.valueOf(today.plusDays(1)))
                .query((rs, n) -> (Fact) new Attendance(new ParticipantId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate(),
                        Source.TRAINING, rs.getString(3), rs.getBoolean(4)))
                .list();
    }
}
