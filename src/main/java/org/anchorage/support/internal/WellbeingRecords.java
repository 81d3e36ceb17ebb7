package org.anchorage.support.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.support.WellbeingCheckIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wellbeing check-ins and the scale each programme chose, in plain SQL. */
@Repository
public class WellbeingRecords {

    private final JdbcClient jdbc;

    WellbeingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, ParticipantId participant, UUID scale, LocalDate on, List<Integer> scores, UserId by,
                       String recordedAs, Instant at) {
        jdbc.sql("""
                INSERT INTO support_wellbeing_checkin (id, participant_id, scale_id, checked_on, scores, recorded_by, recorded_as, recorded_at)
                VALUES (:id, :p, :scale, :on, :scores, :by, :as, :at)
                """).param("id", id).param("p", participant.value()).param("scale", scale).param("on", Date.valueOf(on))
                .param("scores", scores.toArray(Integer[]::new)).param("by", by.value()).param("as", recordedAs)
                .param("at", Timestamp.from(at)).update();
    }

    /** A person's check-ins, oldest first, as a trend reads them. */
    public List<WellbeingCheckIn> of(ParticipantId participant) {
        return jdbc.sql("""
                SELECT id, checked_on, scale_id, scores, recorded_as FROM support_wellbeing_checkin
                WHERE participant_id = :p ORDER BY checked_on, recorded_at
                """).param("p", participant.value()).query((rs, n) -> new WellbeingCheckIn(rs.getObject("id", UUID.class),
                        rs.getDate("checked_on").toLocalDate(), rs.getObject("scale_id", UUID.class),
                        Arrays.asList((Integer[]) rs.getArray("scores").getArray()), rs.getString("recorded_as"))).list();
    }

    public Optional<UUID> chosenScale(ProgrammeId programme) {
        return jdbc.sql("SELECT scale_id FROM support_programme_wellbeing_scale WHERE programme_id = :p")
                .param("p", programme.value()).query(UUID.class).optional();
    }

    public void chooseScale(ProgrammeId programme, UUID scale, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_programme_wellbeing_scale (programme_id, scale_id, chosen_by, chosen_at) VALUES (:p, :s, :by, :at)
                ON CONFLICT (programme_id) DO UPDATE SET scale_id = :s, chosen_by = :by, chosen_at = :at
                """).param("p", programme.value()).param("s", scale).param("by", by.value()).param("at", Timestamp.from(at)).update();
    }
}
