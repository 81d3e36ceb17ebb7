-- Vacancies employers post through a programme, listed on the public "Live opportunities" pages and feeds
-- until their closing date (issue 15, step 11). Nothing here names a resident.
CREATE TABLE opportunities_vacancy (
    id              UUID PRIMARY KEY,
    programme_id    UUID NOT NULL REFERENCES programme_programme (id),
    employer_id     UUID NOT NULL REFERENCES organisation_organisation (id),
    title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    role_family     TEXT NOT NULL CHECK (length(role_family) BETWEEN 1 AND 60),
    afc_band        TEXT NOT NULL CHECK (afc_band IN ('2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9', 'not-afc')),
    pay_pence       BIGINT CHECK (pay_pence IS NULL OR pay_pence > 0),
    pay_per         TEXT CHECK (pay_per IN ('hour', 'year')),
    pay_note        TEXT NOT NULL DEFAULT '' CHECK (length(pay_note) <= 200),
    hours_per_week  NUMERIC(4, 1) NOT NULL CHECK (hours_per_week BETWEEN 1 AND 48),
    contract        TEXT NOT NULL CHECK (contract IN ('permanent', 'fixed-term', 'bank')),
    postcode        TEXT NOT NULL CHECK (length(postcode) BETWEEN 5 AND 8),
    locality        TEXT NOT NULL DEFAULT '' CHECK (length(locality) <= 100),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    closes_on       DATE NOT NULL,
    apply_url       TEXT CHECK (apply_url IS NULL OR (apply_url LIKE 'https://%' AND length(apply_url) <= 500)),
    description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    posted_by       UUID NOT NULL,
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at    TIMESTAMP WITH TIME ZONE,
    withdrawn_by    UUID,
    CHECK ((pay_pence IS NULL) = (pay_per IS NULL)),
    CHECK (pay_pence IS NOT NULL OR pay_note <> ''),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE INDEX opportunities_vacancy_live_idx ON opportunities_vacancy (closes_on) WHERE withdrawn_at IS NULL;
CREATE INDEX opportunities_vacancy_programme_idx ON opportunities_vacancy (programme_id, employer_id);

COMMENT ON COLUMN opportunities_vacancy.id IS 'not personal: vacancy id';
COMMENT ON COLUMN opportunities_vacancy.programme_id IS 'not personal: the programme it is shared through';
COMMENT ON COLUMN opportunities_vacancy.employer_id IS 'not personal: the employer organisation hiring';
COMMENT ON COLUMN opportunities_vacancy.title IS 'not personal: job title';
COMMENT ON COLUMN opportunities_vacancy.role_family IS 'not personal: NHS role family key';
COMMENT ON COLUMN opportunities_vacancy.afc_band IS 'not personal: Agenda for Change band, or not-afc';
COMMENT ON COLUMN opportunities_vacancy.pay_pence IS 'not personal: the pay figure in pence, when given';
COMMENT ON COLUMN opportunities_vacancy.pay_per IS 'not personal: whether the figure is an hour or a year';
COMMENT ON COLUMN opportunities_vacancy.pay_note IS 'not personal: the pay as the employer describes it';
COMMENT ON COLUMN opportunities_vacancy.hours_per_week IS 'not personal: hours a week';
COMMENT ON COLUMN opportunities_vacancy.contract IS 'not personal: permanent, fixed-term or bank';
COMMENT ON COLUMN opportunities_vacancy.postcode IS 'not personal: the workplace postcode';
COMMENT ON COLUMN opportunities_vacancy.locality IS 'not personal: the local authority of the workplace';
COMMENT ON COLUMN opportunities_vacancy.latitude IS 'not personal: workplace latitude from the postcode data';
COMMENT ON COLUMN opportunities_vacancy.longitude IS 'not personal: workplace longitude from the postcode data';
COMMENT ON COLUMN opportunities_vacancy.closes_on IS 'not personal: last day to apply';
COMMENT ON COLUMN opportunities_vacancy.apply_url IS 'not personal: https link to apply, or null to apply through the programme';
COMMENT ON COLUMN opportunities_vacancy.description IS 'not personal: short description of the job';
COMMENT ON COLUMN opportunities_vacancy.posted_by IS 'personal: the staff user who posted it';
COMMENT ON COLUMN opportunities_vacancy.posted_at IS 'not personal: when it was posted';
COMMENT ON COLUMN opportunities_vacancy.changed_at IS 'not personal: when it was last changed';
COMMENT ON COLUMN opportunities_vacancy.withdrawn_at IS 'not personal: when it was withdrawn, or null';
COMMENT ON COLUMN opportunities_vacancy.withdrawn_by IS 'personal: the staff user who withdrew it';
