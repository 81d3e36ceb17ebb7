/**
 * Evidence for funders (step 10): who was reached, who got a job and who stayed, per programme and period.
 * <p>
 * The journey's domain events (a referral received and accepted, an assessment, a plan agreed, training, a
 * placement, a job start, a sustainment check, an outcome achieved) are recorded as they happen, in the same
 * transaction, as milestones in a persisted log ({@code reporting_milestone}, one row per person and milestone,
 * the first time) with counts kept beside it by grouping, by day and by month ({@code reporting_count_day},
 * {@code reporting_count_month}; ADR 0016), so a dashboard sums a few counts rather than counting people. Each referral is counted under the groupings fixed when it arrived
 * ({@code reporting_person}: source, local authority, LSOA, IMD decile in the programme's edition, target place).
 * Referrals from before reporting began are placed once at start-up from their records ({@code internal.ReportingBackfill}).
 * <p>
 * {@link org.anchorage.reporting.Reports} builds five reports from them (the journey, who was reached against the
 * Census 2021 population shipped in {@code resources/reporting}, equality of access, progress, targets and costs),
 * as exact {@link org.anchorage.reporting.Figures} that {@link org.anchorage.reporting.Disclosure} turns into what a
 * reader may see. {@link org.anchorage.reporting.ProgrammeTargets} keeps each programme's targets and budget lines.
 * Equality counts come from participant's facade (counted there, so no answer leaves it); progress (certificates,
 * placement attendance, wellbeing scores) is read as aggregates straight from those modules' tables by
 * {@code internal.ProgressRecords}, the module's one read of others' tables, and returns counts only.
 * <p>
 * Funders see figures only for programmes they take part in, always through disclosure control, over whole
 * months, never a person; programme managers see exact counts for their own programmes on the pages and can open
 * the people behind a step; exports and the API are always suppressed. Every view and export is audited. Listens
 * to referral, plan, training, placement and outcome events; depends on outreach (what was done in each target place), programme, participant, eligibility
 * (the data release), support (the barrier fund's totals, the wellbeing scale), access, audit and identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.anchorage.reporting;
