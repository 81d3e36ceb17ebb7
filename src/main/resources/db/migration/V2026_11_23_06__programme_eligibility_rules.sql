-- Each programme's eligibility rules, one row per version, so every change is kept with who made it.
-- The rules are a small document (edition, decile, places, ages, employment statuses, right to work).
CREATE TABLE programme_eligibility_rules (
    programme_id UUID NOT NULL REFERENCES programme_programme (id) ON DELETE CASCADE,
    version      INT NOT NULL CHECK (version >= 1),
    rules        JSONB NOT NULL,
    changed_by   TEXT NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (programme_id, version)
);

COMMENT ON COLUMN programme_eligibility_rules.programme_id IS 'not personal: programme';
COMMENT ON COLUMN programme_eligibility_rules.version IS 'not personal: 1 for the first rules, then one more per change';
COMMENT ON COLUMN programme_eligibility_rules.rules IS 'not personal: the criteria as JSON';
COMMENT ON COLUMN programme_eligibility_rules.changed_by IS 'personal: email of the person who set this version';
COMMENT ON COLUMN programme_eligibility_rules.changed_at IS 'not personal: when this version was set';
