package org.anchorage.participant;

import java.util.Arrays;
import java.util.Optional;

/** The pipeline a participant moves along; only forward, or out (withdrawn, with a reason). */
public enum ParticipantStatus {
    REFERRED("referred", "Referred"),
    ENGAGED("engaged", "Engaged"),
    PREPARING("preparing", "Preparing for work"),
    IN_PLACEMENT("in-placement", "In a placement"),
    IN_WORK("in-work", "In work"),
    SUSTAINED("sustained", "Sustained in work"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String code;
    private final String label;

    ParticipantStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Forward along the pipeline (skipping steps is allowed: someone may go straight into work). */
    public boolean canMoveTo(ParticipantStatus next) {
        return this != WITHDRAWN && next != WITHDRAWN && next.ordinal() > ordinal();
    }

    public static Optional<ParticipantStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
