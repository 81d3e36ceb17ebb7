-- Every single eligibility check is recorded with its inputs and reasons, so a decision can be read
-- back and explained later. Bulk screenings record their progress; their rows live in files.
CREATE TABLE eligibility_check (
    id            UUID PRIMARY KEY,
    programme_id  UUID NOT NULL REFERENCES programme_programme (id),
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_by    TEXT NOT NULL,
    inputs        JSONB NOT NULL,
    eligible      BOOLEAN NOT NULL,
    reasons       JSONB NOT NULL,
    imd_edition   TEXT NOT NULL,
    imd_decile    INT,
    lsoa_code     TEXT,
    rules_version INT NOT NULL,
    data_release  TEXT NOT NULL
);
CREATE INDEX eligibility_check_programme_idx ON eligibility_check (programme_id, checked_at);

CREATE TABLE eligibility_screening (
    id              UUID PRIMARY KEY,
    programme_id    UUID NOT NULL REFERENCES programme_programme (id),
    created_by      UUID NOT NULL,
    organisation_id UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name       TEXT NOT NULL DEFAULT '' CHECK (length(file_name) <= 255),
    status          TEXT NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
    total_rows      INT NOT NULL DEFAULT 0,
    processed_rows  INT NOT NULL DEFAULT 0,
    eligible_rows   INT NOT NULL DEFAULT 0,
    rejected_rows   INT NOT NULL DEFAULT 0,
    rules_version   INT NOT NULL DEFAULT 0,
    imd_edition     TEXT NOT NULL,
    failure         TEXT,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX eligibility_screening_programme_idx ON eligibility_screening (programme_id, created_at);

COMMENT ON COLUMN eligibility_check.id IS 'not personal: check id';
COMMENT ON COLUMN eligibility_check.programme_id IS 'not personal: programme';
COMMENT ON COLUMN eligibility_check.checked_at IS 'not personal: when checked';
COMMENT ON COLUMN eligibility_check.checked_by IS 'personal: email of the user who checked';
COMMENT ON COLUMN eligibility_check.inputs IS 'personal: postcode, date of birth, employment status, right to work';
COMMENT ON COLUMN eligibility_check.eligible IS 'personal: the decision about a person';
COMMENT ON COLUMN eligibility_check.reasons IS 'personal: reasons for the decision';
COMMENT ON COLUMN eligibility_check.imd_edition IS 'not personal: deprivation edition used';
COMMENT ON COLUMN eligibility_check.imd_decile IS 'personal: decile of the home neighbourhood';
COMMENT ON COLUMN eligibility_check.lsoa_code IS 'personal: home neighbourhood';
COMMENT ON COLUMN eligibility_check.rules_version IS 'not personal: version of the programme rules used';
COMMENT ON COLUMN eligibility_check.data_release IS 'not personal: the area data release in force';
COMMENT ON COLUMN eligibility_screening.id IS 'not personal: screening id';
COMMENT ON COLUMN eligibility_screening.programme_id IS 'not personal: programme';
COMMENT ON COLUMN eligibility_screening.created_by IS 'personal: user who uploaded the file';
COMMENT ON COLUMN eligibility_screening.organisation_id IS 'not personal: organisation of the uploader';
COMMENT ON COLUMN eligibility_screening.created_at IS 'not personal: when uploaded';
COMMENT ON COLUMN eligibility_screening.file_name IS 'personal: name of the uploaded file, may name people';
COMMENT ON COLUMN eligibility_screening.status IS 'not personal: queued, running, completed or failed';
COMMENT ON COLUMN eligibility_screening.total_rows IS 'not personal: rows in the file';
COMMENT ON COLUMN eligibility_screening.processed_rows IS 'not personal: rows done so far';
COMMENT ON COLUMN eligibility_screening.eligible_rows IS 'not personal: rows found eligible';
COMMENT ON COLUMN eligibility_screening.rejected_rows IS 'not personal: rows that could not be screened';
COMMENT ON COLUMN eligibility_screening.rules_version IS 'not personal: version of the programme rules used';
COMMENT ON COLUMN eligibility_screening.imd_edition IS 'not personal: deprivation edition used';
COMMENT ON COLUMN eligibility_screening.failure IS 'not personal: why a screening failed as a whole';
COMMENT ON COLUMN eligibility_screening.finished_at IS 'not personal: when it finished';
