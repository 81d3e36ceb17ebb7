-- A job start is recorded once: the same person, employer, role and start day twice would earn its
-- outcomes, and a funder's payment, twice. The service refuses it by name; this holds under a race.
CREATE UNIQUE INDEX outcome_job_start_once
    ON outcome_job_start (participant_id, starts_on, lower(employer), lower(role_title));
