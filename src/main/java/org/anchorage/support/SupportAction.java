package org.anchorage.support;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.plan.Plans;

/**
 * One support action as staff see it: the barrier it answers, what will be done, who does it and by when,
 * the staff notes, and once closed whether it was done (and what happened) or is no longer needed.
 */
public record SupportAction(UUID id, ParticipantId participant, String barrier, SupportActionKind kind, String what,
                            SupportActionOwner owner, String partnerName, LocalDate dueOn, String notes, String status,
                            String outcome, LocalDate closedOn, int version) {

    public boolean open() {
        return "open".equals(status);
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueOn.isBefore(today);
    }

    public String barrierLabel() {
        return Plans.BARRIERS.getOrDefault(barrier, barrier);
    }

    public String ownerLabel() {
        return owner == SupportActionOwner.PARTNER ? partnerName : owner.label();
    }

    public String statusLabel() {
        return switch (status) {
            case "done" -> "Done";
            case "not-needed" -> "No longer needed";
            default -> "Open";
        };
    }

    /**
     * A new action as typed. {@code partnerName} is needed only when a partner organisation does it.
     */
    public record New(String barrier, String kind, String what, String owner, String partnerName, LocalDate dueOn, String notes) {}

    /** An action as the participant reads it on their own page: plain words, no staff notes or outcome. */
    public record Mine(String what, String barrier, String who, LocalDate dueOn, String status) {

        public boolean open() {
            return "To do".equals(status);
        }
    }
}
