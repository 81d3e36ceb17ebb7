package org.anchorage.participant;

/**
 * Something that happened elsewhere (an assessment recorded, a plan agreed, training completed, a
 * placement started or ended) that is evidence for a stage of the participant's journey. Other modules'
 * past-tense events implement it, and this module reacts, so only this module ever writes a participant's
 * stage, its evidence or the timeline. A stage is reached only by evidence; a navigator's correction can
 * only choose a stage whose evidence is on the record.
 */
public interface PipelineMilestone {

    ParticipantId participant();

    /** The stage this is evidence for (the participant moves forward to it), or null for the timeline only. */
    ParticipantStatus reaches();

    /**
     * The stage whose evidence this takes away, or null: a placement that ended is no longer evidence of
     * being in a placement, so the person goes back to preparing and the stage cannot be picked by hand.
     */
    default ParticipantStatus endsEvidenceFor() {
        return null;
    }

    /** Which part of the journey, for the timeline: "plan", "training" or "placement". */
    default String timelineKind() {
        return "placement";
    }

    /** Who made it happen (their email), for the timeline and the audit trail. */
    String actor();

    /** One line for the timeline, in the programme's words. */
    String description();
}
