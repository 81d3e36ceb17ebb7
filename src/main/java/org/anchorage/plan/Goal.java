package org.anchorage.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record Goal(UUID id, String title, boolean agreed, List<Step> steps) {

    public record Step(UUID id, int position, String description, String owner, LocalDate dueOn, LocalDate doneOn) {}
}
