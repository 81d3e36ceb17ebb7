-- Early-warning flags: raised when a rule holds for a person, cleared (and kept as history) when it no longer
-- does; who acknowledged one and what they did. At most one open flag per person and rule.
CREATE TABLE support_warning_flag (
    id               UUID PRIMARY KEY,
    participant_id   UUID NOT NULL REFERENCES participant_participant (id),
    rule_code        TEXT NOT NULL,
    since            DATE NOT NULL,
    why              TEXT NOT NULL CHECK (length(why) BETWEEN 1 AND 500),
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_at       TIMESTAMP WITH TIME ZONE,
    acknowledged_by  TEXT,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    action_taken     TEXT CHECK (length(action_taken) <= 2000),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
CREATE UNIQUE INDEX support_warning_flag_open_idx ON support_warning_flag (participant_id, rule_code) WHERE cleared_at IS NULL;
CREATE INDEX support_warning_flag_participant_idx ON support_warning_flag (participant_id, raised_at DESC);

COMMENT ON COLUMN support_warning_flag.id IS 'not personal: identifier of a flag';
COMMENT ON COLUMN support_warning_flag.participant_id IS 'personal: whose record the flag is on';
COMMENT ON COLUMN support_warning_flag.rule_code IS 'not personal: which rule raised it';
COMMENT ON COLUMN support_warning_flag.since IS 'personal: since when the condition holds';
COMMENT ON COLUMN support_warning_flag.why IS 'special-category: why, in plain words (may name a low wellbeing score)';
COMMENT ON COLUMN support_warning_flag.raised_at IS 'not personal: when the flag was raised';
COMMENT ON COLUMN support_warning_flag.cleared_at IS 'not personal: when the condition stopped holding';
COMMENT ON COLUMN support_warning_flag.acknowledged_by IS 'personal: who acknowledged it (a staff email)';
COMMENT ON COLUMN support_warning_flag.acknowledged_at IS 'not personal: when it was acknowledged';
COMMENT ON COLUMN support_warning_flag.action_taken IS 'personal: what was done, in the acknowledger''s words';
