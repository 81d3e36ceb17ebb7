/**
 * Into work and staying there (step 9, first slice): job starts and the sustainment checks that follow them.
 * <p>
 * {@link org.anchorage.outcome.JobStarts} records a job start (employer, role, NHS role family, band, hourly
 * pay, hours, contract, start date, evidence), refusing a start more than three months ahead, 0 hours or
 * more than 48 without confirming, and pay below the legal minimum for the person's age on the start date
 * (placement's rates table, through its facade). Check points are data per programme
 * ({@code outcome_sustainment_point}; the defaults are 4, 13, 26 and 52 weeks, each with a window of two
 * weeks either side). A check records still in work (same job, another job, promoted) or left, with the date
 * and a reason; someone who left can start again, and the earlier start and its checks stay on the record.
 * <p>
 * Publishes {@link org.anchorage.outcome.JobStarted} (evidence for "In work") and
 * {@link org.anchorage.outcome.JobLeft} (that evidence ends); implements participant's {@code DueWork}
 * (checks due and overdue). Depends on participant, placement (minimum wage), plan (role families),
 * access, audit, identity and programme; nothing depends on it yet.
 * Applications, outcome definitions and claims, and the API are for a later slice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.anchorage.outcome;
