-- Step 9: progression after a start (each row the pay, hours and band from a date on), and the kind of
-- employer, so a programme's rule for which jobs count (e.g. a health or care employer) can be data.
CREATE TABLE outcome_job_change (
    id               UUID PRIMARY KEY,
    job_start_id     UUID NOT NULL REFERENCES outcome_job_start (id),
    changes_on       DATE NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('pay-rise', 'more-hours', 'fewer-hours', 'promotion', 'new-role', 'other')),
    hourly_pay_pence INT NOT NULL CHECK (hourly_pay_pence BETWEEN 1 AND 100000),
    hours_per_week   NUMERIC(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 100),
    afc_band         TEXT CHECK (afc_band IS NULL OR length(afc_band) <= 20),
    note             TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    evidence         TEXT NOT NULL CHECK (evidence IN ('employer-confirmation', 'payslip-seen', 'participant-said')),
    recorded_by      UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (job_start_id, changes_on)
);
CREATE INDEX outcome_job_change_start_idx ON outcome_job_change (job_start_id, changes_on);
COMMENT ON COLUMN outcome_job_change.id IS 'not personal: identifier of a change in a job';
COMMENT ON COLUMN outcome_job_change.job_start_id IS 'personal: the job start that changed';
COMMENT ON COLUMN outcome_job_change.changes_on IS 'personal: the day the new pay, hours or band took effect';
COMMENT ON COLUMN outcome_job_change.kind IS 'personal: pay rise, more hours, fewer hours, promotion, new role or other';
COMMENT ON COLUMN outcome_job_change.hourly_pay_pence IS 'personal: the hourly pay from that day, in pence';
COMMENT ON COLUMN outcome_job_change.hours_per_week IS 'personal: contracted hours a week from that day';
COMMENT ON COLUMN outcome_job_change.afc_band IS 'personal: the Agenda for Change band from that day, when the job has one';
COMMENT ON COLUMN outcome_job_change.note IS 'personal: what changed, in staff words';
COMMENT ON COLUMN outcome_job_change.evidence IS 'personal: how the change is known (employer confirmation, payslip seen, the participant''s word)';
COMMENT ON COLUMN outcome_job_change.recorded_by IS 'personal: the member of staff who recorded it';
COMMENT ON COLUMN outcome_job_change.recorded_at IS 'not personal: when it was recorded';

ALTER TABLE outcome_job_start ADD COLUMN employer_sector TEXT
    CHECK (employer_sector IS NULL OR employer_sector IN ('nhs', 'social-care', 'other-health', 'other'));
COMMENT ON COLUMN outcome_job_start.employer_sector IS 'personal: the kind of employer (NHS, social care, other health, other); empty for starts recorded before it was asked';
