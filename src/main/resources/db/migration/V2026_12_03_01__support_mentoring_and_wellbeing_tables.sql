-- Wraparound support (step 8): mentors assigned to participants, the sessions they hold, and wellbeing
-- check-ins on the programme's validated scale. The early-warning rules read these tables too.
CREATE TABLE support_mentoring (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    mentor_id      UUID NOT NULL REFERENCES identity_user_account (id),
    starts_on      DATE NOT NULL,
    ends_on        DATE CHECK (ends_on IS NULL OR ends_on >= starts_on),
    assigned_by    UUID NOT NULL REFERENCES identity_user_account (id),
    assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_reason   TEXT NOT NULL DEFAULT '' CHECK (length(ended_reason) <= 500)
);
CREATE INDEX support_mentoring_participant_idx ON support_mentoring (participant_id, starts_on);
CREATE INDEX support_mentoring_mentor_idx ON support_mentoring (mentor_id, starts_on);

CREATE TABLE support_mentoring_session (
    id             UUID PRIMARY KEY,
    mentoring_id   UUID NOT NULL REFERENCES support_mentoring (id),
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    held_on        DATE NOT NULL,
    minutes        INT NOT NULL CHECK (minutes BETWEEN 0 AND 480),
    mode           TEXT NOT NULL CHECK (mode IN ('in-person', 'phone', 'video')),
    attended       BOOLEAN NOT NULL DEFAULT TRUE,
    topics         TEXT[] NOT NULL DEFAULT '{}',
    notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    shared_with_navigator BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_by    UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_mentoring_session_participant_idx ON support_mentoring_session (participant_id, held_on);

CREATE TABLE support_wellbeing_checkin (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    scale_id       UUID NOT NULL REFERENCES plan_wellbeing_scale (id),
    checked_on     DATE NOT NULL,
    scores         INT[] NOT NULL,
    recorded_by    UUID NOT NULL REFERENCES identity_user_account (id),
    recorded_as    TEXT NOT NULL CHECK (recorded_as IN ('navigator', 'mentor', 'participant', 'programme-manager')),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX support_wellbeing_checkin_participant_idx ON support_wellbeing_checkin (participant_id, checked_on);

COMMENT ON COLUMN support_mentoring.id IS 'not personal: identifier of one mentor''s assignment to one participant';
COMMENT ON COLUMN support_mentoring.participant_id IS 'personal: the participant being mentored';
COMMENT ON COLUMN support_mentoring.mentor_id IS 'personal: the mentor (a user of an organisation in the programme)';
COMMENT ON COLUMN support_mentoring.starts_on IS 'personal: when the mentoring starts';
COMMENT ON COLUMN support_mentoring.ends_on IS 'personal: when the mentoring ends, if set';
COMMENT ON COLUMN support_mentoring.assigned_by IS 'personal: the navigator or manager who assigned the mentor';
COMMENT ON COLUMN support_mentoring.assigned_at IS 'not personal: when the assignment was made';
COMMENT ON COLUMN support_mentoring.ended_reason IS 'personal: why the mentoring ended early, in the assigner''s words';
COMMENT ON COLUMN support_mentoring_session.id IS 'not personal: identifier of a mentoring session';
COMMENT ON COLUMN support_mentoring_session.mentoring_id IS 'not personal: the assignment the session belongs to';
COMMENT ON COLUMN support_mentoring_session.participant_id IS 'personal: the participant mentored';
COMMENT ON COLUMN support_mentoring_session.held_on IS 'personal: when the session was held (or missed)';
COMMENT ON COLUMN support_mentoring_session.minutes IS 'personal: how long it lasted';
COMMENT ON COLUMN support_mentoring_session.mode IS 'personal: in person, by phone or by video';
COMMENT ON COLUMN support_mentoring_session.attended IS 'personal: false when the participant did not come';
COMMENT ON COLUMN support_mentoring_session.topics IS 'personal: topics talked about, from the programme''s list';
COMMENT ON COLUMN support_mentoring_session.notes IS 'special-category: the mentor''s notes, which may touch on health or personal circumstances';
COMMENT ON COLUMN support_mentoring_session.shared_with_navigator IS 'not personal: whether the navigator may read the notes';
COMMENT ON COLUMN support_mentoring_session.recorded_by IS 'personal: who recorded the session';
COMMENT ON COLUMN support_mentoring_session.recorded_at IS 'not personal: when it was recorded';
COMMENT ON COLUMN support_wellbeing_checkin.id IS 'not personal: identifier of a wellbeing check-in';
COMMENT ON COLUMN support_wellbeing_checkin.participant_id IS 'personal: whose wellbeing';
COMMENT ON COLUMN support_wellbeing_checkin.scale_id IS 'not personal: the validated scale answered';
COMMENT ON COLUMN support_wellbeing_checkin.checked_on IS 'personal: the day of the check-in';
COMMENT ON COLUMN support_wellbeing_checkin.scores IS 'special-category: the answers, one per item of the scale (mental health)';
COMMENT ON COLUMN support_wellbeing_checkin.recorded_by IS 'personal: who recorded it';
COMMENT ON COLUMN support_wellbeing_checkin.recorded_as IS 'not personal: in which role it was recorded (the participant themselves, their mentor, navigator)';
COMMENT ON COLUMN support_wellbeing_checkin.recorded_at IS 'not personal: when it was recorded';
