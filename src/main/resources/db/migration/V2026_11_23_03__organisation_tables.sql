CREATE TABLE organisation_organisation (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    type       TEXT NOT NULL CHECK (type IN ('nhs-trust', 'council', 'employer', 'referral-partner',
                                            'training-provider', 'funder', 'charity', 'school', 'other')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX organisation_name_unique ON organisation_organisation (lower(name));

COMMENT ON COLUMN organisation_organisation.id IS 'not personal: organisation id';
COMMENT ON COLUMN organisation_organisation.name IS 'not personal: organisation name';
COMMENT ON COLUMN organisation_organisation.type IS 'not personal: kind of organisation';
COMMENT ON COLUMN organisation_organisation.created_at IS 'not personal: when added';
