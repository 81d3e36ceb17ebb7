/**
 * Evidence for funders (step 10): who was reached, who got a job and who stayed, per programme and period.
 * <p>
 * The journey's domain events (a referral received and accepted, an assessment, a plan agreed, training, a
 * placement, a job start, a sustainment check, an outcome achieved) are recorded as they happen, in the same
 * transaction, as milestones in a persisted log ({@code reporting_milestone}, one row per person and milestone,
 * the first time) with daily counts kept beside it ({@code reporting_daily_count}), so a dashboard sums counts
 * rather than counting people. Each referral is counted under the groupings fixed when it arrived
 * ({@code reporting_person}: source, local authority, LSOA, IMD decile in the programme's edition, target place).
 * <p>
 * Funders see figures only for programmes they take part in, always through disclosure control, never a
 * person; programme managers see exact counts for their own programmes. Every export is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.anchorage.reporting;
