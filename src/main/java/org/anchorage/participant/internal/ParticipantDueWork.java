package org.anchorage.participant.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.shared.web.Display;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** This module's own due work: first contacts (15 working days from referral) and appointments coming up. */
@Component
@Order(0)
class ParticipantDueWork implements DueWork {

    private final ParticipantRecords records;

    ParticipantDueWork(ParticipantRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        for (var due : records.firstContactsDue(people, today.plusDays(HORIZON_DAYS))) {
            items.add(new DueItem(due.participant(), "First contact", "Make first contact with " + due.name(), due.due(),
                    "/participants/" + due.participant().value() + "/contacts"));
        }
        var from = today.atStartOfDay(Display.LONDON).toInstant();
        var to = today.plusDays(HORIZON_DAYS + 1L).atStartOfDay(Display.LONDON).toInstant();
        for (var appointment : records.appointmentsBetween(people, from, to)) {
            items.add(new DueItem(appointment.participant(), "Appointment",
                    "Appointment with " + appointment.name() + ", " + Display.dateTime(appointment.startsAt()) + ": " + appointment.purpose(),
                    LocalDate.ofInstant(appointment.startsAt(), Display.LONDON),
                    "/participants/" + appointment.participant().value() + "/contacts"));
        }
        return items;
    }
}
