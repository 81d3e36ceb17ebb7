/**
 * Job search (step 9): a participant's job applications and the interview preparation for them.
 * <p>
 * {@link org.anchorage.jobsearch.Applications} owns applications (employer, role title, NHS role family, band,
 * the NHS Jobs or other reference, date applied) moving forward from applied through shortlisted, interview
 * (with its date, and time when known), offer and pre-employment checks, or ending unsuccessful or withdrawn
 * with a reason from a list; every change is kept as history with who recorded it and the day it happened.
 * "Started" is reached only by recording the job start through outcome's {@code JobStarts}, in the same
 * transaction. Interview preparation (mock interview, interview skills session, application help, other) is
 * logged against an application. A placement's host may offer the person a job after the placement, which puts
 * an application at "offer" on the record for the navigator.
 * <p>
 * Tables {@code jobsearch_application}, {@code jobsearch_application_status}, {@code jobsearch_preparation}.
 * Publishes {@link org.anchorage.jobsearch.ApplicationMoved} (a timeline line only, never stage evidence),
 * {@link org.anchorage.jobsearch.InterviewArranged} and {@link org.anchorage.jobsearch.JobOffered} (for the messages
 * to the person); implements participant's {@code DueWork} (interviews). Depends on participant, outcome (job starts),
 * placement (the host's offer and minimum wage), plan (role families), access, audit and identity;
 * nothing depends on it but notification (its events).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Job search")
package org.anchorage.jobsearch;
