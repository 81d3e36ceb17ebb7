/**
 * Into work and staying there (step 9): job starts, the sustainment checks that follow them, and progression.
 * <p>
 * {@link org.anchorage.outcome.JobStarts} records a job start (employer, role, NHS role family, band, hourly
 * pay, hours, contract, start date, evidence), refusing a start more than three months ahead, 0 hours or
 * more than 48 without confirming, and pay below the legal minimum for the person's age on the start date
 * (placement's rates table, through its facade). Check points are data per programme
 * ({@code outcome_sustainment_point}; the defaults are 4, 13, 26 and 52 weeks, each with a window of two
 * weeks either side). A start records the kind of employer (NHS, social care, other health, other).
 * {@link org.anchorage.outcome.JobChanges} records progression in a job ({@code outcome_job_change}): each row
 * the pay, hours and band from a date on, refused (every field at once) before the start, in the future,
 * after leaving, twice on one date, below the minimum wage that day, or when nothing changed. A check
 * records still in work (same job, another job, promoted) or left, with the date and a reason; someone who left can start again, and the earlier start and its checks stay on the record.
 * <p>
 * {@link org.anchorage.outcome.Outcomes} measures each start against the programme's outcome definitions in
 * force on its start date ({@code outcome_definition}, defaults with no programme: the DWP-style earnings
 * outcome, the IPS baseline, sustained 3 months) and its rule for which jobs count ({@code outcome_job_rule}):
 * a projected date from hours × pay, the achieved date once a check or change brings evidence the definition
 * accepts, and a status (on track, needs evidence, achieved, claimed, not met), in the pure
 * {@code internal.OutcomeCalculator}. An outcome evidenced is stored ({@code outcome_achievement}) and a manager
 * of the programme marks it claimed; the claims list and its CSV are theirs.
 * <p>
 * Publishes {@link org.anchorage.outcome.JobStarted} (evidence for "In work"),
 * {@link org.anchorage.outcome.JobLeft} (that evidence ends), {@link org.anchorage.outcome.JobChanged} (timeline only) and
 * {@link org.anchorage.outcome.OutcomeAchieved}
 * (the programme's sustainment outcome is evidence for "Sustained in work"; others reach the timeline only);
 * implements participant's {@code DueWork} (checks due and overdue). Depends on participant, placement (minimum
 * wage and the National Living Wage), plan (role families), access, audit, identity and programme;
 * job search depends on it (a job start recorded from an offer). The job-start API ({@code web.JobStartApiController})
 * uses the same facades and rules as the pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.anchorage.outcome;
