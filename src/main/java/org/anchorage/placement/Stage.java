package org.anchorage.placement;

import java.util.Arrays;
import java.util.Optional;

/** Where a candidate is on one placement: the pipeline of the programme, in its own words. */
public enum Stage {
    SUGGESTED("suggested", "Suggested"),
    PUT_FORWARD("put-forward", "Put forward"),
    INTERVIEW("interview", "Host interview"),
    CONDITIONAL_OFFER("conditional-offer", "Conditional offer"),
    CHECKS("checks", "Checks under way"),
    STARTED("started", "Started"),
    COMPLETED("completed", "Completed"),
    ENDED_EARLY("ended-early", "Ended early"),
    NOT_SELECTED("not-selected", "Not selected"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String code;
    private final String label;

    Stage(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Holding one of the placement's places: from the conditional offer until the placement ends. */
    public boolean holdsPlace() {
        return this == CONDITIONAL_OFFER || this == CHECKS || this == STARTED || this == COMPLETED;
    }

    /** Still moving: not finished, ended, turned down or withdrawn. */
    public boolean active() {
        return this != COMPLETED && this != ENDED_EARLY && this != NOT_SELECTED && this != WITHDRAWN;
    }

    /** The host sees a candidate only once a navigator has put them forward. */
    public boolean visibleToHost() {
        return this != SUGGESTED;
    }

    public static Optional<Stage> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
