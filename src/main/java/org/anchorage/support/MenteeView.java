package org.anchorage.support;

import java.util.List;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.Placements;

/**
 * What a mentor sees of their mentee: only what mentoring needs. The name they like to be called by, how
 * they like to be contacted, the goals they agreed to share, their placement dates, and the sessions.
 * Never the full name, address, date of birth, equality data or the rest of the plan.
 */
public record MenteeView(ParticipantId id, String preferredName, String contactPreference, MentoringAssignment mentoring,
                         List<String> sharedGoals, List<Placements.PlacementDates> placements, List<MentoringSession> sessions) {}
