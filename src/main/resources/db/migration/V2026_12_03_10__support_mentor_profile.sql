-- What a mentor offers, so a navigator can be shown the free mentors who suit a person best: the role
-- family they work in, where they are based, and how many people they can mentor at once.
CREATE TABLE support_mentor_profile (
    mentor_id     UUID PRIMARY KEY REFERENCES identity_user_account (id),
    role_family   TEXT NOT NULL DEFAULT '' CHECK (length(role_family) <= 40),
    base_postcode TEXT NOT NULL DEFAULT '' CHECK (length(base_postcode) <= 10),
    capacity      INT NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 0 AND 10),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

COMMENT ON COLUMN support_mentor_profile.mentor_id IS 'personal: the mentor this profile describes';
COMMENT ON COLUMN support_mentor_profile.role_family IS 'personal: the role family the mentor works in (e.g. nursing support)';
COMMENT ON COLUMN support_mentor_profile.base_postcode IS 'personal: the postcode of the mentor''s usual workplace, for distance';
COMMENT ON COLUMN support_mentor_profile.capacity IS 'not personal: how many people the mentor can mentor at once';
COMMENT ON COLUMN support_mentor_profile.changed_at IS 'not personal: when the profile was last changed';
