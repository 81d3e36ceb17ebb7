package org.anchorage.outcome;

import java.time.LocalDate;

/**
 * One of the programme's check points for a job start: due {@code weeks} after the start, to be done between
 * {@code opensOn} and {@code closesOn}; overdue after that.
 *
 * @param state "done", "due" (the window is open), "overdue", "upcoming", or "not-needed" (the person left first)
 * @param check the check made at this point, or null
 */
public record CheckPoint(int weeks, LocalDate dueOn, LocalDate opensOn, LocalDate closesOn, String state, SustainmentCheck check) {

    public String stateLabel() {
        return switch (state) {
            case "done" -> "Done";
            case "due" -> "Due";
            case "overdue" -> "Overdue";
            case "not-needed" -> "Not needed";
            default -> "Upcoming";
        };
    }

    public boolean open() {
        return state.equals("due") || state.equals("overdue") || state.equals("upcoming");
    }
}
