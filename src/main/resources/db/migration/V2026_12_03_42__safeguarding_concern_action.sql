-- The lead's decisions (free text, dated) and the referrals made (local authority safeguarding team,
-- police, Prevent, other) on a concern, in the order recorded; never changed afterwards.
CREATE TABLE safeguarding_concern_action (
    id          UUID PRIMARY KEY,
    concern_id  UUID NOT NULL REFERENCES safeguarding_concern (id),
    kind        TEXT NOT NULL CHECK (kind IN ('decision', 'referral')),
    taken_on    DATE NOT NULL,
    referred_to TEXT CHECK (referred_to IN ('local-authority', 'police', 'prevent', 'other')),
    reference   TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
    contact     TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 300),
    text        TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 4000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by UUID NOT NULL REFERENCES identity_user_account (id),
    CHECK ((kind = 'referral') = (referred_to IS NOT NULL)),
    CHECK (kind = 'referral' OR length(btrim(text)) > 0)
);
CREATE INDEX safeguarding_concern_action_concern_idx ON safeguarding_concern_action (concern_id, recorded_at);

COMMENT ON COLUMN safeguarding_concern_action.id IS 'not personal: identifier of one decision or referral';
COMMENT ON COLUMN safeguarding_concern_action.concern_id IS 'not personal: the concern';
COMMENT ON COLUMN safeguarding_concern_action.kind IS 'special-category: a decision or a referral made';
COMMENT ON COLUMN safeguarding_concern_action.taken_on IS 'special-category: the day it was decided or referred';
COMMENT ON COLUMN safeguarding_concern_action.referred_to IS 'special-category: local authority safeguarding team, police, Prevent or other';
COMMENT ON COLUMN safeguarding_concern_action.reference IS 'special-category: the reference the agency gave';
COMMENT ON COLUMN safeguarding_concern_action.contact IS 'personal: to whom it was referred';
COMMENT ON COLUMN safeguarding_concern_action.text IS 'special-category: the decision or notes, in the lead''s words';
COMMENT ON COLUMN safeguarding_concern_action.recorded_at IS 'not personal: when it was recorded';
COMMENT ON COLUMN safeguarding_concern_action.recorded_by IS 'personal: the lead or deputy who recorded it';
