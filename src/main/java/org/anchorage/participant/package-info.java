/**
 * Participants: people accepted onto a programme, their status pipeline, timeline, contacts,
 * appointments, equality monitoring (special-category) and the navigator's caseload with service levels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package org.anchorage.participant;
