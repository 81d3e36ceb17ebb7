-- Each programme's designated safeguarding lead and deputies: a designation on a user, not a role.
-- Rows are never deleted: ending a designation sets ended_at, so the history of who held it is kept.
CREATE TABLE safeguarding_designation (
    id            UUID PRIMARY KEY,
    programme_id  UUID NOT NULL REFERENCES programme_programme (id),
    user_id       UUID NOT NULL REFERENCES identity_user_account (id),
    kind          TEXT NOT NULL CHECK (kind IN ('lead', 'deputy')),
    designated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    designated_by UUID NOT NULL REFERENCES identity_user_account (id),
    ended_at      TIMESTAMP WITH TIME ZONE,
    ended_by      UUID REFERENCES identity_user_account (id),
    CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
-- One lead at a time, and a user holds at most one current designation per programme.
CREATE UNIQUE INDEX safeguarding_designation_one_lead_idx ON safeguarding_designation (programme_id)
    WHERE kind = 'lead' AND ended_at IS NULL;
CREATE UNIQUE INDEX safeguarding_designation_current_idx ON safeguarding_designation (programme_id, user_id)
    WHERE ended_at IS NULL;
CREATE INDEX safeguarding_designation_user_idx ON safeguarding_designation (user_id) WHERE ended_at IS NULL;

COMMENT ON COLUMN safeguarding_designation.id IS 'not personal: identifier of one designation';
COMMENT ON COLUMN safeguarding_designation.programme_id IS 'not personal: the programme';
COMMENT ON COLUMN safeguarding_designation.user_id IS 'personal: the staff member designated';
COMMENT ON COLUMN safeguarding_designation.kind IS 'not personal: lead or deputy';
COMMENT ON COLUMN safeguarding_designation.designated_at IS 'not personal: when the designation began';
COMMENT ON COLUMN safeguarding_designation.designated_by IS 'personal: the manager who made it';
COMMENT ON COLUMN safeguarding_designation.ended_at IS 'not personal: when it ended, if it has';
COMMENT ON COLUMN safeguarding_designation.ended_by IS 'personal: the manager who ended it';
