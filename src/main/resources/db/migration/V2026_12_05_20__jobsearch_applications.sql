-- Step 9, job search: a participant's job applications, each status change kept as history, and the
-- interview preparation logged against an application. "Started" is reached only by a job start
-- (outcome's table), which the application then names.
CREATE TABLE jobsearch_application (
    id                UUID PRIMARY KEY,
    participant_id    UUID NOT NULL REFERENCES participant_participant (id),
    employer          TEXT NOT NULL CHECK (length(employer) BETWEEN 1 AND 200),
    role_title        TEXT NOT NULL CHECK (length(role_title) BETWEEN 1 AND 200),
    role_family       TEXT NOT NULL CHECK (length(role_family) BETWEEN 1 AND 40),
    afc_band          TEXT CHECK (afc_band IS NULL OR length(afc_band) <= 20),
    reference         TEXT CHECK (reference IS NULL OR length(reference) <= 100),
    applied_on        DATE NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('applied', 'shortlisted', 'interview', 'offer', 'pre-employment-checks',
                                                      'started', 'unsuccessful', 'withdrawn')),
    interview_on      DATE,
    interview_time    TIME,
    end_reason        TEXT CHECK (end_reason IS NULL OR length(end_reason) <= 40),
    hours_per_week    NUMERIC(4, 1) CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 48)),
    hourly_pay_pence  INT CHECK (hourly_pay_pence IS NULL OR hourly_pay_pence BETWEEN 1 AND 100000),
    proposed_start_on DATE,
    placement_candidate_id UUID UNIQUE REFERENCES placement_candidate (id),
    job_start_id      UUID UNIQUE REFERENCES outcome_job_start (id),
    created_by        UUID NOT NULL REFERENCES identity_user_account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((status = 'started') = (job_start_id IS NOT NULL)),
    CHECK ((status IN ('unsuccessful', 'withdrawn')) = (end_reason IS NOT NULL))
);
CREATE INDEX jobsearch_application_participant_idx ON jobsearch_application (participant_id, applied_on);
-- The worklist asks for interviews coming up across a caseload.
CREATE INDEX jobsearch_application_interview_idx ON jobsearch_application (interview_on) WHERE status = 'interview';

COMMENT ON COLUMN jobsearch_application.id IS 'not personal: identifier of a job application';
COMMENT ON COLUMN jobsearch_application.participant_id IS 'personal: who applied';
COMMENT ON COLUMN jobsearch_application.employer IS 'personal: the employer applied to';
COMMENT ON COLUMN jobsearch_application.role_title IS 'personal: the job applied for';
COMMENT ON COLUMN jobsearch_application.role_family IS 'personal: the NHS role family of the job (a code of the plan''s list)';
COMMENT ON COLUMN jobsearch_application.afc_band IS 'personal: the Agenda for Change band, when the job has one';
COMMENT ON COLUMN jobsearch_application.reference IS 'personal: the NHS Jobs or other reference of the application';
COMMENT ON COLUMN jobsearch_application.applied_on IS 'personal: the day the person applied';
COMMENT ON COLUMN jobsearch_application.status IS 'personal: where the application is now';
COMMENT ON COLUMN jobsearch_application.interview_on IS 'personal: the day of the interview, while at interview';
COMMENT ON COLUMN jobsearch_application.interview_time IS 'personal: the time of the interview, when known';
COMMENT ON COLUMN jobsearch_application.end_reason IS 'personal: why it ended unsuccessful or withdrawn (a code of the list the service ships)';
COMMENT ON COLUMN jobsearch_application.hours_per_week IS 'personal: hours a week offered, when a host offered the job';
COMMENT ON COLUMN jobsearch_application.hourly_pay_pence IS 'personal: hourly pay offered, in pence, when a host offered the job';
COMMENT ON COLUMN jobsearch_application.proposed_start_on IS 'personal: the start the host proposed, if any';
COMMENT ON COLUMN jobsearch_application.placement_candidate_id IS 'personal: the placement the host offered the job after';
COMMENT ON COLUMN jobsearch_application.job_start_id IS 'personal: the job start that started it';
COMMENT ON COLUMN jobsearch_application.created_by IS 'personal: who added it (staff, or the host user)';
COMMENT ON COLUMN jobsearch_application.created_at IS 'not personal: when it was added';

CREATE TABLE jobsearch_application_status (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES jobsearch_application (id),
    status         TEXT NOT NULL CHECK (status IN ('applied', 'shortlisted', 'interview', 'offer', 'pre-employment-checks',
                                                   'started', 'unsuccessful', 'withdrawn')),
    happened_on    DATE NOT NULL,
    interview_on   DATE,
    interview_time TIME,
    reason         TEXT CHECK (reason IS NULL OR length(reason) <= 40),
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_by    UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX jobsearch_application_status_idx ON jobsearch_application_status (application_id, recorded_at);
COMMENT ON COLUMN jobsearch_application_status.id IS 'not personal: identifier of a status change';
COMMENT ON COLUMN jobsearch_application_status.application_id IS 'personal: the application that moved';
COMMENT ON COLUMN jobsearch_application_status.status IS 'personal: the status it moved to';
COMMENT ON COLUMN jobsearch_application_status.happened_on IS 'personal: the day it happened';
COMMENT ON COLUMN jobsearch_application_status.interview_on IS 'personal: the interview day, for a move to interview';
COMMENT ON COLUMN jobsearch_application_status.interview_time IS 'personal: the interview time, when known';
COMMENT ON COLUMN jobsearch_application_status.reason IS 'personal: why it ended (a code of the list the service ships)';
COMMENT ON COLUMN jobsearch_application_status.note IS 'personal: a note on the change, in staff or host words';
COMMENT ON COLUMN jobsearch_application_status.recorded_by IS 'personal: who recorded it';
COMMENT ON COLUMN jobsearch_application_status.recorded_at IS 'not personal: when it was recorded';

CREATE TABLE jobsearch_preparation (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES jobsearch_application (id),
    kind           TEXT NOT NULL CHECK (kind IN ('mock-interview', 'interview-skills', 'application-help', 'other')),
    held_on        DATE NOT NULL,
    led_by         TEXT NOT NULL CHECK (length(led_by) BETWEEN 1 AND 200),
    feedback       TEXT NOT NULL DEFAULT '' CHECK (length(feedback) <= 2000),
    recorded_by    UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX jobsearch_preparation_application_idx ON jobsearch_preparation (application_id, held_on);
COMMENT ON COLUMN jobsearch_preparation.id IS 'not personal: identifier of a preparation session';
COMMENT ON COLUMN jobsearch_preparation.application_id IS 'personal: the application it prepared for';
COMMENT ON COLUMN jobsearch_preparation.kind IS 'personal: mock interview, interview skills session, application help or other';
COMMENT ON COLUMN jobsearch_preparation.held_on IS 'personal: the day it was held';
COMMENT ON COLUMN jobsearch_preparation.led_by IS 'personal: who led it';
COMMENT ON COLUMN jobsearch_preparation.feedback IS 'personal: feedback given to the person, in staff words';
COMMENT ON COLUMN jobsearch_preparation.recorded_by IS 'personal: who recorded it';
COMMENT ON COLUMN jobsearch_preparation.recorded_at IS 'not personal: when it was recorded';
