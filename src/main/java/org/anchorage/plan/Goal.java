package org.anchorage.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record Goal(UUID id, String title, boolean agreed, List<Step> steps) {

    public record Step(UUID id, int position, String description, String owner, LocalDate dueOn, LocalDate doneOn) {

        public String ownerLabel() {
            return Plans.OWNERS.getOrDefault(owner, owner);
        }
    }

    /** A step as the navigator writes it: what, who does it (one of {@link Plans#OWNERS}), by when. */
    public record NewStep(String description, String owner, LocalDate dueOn) {}
}
