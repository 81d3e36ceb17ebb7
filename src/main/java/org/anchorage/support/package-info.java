/**
 * Wraparound support: mentors and their sessions, wellbeing check-ins over time, support actions for
 * barriers and the programme's barrier fund, and early warnings that a person is drifting away.
 * Depends on participant (the record, its flags and worklist SPIs), plan (barriers, goals shared with
 * a mentor, wellbeing scales), placement (placement dates for a mentor), identity and programme.
 * <p>Early warnings ({@link org.anchorage.support.EarlyWarnings}): six rules as data per programme
 * ({@code support_warning_rule}), evaluated in one place ({@code internal.EarlyWarningEvaluation}) over the
 * facts each module gives through {@link org.anchorage.participant.EngagementFacts} (training and placement
 * implement it, so this module never reads their tables), reconciled into {@code support_warning_flag};
 * shown through participant's {@code RecordFlags} and {@code DueWork}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package org.anchorage.support;
