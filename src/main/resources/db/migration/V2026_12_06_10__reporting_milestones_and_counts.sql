-- Reporting (step 10): who reached which step of the journey, and when, kept as the facts happen.
-- reporting_person: one row per referral, with the places it is counted under (fixed when it was received).
CREATE TABLE reporting_person (
    referral_id          UUID PRIMARY KEY,
    participant_id       UUID UNIQUE,
    programme_id         UUID NOT NULL REFERENCES programme_programme (id),
    referral_source      TEXT NOT NULL CHECK (referral_source IN ('self', 'partner')),
    local_authority_code TEXT NOT NULL DEFAULT '' CHECK (length(local_authority_code) <= 9),
    lsoa_code            TEXT NOT NULL DEFAULT '' CHECK (length(lsoa_code) <= 9),
    imd_decile           INT NOT NULL DEFAULT 0 CHECK (imd_decile BETWEEN 0 AND 10),
    target_place         TEXT NOT NULL DEFAULT '' CHECK (length(target_place) <= 100)
);
CREATE INDEX reporting_person_programme_idx ON reporting_person (programme_id);

-- The first time each person reached each milestone ("referred", "eligible", "accepted", ..., "in-work-13",
-- "outcome:sustained-3-months"): the persisted event log every figure can be recounted from.
CREATE TABLE reporting_milestone (
    referral_id  UUID NOT NULL REFERENCES reporting_person (referral_id),
    milestone    TEXT NOT NULL CHECK (length(milestone) BETWEEN 1 AND 80),
    occurred_on  DATE NOT NULL,
    PRIMARY KEY (referral_id, milestone)
);
CREATE INDEX reporting_milestone_on_idx ON reporting_milestone (milestone, occurred_on);

-- Counts by programme, day, milestone and the groupings a report offers, kept in the same transaction as the
-- milestone, so a dashboard sums a few rows instead of counting people.
CREATE TABLE reporting_daily_count (
    programme_id         UUID NOT NULL,
    day                  DATE NOT NULL,
    milestone            TEXT NOT NULL,
    referral_source      TEXT NOT NULL,
    local_authority_code TEXT NOT NULL,
    imd_decile           INT NOT NULL,
    target_place         TEXT NOT NULL,
    n                    INT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (programme_id, day, milestone, referral_source, local_authority_code, imd_decile, target_place)
);

COMMENT ON COLUMN reporting_person.referral_id IS 'not personal: referral id';
COMMENT ON COLUMN reporting_person.participant_id IS 'not personal: participant id, once accepted';
COMMENT ON COLUMN reporting_person.programme_id IS 'not personal: programme';
COMMENT ON COLUMN reporting_person.referral_source IS 'not personal: self or partner';
COMMENT ON COLUMN reporting_person.local_authority_code IS 'personal: local authority of the home (with the id, where someone lives)';
COMMENT ON COLUMN reporting_person.lsoa_code IS 'personal: neighbourhood (LSOA 2021) of the home';
COMMENT ON COLUMN reporting_person.imd_decile IS 'personal: deprivation decile of the home neighbourhood, 0 when not known';
COMMENT ON COLUMN reporting_person.target_place IS 'personal: the programme''s target place the home is in, or empty';
COMMENT ON COLUMN reporting_milestone.referral_id IS 'not personal: referral id';
COMMENT ON COLUMN reporting_milestone.milestone IS 'not personal: the step of the journey';
COMMENT ON COLUMN reporting_milestone.occurred_on IS 'personal: the day the person reached it';
COMMENT ON COLUMN reporting_daily_count.programme_id IS 'not personal: programme';
COMMENT ON COLUMN reporting_daily_count.day IS 'not personal: day';
COMMENT ON COLUMN reporting_daily_count.milestone IS 'not personal: the step of the journey';
COMMENT ON COLUMN reporting_daily_count.referral_source IS 'not personal: self or partner';
COMMENT ON COLUMN reporting_daily_count.local_authority_code IS 'not personal: local authority';
COMMENT ON COLUMN reporting_daily_count.imd_decile IS 'not personal: decile, 0 when not known';
COMMENT ON COLUMN reporting_daily_count.target_place IS 'not personal: target place, or empty';
COMMENT ON COLUMN reporting_daily_count.n IS 'not personal: how many (an exact count, suppressed before a funder sees it)';
