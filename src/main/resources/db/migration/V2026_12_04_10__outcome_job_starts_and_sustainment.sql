-- Step 9, first slice: a job start (who employs the person, the role, pay, hours, contract and evidence),
-- the programme's sustainment check points as data, and the checks recorded against a start.
CREATE TABLE outcome_job_start (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    employer       TEXT NOT NULL CHECK (length(employer) BETWEEN 1 AND 200),
    role_title     TEXT NOT NULL CHECK (length(role_title) BETWEEN 1 AND 200),
    role_family    TEXT NOT NULL CHECK (length(role_family) BETWEEN 1 AND 40),
    afc_band       TEXT CHECK (afc_band IS NULL OR length(afc_band) <= 20),
    hourly_pay_pence INT NOT NULL CHECK (hourly_pay_pence BETWEEN 1 AND 100000),
    hours_per_week NUMERIC(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 100),
    contract_type  TEXT NOT NULL CHECK (contract_type IN ('permanent', 'fixed-term', 'bank', 'apprenticeship')),
    starts_on      DATE NOT NULL,
    evidence       TEXT NOT NULL CHECK (evidence IN ('employer-confirmation', 'payslip-seen', 'participant-said')),
    recorded_by    UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    left_on        DATE,
    left_reason    TEXT CHECK (left_reason IS NULL OR length(left_reason) <= 40),
    CHECK ((left_on IS NULL) = (left_reason IS NULL)),
    CHECK (left_on IS NULL OR left_on >= starts_on)
);
CREATE INDEX outcome_job_start_participant_idx ON outcome_job_start (participant_id, starts_on);

COMMENT ON COLUMN outcome_job_start.id IS 'not personal: identifier of a job start';
COMMENT ON COLUMN outcome_job_start.participant_id IS 'personal: who started the job';
COMMENT ON COLUMN outcome_job_start.employer IS 'personal: who employs the person';
COMMENT ON COLUMN outcome_job_start.role_title IS 'personal: the job title';
COMMENT ON COLUMN outcome_job_start.role_family IS 'personal: the NHS role family of the job (a code of the plan''s list)';
COMMENT ON COLUMN outcome_job_start.afc_band IS 'personal: the Agenda for Change band, when the job has one';
COMMENT ON COLUMN outcome_job_start.hourly_pay_pence IS 'personal: the hourly pay, in pence';
COMMENT ON COLUMN outcome_job_start.hours_per_week IS 'personal: contracted hours a week';
COMMENT ON COLUMN outcome_job_start.contract_type IS 'personal: permanent, fixed-term, bank or apprenticeship';
COMMENT ON COLUMN outcome_job_start.starts_on IS 'personal: the first day of the job';
COMMENT ON COLUMN outcome_job_start.evidence IS 'personal: how the start is known (employer confirmation, payslip seen, the participant''s word)';
COMMENT ON COLUMN outcome_job_start.recorded_by IS 'personal: the member of staff who recorded it';
COMMENT ON COLUMN outcome_job_start.recorded_at IS 'not personal: when it was recorded';
COMMENT ON COLUMN outcome_job_start.left_on IS 'personal: the day the person left the job, once a check records it';
COMMENT ON COLUMN outcome_job_start.left_reason IS 'personal: why they left (a code of the list the service ships)';

-- Check points as data: a programme's own rows, or the defaults (programme_id NULL) when it has none.
CREATE TABLE outcome_sustainment_point (
    id           UUID PRIMARY KEY,
    programme_id UUID REFERENCES programme_programme (id),
    weeks        INT NOT NULL CHECK (weeks BETWEEN 1 AND 260),
    window_weeks INT NOT NULL DEFAULT 2 CHECK (window_weeks BETWEEN 0 AND 12),
    UNIQUE NULLS NOT DISTINCT (programme_id, weeks)
);
COMMENT ON COLUMN outcome_sustainment_point.id IS 'not personal: identifier of a check point';
COMMENT ON COLUMN outcome_sustainment_point.programme_id IS 'not personal: the programme whose check point it is, or none for the default';
COMMENT ON COLUMN outcome_sustainment_point.weeks IS 'not personal: weeks after the job start the check falls due';
COMMENT ON COLUMN outcome_sustainment_point.window_weeks IS 'not personal: weeks either side of the point the check may be done in';
INSERT INTO outcome_sustainment_point (id, programme_id, weeks, window_weeks) VALUES
    ('6f0e0a10-0000-4000-8000-000000000004', NULL, 4, 2),
    ('6f0e0a10-0000-4000-8000-000000000013', NULL, 13, 2),
    ('6f0e0a10-0000-4000-8000-000000000026', NULL, 26, 2),
    ('6f0e0a10-0000-4000-8000-000000000052', NULL, 52, 2);

CREATE TABLE outcome_sustainment_check (
    id            UUID PRIMARY KEY,
    job_start_id  UUID NOT NULL REFERENCES outcome_job_start (id),
    weeks         INT NOT NULL,
    checked_on    DATE NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('same-job', 'another-job', 'promoted', 'left')),
    hours_per_week NUMERIC(4, 1) CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 100)),
    evidence      TEXT NOT NULL CHECK (evidence IN ('employer-confirmation', 'payslip-seen', 'participant-said')),
    support_given TEXT NOT NULL DEFAULT '' CHECK (length(support_given) <= 1000),
    recorded_by   UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (job_start_id, weeks)
);
COMMENT ON COLUMN outcome_sustainment_check.id IS 'not personal: identifier of a sustainment check';
COMMENT ON COLUMN outcome_sustainment_check.job_start_id IS 'personal: the job start it checks';
COMMENT ON COLUMN outcome_sustainment_check.weeks IS 'not personal: the check point it answers, in weeks after the start';
COMMENT ON COLUMN outcome_sustainment_check.checked_on IS 'personal: the day the check was made';
COMMENT ON COLUMN outcome_sustainment_check.status IS 'personal: still in the same job, another job, promoted, or left';
COMMENT ON COLUMN outcome_sustainment_check.hours_per_week IS 'personal: hours a week worked at the check';
COMMENT ON COLUMN outcome_sustainment_check.evidence IS 'personal: how it is known (employer confirmation, payslip seen, the participant''s word)';
COMMENT ON COLUMN outcome_sustainment_check.support_given IS 'special-category: in-work support given, in staff words, which may touch on health';
COMMENT ON COLUMN outcome_sustainment_check.recorded_by IS 'personal: the member of staff who recorded it';
COMMENT ON COLUMN outcome_sustainment_check.recorded_at IS 'not personal: when it was recorded';
