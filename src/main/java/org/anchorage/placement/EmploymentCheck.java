package org.anchorage.placement;

import java.time.LocalDate;

/** One of the six NHS Employment Check Standards for one candidate, with who must act next. */
public record EmploymentCheck(CheckStandard standard, boolean requiredBeforeStart, String status, String whoActsNext,
                              LocalDate requestedOn, LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn,
                              String evidenceSeen, boolean overdue) {

    public static final java.util.Map<String, String> STATUSES = java.util.Map.of("not-started", "Not started",
            "in-progress", "In progress", "passed", "Passed", "failed", "Not passed", "not-needed", "Not needed");
    public static final java.util.Map<String, String> WHO_ACTS = new java.util.LinkedHashMap<>();

    static {
        WHO_ACTS.put("candidate", "The candidate");
        WHO_ACTS.put("employer", "The employer");
        WHO_ACTS.put("third-party", "A third party (referee, DBS, occupational health)");
        WHO_ACTS.put("programme", "The programme (navigator)");
    }

    public boolean cleared() {
        return status.equals("passed") || status.equals("not-needed");
    }

    public String statusLabel() {
        return STATUSES.get(status);
    }

    public String whoActsNextLabel() {
        return whoActsNext == null ? "" : WHO_ACTS.get(whoActsNext);
    }
}
