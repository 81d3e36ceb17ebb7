-- NHS-ready training: the catalogue (framework subjects with refresher periods, as data a programme
-- manager can change), sessions with capacity, bookings with a waiting list, and certificates.
CREATE TABLE training_course (
    id               UUID PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    framework        TEXT NOT NULL CHECK (framework IN ('cstf', 'care-certificate', 'employability')),
    refresher_months INT CHECK (refresher_months BETWEEN 1 AND 120)
);

CREATE TABLE training_session (
    id           UUID PRIMARY KEY,
    course_id    UUID NOT NULL REFERENCES training_course (id),
    programme_id UUID NOT NULL REFERENCES programme_programme (id),
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    venue        TEXT NOT NULL CHECK (length(venue) BETWEEN 1 AND 300),
    capacity     INT NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    trainer_id   UUID NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_session_starts_idx ON training_session (starts_at);

CREATE TABLE training_booking (
    id             UUID PRIMARY KEY,
    session_id     UUID NOT NULL REFERENCES training_session (id),
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    status         TEXT NOT NULL CHECK (status IN ('booked', 'waiting', 'cancelled')),
    booked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by      TEXT NOT NULL,
    attended       BOOLEAN,
    completed      BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (session_id, participant_id)
);

CREATE TABLE training_certificate (
    id             UUID PRIMARY KEY,
    booking_id     UUID NOT NULL UNIQUE REFERENCES training_booking (id),
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    course_id      UUID NOT NULL REFERENCES training_course (id),
    issued_on      DATE NOT NULL,
    expires_on     DATE
);

INSERT INTO training_course (id, code, title, framework, refresher_months) VALUES
  (gen_random_uuid(), 'CSTF-EDHR', 'Equality, diversity and human rights', 'cstf', 36),
  (gen_random_uuid(), 'CSTF-HSW', 'Health, safety and welfare', 'cstf', 36),
  (gen_random_uuid(), 'CSTF-CR', 'NHS conflict resolution', 'cstf', 36),
  (gen_random_uuid(), 'CSTF-FS', 'Fire safety', 'cstf', 12),
  (gen_random_uuid(), 'CSTF-IPC', 'Infection prevention and control', 'cstf', 12),
  (gen_random_uuid(), 'CSTF-MH', 'Moving and handling', 'cstf', 24),
  (gen_random_uuid(), 'CSTF-SA', 'Safeguarding adults', 'cstf', 36),
  (gen_random_uuid(), 'CSTF-PR', 'Preventing radicalisation', 'cstf', 36),
  (gen_random_uuid(), 'CSTF-SC', 'Safeguarding children', 'cstf', 36),
  (gen_random_uuid(), 'CSTF-RES', 'Resuscitation', 'cstf', 12),
  (gen_random_uuid(), 'CSTF-IG', 'Information governance and data security', 'cstf', 12),
  (gen_random_uuid(), 'CC-01', 'Understand your role', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-02', 'Your personal development', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-03', 'Duty of care', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-04', 'Equality, diversity, inclusion and human rights', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-05', 'Work in a person-centred way', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-06', 'Communication', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-07', 'Privacy and dignity', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-08', 'Fluids and nutrition', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-09', 'Awareness of mental health and dementia', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-10', 'Safeguarding adults', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-11', 'Safeguarding children', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-12', 'Basic life support', 'care-certificate', 12),
  (gen_random_uuid(), 'CC-13', 'Health and safety', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-14', 'Handling information', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-15', 'Infection prevention and control', 'care-certificate', NULL),
  (gen_random_uuid(), 'CC-16', 'Awareness of learning disability and autism', 'care-certificate', NULL),
  (gen_random_uuid(), 'EMP-CV', 'Writing your CV', 'employability', NULL),
  (gen_random_uuid(), 'EMP-APP', 'NHS job applications', 'employability', NULL),
  (gen_random_uuid(), 'EMP-VBI', 'NHS values-based interviews', 'employability', NULL),
  (gen_random_uuid(), 'EMP-DIG', 'Digital skills for work', 'employability', NULL);

COMMENT ON COLUMN training_course.id IS 'not personal: course id';
COMMENT ON COLUMN training_course.code IS 'not personal: course code';
COMMENT ON COLUMN training_course.title IS 'not personal: course title';
COMMENT ON COLUMN training_course.framework IS 'not personal: CSTF, Care Certificate or employability';
COMMENT ON COLUMN training_course.refresher_months IS 'not personal: months until a refresher is due (editable)';
COMMENT ON COLUMN training_session.id IS 'not personal: session id';
COMMENT ON COLUMN training_session.course_id IS 'not personal: course';
COMMENT ON COLUMN training_session.programme_id IS 'not personal: programme';
COMMENT ON COLUMN training_session.starts_at IS 'not personal: when it starts';
COMMENT ON COLUMN training_session.venue IS 'not personal: venue or online link';
COMMENT ON COLUMN training_session.capacity IS 'not personal: places';
COMMENT ON COLUMN training_session.trainer_id IS 'not personal: trainer';
COMMENT ON COLUMN training_session.created_at IS 'not personal: when created';
COMMENT ON COLUMN training_booking.id IS 'not personal: booking id';
COMMENT ON COLUMN training_booking.session_id IS 'not personal: session';
COMMENT ON COLUMN training_booking.participant_id IS 'personal: who is booked';
COMMENT ON COLUMN training_booking.status IS 'personal: booked, waiting or cancelled';
COMMENT ON COLUMN training_booking.booked_at IS 'not personal: when booked';
COMMENT ON COLUMN training_booking.booked_by IS 'personal: who booked';
COMMENT ON COLUMN training_booking.attended IS 'personal: attendance';
COMMENT ON COLUMN training_booking.completed IS 'personal: completed the course';
COMMENT ON COLUMN training_certificate.id IS 'not personal: certificate id';
COMMENT ON COLUMN training_certificate.booking_id IS 'not personal: booking';
COMMENT ON COLUMN training_certificate.participant_id IS 'personal: holder';
COMMENT ON COLUMN training_certificate.course_id IS 'not personal: course';
COMMENT ON COLUMN training_certificate.issued_on IS 'personal: when issued';
COMMENT ON COLUMN training_certificate.expires_on IS 'personal: when a refresher is due';
