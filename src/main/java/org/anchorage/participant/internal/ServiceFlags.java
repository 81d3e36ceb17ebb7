package org.anchorage.participant.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.RecordFlag;
import org.anchorage.participant.RecordFlags;
import org.anchorage.participant.ServiceNeeds;
import org.anchorage.shared.web.Display;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record header's flags that change what the service does: "Under 18 until 5 May 2027", worked out
 * from the date of birth on the day (no stored flag to go stale), and "Care leaver", self-declared. A
 * learning disability is not a flag: it shows as "Easy read" among the communication needs.
 */
@Component
class ServiceFlags implements RecordFlags {

    private final JdbcClient jdbc;

    ServiceFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RecordFlag> flagsFor(Collection<ParticipantId> people, SignedInUser viewer, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<RecordFlag> flags = new ArrayList<>();
        jdbc.sql("SELECT id, date_of_birth, care_leaver FROM participant_participant WHERE id = ANY(:ids)")
                .param("ids", people.stream().map(ParticipantId::value).toArray(UUID[]::new))
                .query(rs -> {
                    ParticipantId id = new ParticipantId(rs.getObject("id", UUID.class));
                    LocalDate born = rs.getDate("date_of_birth").toLocalDate();
                    String link = "/participants/" + id.value() + "/details";
                    if (ServiceNeeds.under18(born, today)) {
                        flags.add(new RecordFlag(id, "Under 18", "Under 18 until " + Display.date(ServiceNeeds.eighteenthBirthday(born))
                                + ": no night shifts, and hosts are told a young person is coming", null, link, false));
                    }
                    if ("yes".equals(rs.getString("care_leaver"))) {
                        flags.add(new RecordFlag(id, "Care leaver", "Care leaver: ask about care leaver support and bursaries",
                                null, link, false));
                    }
                });
        return flags;
    }
}
