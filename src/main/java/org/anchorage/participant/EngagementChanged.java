package org.anchorage.participant;

/**
 * A fact about how a person is engaging changed (a contact or appointment outcome recorded, a register
 * taken, placement attendance or a check updated), so the early warnings for them are worked out again
 * once the change commits. Published by the module that owns the fact.
 */
public record EngagementChanged(ParticipantId participant, String what) {}
