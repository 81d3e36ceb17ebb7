-- A safeguarding concern about a participant, raised by anyone who meets them. Only the description is
-- required, so raising one is never blocked by missing data; the lead's acknowledgement, the flag the
-- navigator may see and the outcome live on the same row, changed under optimistic locking (version).
CREATE TABLE safeguarding_concern (
    id               UUID PRIMARY KEY,
    participant_id   UUID NOT NULL REFERENCES participant_participant (id),
    programme_id     UUID NOT NULL REFERENCES programme_programme (id),
    raised_by        UUID NOT NULL REFERENCES identity_user_account (id),
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    categories       TEXT[] NOT NULL DEFAULT '{}',
    description      TEXT NOT NULL CHECK (length(btrim(description)) > 0 AND length(description) <= 10000),
    immediate_risk   TEXT NOT NULL CHECK (immediate_risk IN ('yes', 'no', 'not-sure')),
    when_and_where   TEXT NOT NULL DEFAULT '' CHECK (length(when_and_where) <= 10000),
    action_taken     TEXT NOT NULL DEFAULT '' CHECK (length(action_taken) <= 10000),
    person_knows     TEXT CHECK (person_knows IN ('yes', 'no', 'not-sure')),
    acknowledge_by   DATE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledged_by  UUID REFERENCES identity_user_account (id),
    flag_allowed     BOOLEAN NOT NULL DEFAULT FALSE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        UUID REFERENCES identity_user_account (id),
    outcome          TEXT CHECK (outcome IN ('no-further-action', 'support-in-programme', 'referred-on', 'risk-managed', 'other')),
    outcome_notes    TEXT NOT NULL DEFAULT '' CHECK (length(outcome_notes) <= 4000),
    version          INT NOT NULL DEFAULT 0,
    CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX safeguarding_concern_open_idx ON safeguarding_concern (programme_id, raised_at) WHERE closed_at IS NULL;
CREATE INDEX safeguarding_concern_participant_idx ON safeguarding_concern (participant_id);
CREATE INDEX safeguarding_concern_raised_by_idx ON safeguarding_concern (raised_by, raised_at);

COMMENT ON COLUMN safeguarding_concern.id IS 'not personal: identifier of the concern (its reference is derived from it)';
COMMENT ON COLUMN safeguarding_concern.participant_id IS 'special-category: the person a safeguarding concern is about';
COMMENT ON COLUMN safeguarding_concern.programme_id IS 'not personal: the person''s programme, whose lead receives it';
COMMENT ON COLUMN safeguarding_concern.raised_by IS 'personal: the staff member who raised it';
COMMENT ON COLUMN safeguarding_concern.raised_at IS 'special-category: when it was raised';
COMMENT ON COLUMN safeguarding_concern.categories IS 'special-category: kinds of abuse or harm, from the list';
COMMENT ON COLUMN safeguarding_concern.description IS 'special-category: what was seen or heard, in the raiser''s words';
COMMENT ON COLUMN safeguarding_concern.immediate_risk IS 'special-category: whether there is immediate risk (yes, no, not sure)';
COMMENT ON COLUMN safeguarding_concern.when_and_where IS 'special-category: when and where it was seen or heard';
COMMENT ON COLUMN safeguarding_concern.action_taken IS 'special-category: what the raiser did already';
COMMENT ON COLUMN safeguarding_concern.person_knows IS 'special-category: whether the person knows the concern was raised';
COMMENT ON COLUMN safeguarding_concern.acknowledge_by IS 'special-category: 1 working day after raising';
COMMENT ON COLUMN safeguarding_concern.acknowledged_at IS 'special-category: when the lead or a deputy acknowledged it';
COMMENT ON COLUMN safeguarding_concern.acknowledged_by IS 'personal: who acknowledged it';
COMMENT ON COLUMN safeguarding_concern.flag_allowed IS 'special-category: the lead lets the navigator see a flag without detail';
COMMENT ON COLUMN safeguarding_concern.closed_at IS 'special-category: when it was closed';
COMMENT ON COLUMN safeguarding_concern.closed_by IS 'personal: who closed it';
COMMENT ON COLUMN safeguarding_concern.outcome IS 'special-category: the outcome, from the list';
COMMENT ON COLUMN safeguarding_concern.outcome_notes IS 'special-category: the lead''s notes on the outcome';
COMMENT ON COLUMN safeguarding_concern.version IS 'not personal: optimistic locking';
