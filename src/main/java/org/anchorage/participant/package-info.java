/**
 * Participants: people accepted onto a programme, their status pipeline, timeline, contacts,
 * appointments, equality monitoring (special-category) and the navigator's caseload with service levels.
 * Publishes the SPIs other modules implement so this one never reads their tables: {@code DueWork},
 * {@code RecordFlags}, {@code WorklistNotices}, {@code Encounters} and {@code EngagementFacts} (facts for the
 * early warnings), and the {@code EngagementChanged} event when a fact about a person changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package org.anchorage.participant;
