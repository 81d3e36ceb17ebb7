-- Outreach the programme's staff did in the community (a stall, a door-knock, a school session), where and with
-- whom, so reach by place can be set beside who was referred (step 11).
CREATE TABLE outreach_activity (
    id               UUID PRIMARY KEY,
    programme_id     UUID NOT NULL REFERENCES programme_programme (id),
    held_on          DATE NOT NULL,
    place            TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    target_place     TEXT NOT NULL DEFAULT '' CHECK (length(target_place) <= 100),
    partner          TEXT NOT NULL DEFAULT '' CHECK (length(partner) <= 200),
    people_spoken_to INT NOT NULL CHECK (people_spoken_to BETWEEN 0 AND 10000),
    note             TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_by      UUID NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outreach_activity_programme_idx ON outreach_activity (programme_id, held_on DESC);

COMMENT ON COLUMN outreach_activity.id IS 'not personal: outreach activity id';
COMMENT ON COLUMN outreach_activity.programme_id IS 'not personal: programme';
COMMENT ON COLUMN outreach_activity.held_on IS 'not personal: the day it was done';
COMMENT ON COLUMN outreach_activity.place IS 'not personal: where, e.g. Tilbury library';
COMMENT ON COLUMN outreach_activity.target_place IS 'not personal: the programme''s target place it was in, or empty';
COMMENT ON COLUMN outreach_activity.partner IS 'not personal: the partner organisation it was done with, or empty';
COMMENT ON COLUMN outreach_activity.people_spoken_to IS 'not personal: how many people staff spoke to';
COMMENT ON COLUMN outreach_activity.note IS 'not personal: what happened, without naming residents';
COMMENT ON COLUMN outreach_activity.recorded_by IS 'personal: the staff user who recorded it';
COMMENT ON COLUMN outreach_activity.recorded_at IS 'not personal: when it was recorded';
