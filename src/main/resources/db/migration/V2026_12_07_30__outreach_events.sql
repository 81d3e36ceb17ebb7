-- Outreach events a programme publishes (a job fair, an open day, a community drop-in, a school session), the
-- residents who sign up without an account (booked or on the waiting list), who came, and which of them staff
-- referred (step 11).
CREATE TABLE outreach_event (
    id           UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES programme_programme (id),
    kind         TEXT NOT NULL CHECK (kind IN ('job-fair', 'open-day', 'drop-in', 'school-session')),
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    description  TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    place_name   TEXT NOT NULL CHECK (length(place_name) BETWEEN 1 AND 200),
    address      TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
    postcode     TEXT NOT NULL CHECK (length(postcode) BETWEEN 5 AND 8),
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity     INT NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
    access_info  TEXT NOT NULL DEFAULT '' CHECK (length(access_info) <= 1000),
    target_place TEXT NOT NULL DEFAULT '' CHECK (length(target_place) <= 100),
    partner      TEXT NOT NULL DEFAULT '' CHECK (length(partner) <= 200),
    cancelled_at TIMESTAMP WITH TIME ZONE,
    published_by UUID NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX outreach_event_programme_idx ON outreach_event (programme_id, starts_at);
CREATE INDEX outreach_event_upcoming_idx ON outreach_event (ends_at) WHERE cancelled_at IS NULL;

CREATE TABLE outreach_event_sign_up (
    id             UUID PRIMARY KEY,
    event_id       UUID NOT NULL REFERENCES outreach_event (id),
    given_name     TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name    TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    email          TEXT CHECK (length(email) <= 254),
    phone          TEXT CHECK (length(phone) <= 20),
    postcode       TEXT CHECK (length(postcode) <= 8),
    place          TEXT NOT NULL CHECK (place IN ('booked', 'waiting', 'removed')),
    attended       BOOLEAN,
    attendance_by  UUID,
    referral_id    UUID REFERENCES referral_referral (id),
    submission_key TEXT,
    signed_up_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CHECK (referral_id IS NULL OR attended)
);
CREATE INDEX outreach_event_sign_up_event_idx ON outreach_event_sign_up (event_id, place, signed_up_at);
CREATE UNIQUE INDEX outreach_event_sign_up_referral_idx ON outreach_event_sign_up (referral_id);
-- A form's one-time key holds for its own event: a key copied to another event cannot stand for a sign-up there.
CREATE UNIQUE INDEX outreach_event_sign_up_key_idx ON outreach_event_sign_up (event_id, submission_key);

COMMENT ON COLUMN outreach_event.id IS 'not personal: event id';
COMMENT ON COLUMN outreach_event.programme_id IS 'not personal: programme that runs it';
COMMENT ON COLUMN outreach_event.kind IS 'not personal: job fair, open day, community drop-in or school session';
COMMENT ON COLUMN outreach_event.title IS 'not personal: the event''s name';
COMMENT ON COLUMN outreach_event.description IS 'not personal: what happens there';
COMMENT ON COLUMN outreach_event.place_name IS 'not personal: the venue, e.g. Tilbury library';
COMMENT ON COLUMN outreach_event.address IS 'not personal: the venue''s address';
COMMENT ON COLUMN outreach_event.postcode IS 'not personal: the venue''s postcode';
COMMENT ON COLUMN outreach_event.starts_at IS 'not personal: when it starts';
COMMENT ON COLUMN outreach_event.ends_at IS 'not personal: when it ends';
COMMENT ON COLUMN outreach_event.capacity IS 'not personal: places that can be booked';
COMMENT ON COLUMN outreach_event.access_info IS 'not personal: step-free access, hearing loop, parking, quiet room';
COMMENT ON COLUMN outreach_event.target_place IS 'not personal: the programme''s target place it is in, or empty';
COMMENT ON COLUMN outreach_event.partner IS 'not personal: the partner it is run with, or empty';
COMMENT ON COLUMN outreach_event.cancelled_at IS 'not personal: when it was called off, if it was';
COMMENT ON COLUMN outreach_event.published_by IS 'personal: the staff user who published it';
COMMENT ON COLUMN outreach_event.published_at IS 'not personal: when it was published';
COMMENT ON COLUMN outreach_event_sign_up.id IS 'not personal: sign-up id';
COMMENT ON COLUMN outreach_event_sign_up.event_id IS 'not personal: the event';
COMMENT ON COLUMN outreach_event_sign_up.given_name IS 'personal: given name';
COMMENT ON COLUMN outreach_event_sign_up.family_name IS 'personal: family name';
COMMENT ON COLUMN outreach_event_sign_up.email IS 'personal: email address';
COMMENT ON COLUMN outreach_event_sign_up.phone IS 'personal: phone number';
COMMENT ON COLUMN outreach_event_sign_up.postcode IS 'personal: home postcode, if given';
COMMENT ON COLUMN outreach_event_sign_up.place IS 'not personal: booked, on the waiting list, or removed (the person cannot come)';
COMMENT ON COLUMN outreach_event_sign_up.attended IS 'personal: whether the person came (null until taken)';
COMMENT ON COLUMN outreach_event_sign_up.attendance_by IS 'personal: the staff user who took attendance';
COMMENT ON COLUMN outreach_event_sign_up.referral_id IS 'personal: the referral made for the person at or after the event';
COMMENT ON COLUMN outreach_event_sign_up.submission_key IS 'not personal: one-time key of the sign-up form, so a form sent twice signs up once';
COMMENT ON COLUMN outreach_event_sign_up.signed_up_at IS 'personal: when the person signed up';
