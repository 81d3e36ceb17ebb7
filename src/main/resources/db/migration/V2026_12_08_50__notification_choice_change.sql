-- Each change to a participant's message choices, for their timeline: who changed them (the person or their navigator)
-- and what they became. The choices themselves stay in notification_opt_out.
CREATE TABLE notification_choice_change (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     TEXT NOT NULL CHECK (length(changed_by) <= 254),
    summary        TEXT NOT NULL CHECK (length(summary) <= 2000)
);
CREATE INDEX notification_choice_change_participant_idx ON notification_choice_change (participant_id, changed_at);

COMMENT ON COLUMN notification_choice_change.id IS 'not personal: identifier';
COMMENT ON COLUMN notification_choice_change.participant_id IS 'personal: the participant whose choices changed';
COMMENT ON COLUMN notification_choice_change.changed_at IS 'not personal: when';
COMMENT ON COLUMN notification_choice_change.changed_by IS 'personal: email of who changed them (the participant or staff)';
COMMENT ON COLUMN notification_choice_change.summary IS 'not personal: the messages turned off, by name, e.g. "all messages" or "not Mentor session"';
