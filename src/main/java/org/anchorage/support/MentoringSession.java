package org.anchorage.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mentoring session held (or missed). {@code notes} is the mentor's own unless they shared it with the
 * navigator; staff pages are given sessions with unshared notes already removed ({@link #withoutNotes}).
 */
public record MentoringSession(UUID id, LocalDate heldOn, int minutes, String mode, boolean attended, List<String> topics,
                               String notes, boolean sharedWithNavigator) {

    public String modeLabel() {
        return Mentoring.MODES.getOrDefault(mode, mode);
    }

    public List<String> topicLabels() {
        return topics.stream().map(t -> Mentoring.TOPICS.getOrDefault(t, t)).toList();
    }

    /** The session without its notes, whoever they were shared with: for a mentor who did not write them. */
    MentoringSession withoutAnyNotes() {
        return new MentoringSession(id, heldOn, minutes, mode, attended, topics, "", false);
    }

    MentoringSession withoutNotes() {
        return sharedWithNavigator ? this : new MentoringSession(id, heldOn, minutes, mode, attended, topics, "", false);
    }
}
