package org.anchorage.participant;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of a participant's journey. Each is reached by evidence from the module that owns the facts
 * (see {@link PipelineMilestone}); a navigator may correct a wrong stage, with a reason, only to one whose
 * evidence is on the record, or withdraw the person.
 */
public enum ParticipantStatus {
    REFERRED("referred", "Referred", "The referral was accepted onto the programme"),
    ENGAGED("engaged", "Engaged", "A first contact or an assessment is recorded"),
    PREPARING("preparing", "Preparing for work", "A plan agreed with the person, or training completed"),
    IN_PLACEMENT("in-placement", "In a placement", "A placement started and did not end early"),
    IN_WORK("in-work", "In work", "A job start is recorded"),
    SUSTAINED("sustained", "Sustained in work", "The programme's sustainment outcome is achieved"),
    WITHDRAWN("withdrawn", "Withdrawn", "The person withdrew (a reason is recorded)");

    private final String code;
    private final String label;
    private final String evidenceNeeded;

    ParticipantStatus(String code, String label, String evidenceNeeded) {
        this.code = code;
        this.label = label;
        this.evidenceNeeded = evidenceNeeded;
    }

    /** What must be on the record for a person to be at this stage, in plain words. */
    public String evidenceNeeded() {
        return evidenceNeeded;
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
