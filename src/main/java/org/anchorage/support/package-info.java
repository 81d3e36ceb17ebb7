/**
 * Wraparound support: mentors and their sessions, wellbeing check-ins over time, support actions for
 * barriers and the programme's barrier fund, and early warnings that a person is drifting away.
 * Depends on participant (the record, its flags and worklist SPIs), plan (barriers, goals shared with
 * a mentor, wellbeing scales), placement (placement dates for a mentor), identity and programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package org.anchorage.support;
