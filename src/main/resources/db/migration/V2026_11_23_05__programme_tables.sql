CREATE TABLE programme_programme (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status      TEXT NOT NULL CHECK (status IN ('planned', 'open', 'closed')),
    starts_on   DATE,
    ends_on     DATE,
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX programme_name_unique ON programme_programme (lower(name));

CREATE TABLE programme_organisation (
    programme_id    UUID NOT NULL REFERENCES programme_programme (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation_organisation (id),
    PRIMARY KEY (programme_id, organisation_id)
);

COMMENT ON COLUMN programme_programme.id IS 'not personal: programme id';
COMMENT ON COLUMN programme_programme.name IS 'not personal: programme name';
COMMENT ON COLUMN programme_programme.status IS 'not personal: planned, open or closed';
COMMENT ON COLUMN programme_programme.starts_on IS 'not personal: start date';
COMMENT ON COLUMN programme_programme.ends_on IS 'not personal: end date';
COMMENT ON COLUMN programme_programme.description IS 'not personal: what the programme is for';
COMMENT ON COLUMN programme_programme.created_at IS 'not personal: when added';
COMMENT ON COLUMN programme_organisation.programme_id IS 'not personal: programme';
COMMENT ON COLUMN programme_organisation.organisation_id IS 'not personal: organisation taking part';
