/**
 * Wraparound support: mentors and their sessions, wellbeing check-ins over time, support actions for
 * barriers and the programme's barrier fund, and early warnings that a person is drifting away.
 * <p>
 * Support actions ({@link org.anchorage.support.SupportActions}) turn the latest assessment's barriers into
 * things someone does by a date; open ones are due work on the navigator's worklist. The barrier fund
 * ({@link org.anchorage.support.BarrierFunds}) holds a budget per programme, requests approved by a manager
 * who did not make them, and payments against the person, with totals for funder reporting.
 * Depends on participant (the record, its flags and worklist SPIs), outcome (the participant's own job and next check, on My support), plan (barriers, goals shared with
 * a mentor, wellbeing scales), placement (placement dates for a mentor), identity and programme, and
 * eligibility's postcode data (where a mentor and a person are, to suggest mentors by distance).
 * Publishes the {@code Mentoring} and {@code Wellbeing} facades and the event {@code MentoringSessionLogged}; implements participant's Encounters
 * (a mentor meets their current mentees).
 * <p>Early warnings ({@link org.anchorage.support.EarlyWarnings}): six rules as data per programme
 * ({@code support_warning_rule}), evaluated in one place ({@code internal.EarlyWarningEvaluation}) over the
 * facts each module gives through {@link org.anchorage.participant.EngagementFacts} (training and placement
 * implement it, so this module never reads their tables), reconciled into {@code support_warning_flag};
 * shown through participant's {@code RecordFlags} and {@code DueWork}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package org.anchorage.support;
