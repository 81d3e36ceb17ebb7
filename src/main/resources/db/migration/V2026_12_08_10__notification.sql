-- Keeping people informed (step 12). Templates are data: for each kind of message (defined in code, with the fields
-- it fills in), a text per channel and format, local text or a GOV.UK Notify template id. The outbox holds every
-- message from the moment the change that causes it commits (same transaction) until it is delivered, failed or
-- found undeliverable; nothing is dropped, and a message with no way to send it is kept and shown as not sent.
CREATE TABLE notification_template (
    id                 UUID PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind ~ '^[a-z]+(-[a-z]+)*$'),
    channel            TEXT NOT NULL CHECK (channel IN ('email', 'text', 'letter')),
    format             TEXT NOT NULL CHECK (format IN ('standard', 'easy-read', 'large-print')),
    subject            TEXT CHECK (length(subject) <= 200),
    body               TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    notify_template_id UUID,
    edited_by          TEXT NOT NULL,
    edited_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (kind, channel, format)
);
COMMENT ON COLUMN notification_template.id IS 'not personal: identifier';
COMMENT ON COLUMN notification_template.kind IS 'not personal: which message this is the text of (MessageKind code)';
COMMENT ON COLUMN notification_template.channel IS 'not personal: email, text message or letter';
COMMENT ON COLUMN notification_template.format IS 'not personal: standard, easy read or large print';
COMMENT ON COLUMN notification_template.subject IS 'not personal: the email subject, with ((fields))';
COMMENT ON COLUMN notification_template.body IS 'not personal: the local text, with ((fields)) filled in when sent';
COMMENT ON COLUMN notification_template.notify_template_id IS 'not personal: the GOV.UK Notify template sent instead of the local text';
COMMENT ON COLUMN notification_template.edited_by IS 'personal: the staff user who last changed it';
COMMENT ON COLUMN notification_template.edited_at IS 'not personal: when it was last changed';

CREATE TABLE notification_message (
    id               UUID PRIMARY KEY,
    kind             TEXT NOT NULL,
    audience         TEXT NOT NULL CHECK (audience IN ('resident', 'referrer', 'staff', 'host')),
    recipient_key    TEXT NOT NULL,
    recipient_name   TEXT,
    channel          TEXT NOT NULL CHECK (channel IN ('email', 'text', 'letter', 'none')),
    format           TEXT NOT NULL CHECK (format IN ('standard', 'easy-read', 'large-print')),
    address          TEXT,
    postal_address   TEXT[],
    subject          TEXT,
    body             TEXT,
    personalisation  JSONB NOT NULL,
    notify_template_id UUID,
    participant_id   UUID,
    referral_id      UUID,
    programme_id     UUID,
    status           TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'undeliverable',
                                                     'not-sent', 'opted-out')),
    reason           TEXT,
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    send_by          TIMESTAMP WITH TIME ZONE,
    claimed_by       TEXT,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    provider         TEXT CHECK (provider IN ('notify', 'smtp')),
    provider_id      TEXT,
    once_key         TEXT UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    completed_at     TIMESTAMP WITH TIME ZONE,
    checked_at       TIMESTAMP WITH TIME ZONE
);
-- The sender's claim: what is due, oldest first; and each record's messages for its timeline.
CREATE INDEX notification_message_due_idx ON notification_message (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX notification_message_sent_idx ON notification_message (checked_at) WHERE status = 'sent' AND provider = 'notify';
CREATE INDEX notification_message_participant_idx ON notification_message (participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX notification_message_referral_idx ON notification_message (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX notification_message_problem_idx ON notification_message (created_at) WHERE status IN ('failed', 'undeliverable', 'not-sent');

COMMENT ON COLUMN notification_message.id IS 'not personal: identifier, also the idempotent reference given to GOV.UK Notify and the SMTP Message-ID';
COMMENT ON COLUMN notification_message.kind IS 'not personal: which message (MessageKind code)';
COMMENT ON COLUMN notification_message.audience IS 'not personal: resident, referrer, staff or host';
COMMENT ON COLUMN notification_message.recipient_key IS 'personal: whom it is to (participant:, referral:, user: or sign-up: and an id), for opt-outs';
COMMENT ON COLUMN notification_message.recipient_name IS 'personal: the name it is addressed to';
COMMENT ON COLUMN notification_message.channel IS 'not personal: email, text, letter, or none when nothing could reach the person';
COMMENT ON COLUMN notification_message.format IS 'not personal: standard, easy read or large print, from the person''s communication needs';
COMMENT ON COLUMN notification_message.address IS 'personal: the email address or mobile number it goes to';
COMMENT ON COLUMN notification_message.postal_address IS 'personal: the postal address lines of a letter';
COMMENT ON COLUMN notification_message.subject IS 'personal: the subject, filled in';
COMMENT ON COLUMN notification_message.body IS 'personal: the text, filled in (names, dates, places)';
COMMENT ON COLUMN notification_message.personalisation IS 'personal: the fields sent to GOV.UK Notify';
COMMENT ON COLUMN notification_message.notify_template_id IS 'not personal: the GOV.UK Notify template used';
COMMENT ON COLUMN notification_message.participant_id IS 'personal: the participant whose record it shows on';
COMMENT ON COLUMN notification_message.referral_id IS 'personal: the referral whose record it shows on';
COMMENT ON COLUMN notification_message.programme_id IS 'not personal: the programme it is about';
COMMENT ON COLUMN notification_message.status IS 'not personal: queued, sending, sent, delivered, failed, undeliverable, not-sent or opted-out';
COMMENT ON COLUMN notification_message.reason IS 'personal: why it failed or was not sent (can quote the address)';
COMMENT ON COLUMN notification_message.attempts IS 'not personal: sending attempts so far';
COMMENT ON COLUMN notification_message.next_attempt_at IS 'not personal: when the sender next tries it (backoff)';
COMMENT ON COLUMN notification_message.send_by IS 'not personal: after this a reminder is no use and is not sent';
COMMENT ON COLUMN notification_message.claimed_by IS 'not personal: the node sending it';
COMMENT ON COLUMN notification_message.claimed_until IS 'not personal: when that node''s claim lapses';
COMMENT ON COLUMN notification_message.provider IS 'not personal: GOV.UK Notify or SMTP';
COMMENT ON COLUMN notification_message.provider_id IS 'not personal: GOV.UK Notify''s notification id';
COMMENT ON COLUMN notification_message.once_key IS 'personal: what makes a scheduled message unique (kind, person, day), so it is queued once';
COMMENT ON COLUMN notification_message.created_at IS 'not personal: when the change that caused it committed';
COMMENT ON COLUMN notification_message.sent_at IS 'not personal: when it was handed over';
COMMENT ON COLUMN notification_message.completed_at IS 'not personal: when it was delivered, failed or found undeliverable';
COMMENT ON COLUMN notification_message.checked_at IS 'not personal: when GOV.UK Notify''s status was last asked';

-- People who asked not to get a kind of message ('all' for every message the service need not send).
CREATE TABLE notification_opt_out (
    recipient_key TEXT NOT NULL,
    kind          TEXT NOT NULL,
    chosen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (recipient_key, kind)
);
COMMENT ON COLUMN notification_opt_out.recipient_key IS 'personal: who opted out (participant:, referral: or user: and an id)';
COMMENT ON COLUMN notification_opt_out.kind IS 'not personal: the message kind, or all';
COMMENT ON COLUMN notification_opt_out.chosen_at IS 'not personal: when they chose it';
