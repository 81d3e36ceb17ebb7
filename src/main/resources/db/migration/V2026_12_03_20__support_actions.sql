-- Support actions (step 8): a barrier from the assessment turned into something someone will do by a date
-- (a travel pass, childcare, interview clothes, a referral to debt advice), then done or no longer needed.
CREATE TABLE support_action (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    barrier        TEXT NOT NULL CHECK (length(barrier) BETWEEN 1 AND 40),
    kind           TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    what           TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 300),
    owner          TEXT NOT NULL CHECK (owner IN ('participant', 'navigator', 'mentor', 'partner')),
    partner_name   TEXT CHECK (partner_name IS NULL OR length(partner_name) <= 200),
    due_on         DATE NOT NULL,
    notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not-needed')),
    outcome        TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 1000),
    created_by     UUID NOT NULL REFERENCES identity_user_account (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by      UUID REFERENCES identity_user_account (id),
    closed_on      DATE,
    version        INT NOT NULL DEFAULT 0,
    CHECK (owner <> 'partner' OR partner_name IS NOT NULL),
    CHECK ((status = 'open') = (closed_on IS NULL))
);
CREATE INDEX support_action_participant_idx ON support_action (participant_id, status, due_on);

COMMENT ON COLUMN support_action.id IS 'not personal: identifier of a support action';
COMMENT ON COLUMN support_action.participant_id IS 'personal: whose support action it is';
COMMENT ON COLUMN support_action.barrier IS 'personal: the barrier from the assessment it answers (a code of the plan''s barrier list)';
COMMENT ON COLUMN support_action.kind IS 'personal: the sort of help (travel pass, childcare, debt advice ...), from the list the service ships';
COMMENT ON COLUMN support_action.what IS 'personal: what will be done, in the navigator''s words';
COMMENT ON COLUMN support_action.owner IS 'not personal: who does it (the participant, navigator, mentor or a partner organisation)';
COMMENT ON COLUMN support_action.partner_name IS 'not personal: the partner organisation that does it, when a partner owns it';
COMMENT ON COLUMN support_action.due_on IS 'personal: when it should be done by';
COMMENT ON COLUMN support_action.notes IS 'special-category: staff notes, which may touch on health, debt or housing; never shown to the participant';
COMMENT ON COLUMN support_action.status IS 'personal: open, done or no longer needed';
COMMENT ON COLUMN support_action.outcome IS 'special-category: what happened, in staff words';
COMMENT ON COLUMN support_action.created_by IS 'personal: the member of staff who added it';
COMMENT ON COLUMN support_action.created_at IS 'not personal: when it was added';
COMMENT ON COLUMN support_action.closed_by IS 'personal: who marked it done or no longer needed';
COMMENT ON COLUMN support_action.closed_on IS 'personal: the day it was closed';
COMMENT ON COLUMN support_action.version IS 'not personal: optimistic-locking counter';
