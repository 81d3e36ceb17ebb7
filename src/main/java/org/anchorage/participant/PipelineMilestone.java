package org.anchorage.participant;

/**
 * Something that happened elsewhere (a placement started, a placement ended early) that moves a
 * participant along the pipeline. Other modules' past-tense events implement it, and this module
 * reacts, so only this module ever writes a participant's status or timeline.
 */
public interface PipelineMilestone {

    ParticipantId participant();

    /** The status the participant reaches, or null when the event only belongs on the timeline. */
    ParticipantStatus reaches();

    /** Who made it happen (their email), for the timeline and the audit trail. */
    String actor();

    /** One line for the timeline, in the programme's words. */
    String description();
}
