package org.anchorage.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Component;

/** Plan reviews, and the steps the navigator owns, that are overdue or fall due soon: two queries for a whole caseload. */
@Component
class PlanDueWork implements DueWork {

    private final PlanRecords records;

    PlanDueWork(PlanRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        LocalDate by = today.plusDays(HORIZON_DAYS);
        List<DueItem> items = new ArrayList<>();
        for (var review : records.reviewsDueBy(people, by)) {
            items.add(new DueItem(review.participant(), "Plan review", "Review the plan with them (booked for "
                    + Display.date(review.on()) + ")", review.on(), plan(review.participant())));
        }
        for (var step : records.stepsDueBy(people, "navigator", by)) {
            items.add(new DueItem(step.participant(), "Plan step", step.description(), step.on(), plan(step.participant())));
        }
        return items;
    }

    private static String plan(ParticipantId participant) {
        return "/participants/" + participant.value() + "/plan";
    }
}
