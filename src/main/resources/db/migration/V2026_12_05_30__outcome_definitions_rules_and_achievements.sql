-- Step 9: outcome definitions as data (per programme, or the defaults with no programme, each in force
-- from a date), which jobs count, and the outcomes evidenced (and later claimed) for a job start.
CREATE TABLE outcome_definition (
    id              UUID PRIMARY KEY,
    programme_id    UUID REFERENCES programme_programme (id),
    code            TEXT NOT NULL CHECK (code ~ '^[a-z0-9-]{1,40}$'),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind            TEXT NOT NULL CHECK (kind IN ('earnings', 'hours-in-weeks', 'continuous')),
    hours_per_week  NUMERIC(4, 1) CHECK (hours_per_week IS NULL OR hours_per_week > 0),
    weeks           INT CHECK (weeks IS NULL OR weeks BETWEEN 1 AND 260),
    within_weeks    INT CHECK (within_weeks IS NULL OR within_weeks BETWEEN 1 AND 260),
    months          INT CHECK (months IS NULL OR months BETWEEN 1 AND 60),
    evidence_accepted TEXT[] NOT NULL CHECK (evidence_accepted <@ ARRAY['employer-confirmation', 'payslip-seen', 'participant-said']),
    sustainment     BOOLEAN NOT NULL DEFAULT false,
    effective_from  DATE NOT NULL,
    effective_to    DATE,
    CHECK (effective_to IS NULL OR effective_to > effective_from),
    CHECK (kind <> 'earnings' OR (hours_per_week IS NOT NULL AND weeks IS NOT NULL)),
    CHECK (kind <> 'hours-in-weeks' OR (hours_per_week IS NOT NULL AND weeks IS NOT NULL AND within_weeks IS NOT NULL AND within_weeks >= weeks)),
    CHECK (kind <> 'continuous' OR months IS NOT NULL),
    UNIQUE NULLS NOT DISTINCT (programme_id, code, effective_from)
);
COMMENT ON COLUMN outcome_definition.id IS 'not personal: identifier of an outcome definition';
COMMENT ON COLUMN outcome_definition.programme_id IS 'not personal: the programme whose definition it is, or none for the defaults';
COMMENT ON COLUMN outcome_definition.code IS 'not personal: short code of the outcome';
COMMENT ON COLUMN outcome_definition.name IS 'not personal: the outcome''s name in the programme''s words';
COMMENT ON COLUMN outcome_definition.kind IS 'not personal: earnings (hours x weeks at the National Living Wage), hours in weeks, or continuous months in work';
COMMENT ON COLUMN outcome_definition.hours_per_week IS 'not personal: hours a week the outcome counts (earnings: the hours in the target; hours in weeks: the least a week)';
COMMENT ON COLUMN outcome_definition.weeks IS 'not personal: weeks in the earnings target, or weeks that must meet the hours';
COMMENT ON COLUMN outcome_definition.within_weeks IS 'not personal: the weeks from the start those weeks must fall in';
COMMENT ON COLUMN outcome_definition.months IS 'not personal: months in work without a break from the start';
COMMENT ON COLUMN outcome_definition.evidence_accepted IS 'not personal: the kinds of evidence that count for this outcome';
COMMENT ON COLUMN outcome_definition.sustainment IS 'not personal: whether achieving it is the programme''s sustainment outcome (moves the person to Sustained in work)';
COMMENT ON COLUMN outcome_definition.effective_from IS 'not personal: first start date measured by this definition';
COMMENT ON COLUMN outcome_definition.effective_to IS 'not personal: the start date from which it no longer applies, or none';

INSERT INTO outcome_definition (id, programme_id, code, name, kind, hours_per_week, weeks, within_weeks, months, evidence_accepted,
                                sustainment, effective_from) VALUES
    ('6f0e0b10-0000-4000-8000-000000000001', NULL, 'dwp-earnings', 'Earnings outcome (16 hours a week for 26 weeks at the National Living Wage)',
     'earnings', 16, 26, NULL, NULL, ARRAY['employer-confirmation', 'payslip-seen'], false, DATE '2024-04-01'),
    ('6f0e0b10-0000-4000-8000-000000000002', NULL, 'ips-baseline', 'IPS baseline (7 hours a week in 13 of the first 16 weeks)',
     'hours-in-weeks', 7, 13, 16, NULL, ARRAY['employer-confirmation', 'payslip-seen'], false, DATE '2024-04-01'),
    ('6f0e0b10-0000-4000-8000-000000000003', NULL, 'sustained-3-months', 'Sustained 3 months',
     'continuous', NULL, NULL, NULL, 3, ARRAY['employer-confirmation', 'payslip-seen'], true, DATE '2024-04-01');

-- Which jobs count: the least contracted hours a week at the start, and the kinds of employer (none = any kind).
CREATE TABLE outcome_job_rule (
    id               UUID PRIMARY KEY,
    programme_id     UUID REFERENCES programme_programme (id),
    min_hours_per_week NUMERIC(4, 1) NOT NULL CHECK (min_hours_per_week >= 0),
    employer_sectors TEXT[] CHECK (employer_sectors IS NULL OR employer_sectors <@ ARRAY['nhs', 'social-care', 'other-health', 'other']),
    effective_from   DATE NOT NULL,
    effective_to     DATE,
    CHECK (effective_to IS NULL OR effective_to > effective_from),
    UNIQUE NULLS NOT DISTINCT (programme_id, effective_from)
);
COMMENT ON COLUMN outcome_job_rule.id IS 'not personal: identifier of a rule for which jobs count';
COMMENT ON COLUMN outcome_job_rule.programme_id IS 'not personal: the programme whose rule it is, or none for the default';
COMMENT ON COLUMN outcome_job_rule.min_hours_per_week IS 'not personal: the least contracted hours a week a job needs to count';
COMMENT ON COLUMN outcome_job_rule.employer_sectors IS 'not personal: the kinds of employer that count, or none for any kind';
COMMENT ON COLUMN outcome_job_rule.effective_from IS 'not personal: first start date the rule applies to';
COMMENT ON COLUMN outcome_job_rule.effective_to IS 'not personal: the start date from which it no longer applies, or none';
INSERT INTO outcome_job_rule (id, programme_id, min_hours_per_week, employer_sectors, effective_from) VALUES
    ('6f0e0c10-0000-4000-8000-000000000001', NULL, 16, NULL, DATE '2024-04-01');

-- An outcome evidenced for a job start (kept once evidenced), and the day a manager marked it claimed.
CREATE TABLE outcome_achievement (
    id             UUID PRIMARY KEY,
    job_start_id   UUID NOT NULL REFERENCES outcome_job_start (id),
    definition_id  UUID NOT NULL REFERENCES outcome_definition (id),
    achieved_on    DATE NOT NULL,
    evidence       TEXT NOT NULL CHECK (evidence IN ('employer-confirmation', 'payslip-seen', 'participant-said')),
    evidenced_by   TEXT NOT NULL CHECK (evidenced_by IN ('check', 'change')),
    recorded_by    UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_on     DATE,
    claimed_by     UUID REFERENCES identity_user_account (id),
    claimed_at     TIMESTAMP WITH TIME ZONE,
    CHECK ((claimed_on IS NULL) = (claimed_by IS NULL)),
    CHECK (claimed_on IS NULL OR claimed_on >= achieved_on),
    UNIQUE (job_start_id, definition_id)
);
CREATE INDEX outcome_achievement_definition_idx ON outcome_achievement (definition_id, achieved_on);
COMMENT ON COLUMN outcome_achievement.id IS 'not personal: identifier of an outcome achieved';
COMMENT ON COLUMN outcome_achievement.job_start_id IS 'personal: the job start that achieved it';
COMMENT ON COLUMN outcome_achievement.definition_id IS 'not personal: the outcome definition achieved';
COMMENT ON COLUMN outcome_achievement.achieved_on IS 'personal: the day the evidence showed the outcome achieved';
COMMENT ON COLUMN outcome_achievement.evidence IS 'personal: the kind of evidence (employer confirmation, payslip seen)';
COMMENT ON COLUMN outcome_achievement.evidenced_by IS 'personal: whether a sustainment check or a change in the job evidenced it';
COMMENT ON COLUMN outcome_achievement.recorded_by IS 'personal: the member of staff whose record evidenced it';
COMMENT ON COLUMN outcome_achievement.recorded_at IS 'not personal: when it was recorded';
COMMENT ON COLUMN outcome_achievement.claimed_on IS 'personal: the day a manager marked the outcome claimed from the funder';
COMMENT ON COLUMN outcome_achievement.claimed_by IS 'personal: the manager who marked it claimed';
COMMENT ON COLUMN outcome_achievement.claimed_at IS 'not personal: when the claim was marked';
