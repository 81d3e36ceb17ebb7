-- Participants: people accepted onto a programme, their journey, contacts and appointments.
CREATE TABLE participant_participant (
    id                 UUID PRIMARY KEY,
    programme_id       UUID NOT NULL REFERENCES programme_programme (id),
    referral_id        UUID NOT NULL UNIQUE,
    given_name         TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name        TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    date_of_birth      DATE NOT NULL,
    postcode           TEXT NOT NULL,
    email              TEXT,
    phone              TEXT,
    contact_preference TEXT NOT NULL,
    navigator_id       UUID NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('referred', 'engaged', 'preparing', 'in-placement', 'in-work',
                                                       'sustained', 'withdrawn')),
    withdrawn_reason   TEXT CHECK (length(withdrawn_reason) <= 500),
    referred_on        DATE NOT NULL,
    first_contact_at   TIMESTAMP WITH TIME ZONE,
    enrolled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INT NOT NULL DEFAULT 0
);
CREATE INDEX participant_navigator_idx ON participant_participant (navigator_id, status);
CREATE INDEX participant_programme_idx ON participant_participant (programme_id, status);

CREATE TABLE participant_timeline (
    id             BIGSERIAL PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('enrolled', 'status', 'contact', 'note', 'appointment', 'allocated', 'referral')),
    detail         TEXT NOT NULL CHECK (length(detail) <= 4000)
);
CREATE INDEX participant_timeline_idx ON participant_timeline (participant_id, occurred_at DESC);

CREATE TABLE participant_appointment (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    place          TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    purpose        TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
    booked_by      TEXT NOT NULL,
    booked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX participant_appointment_idx ON participant_appointment (participant_id, starts_at);

-- Equality monitoring is special-category data: its own table, read only by those who need it.
CREATE TABLE participant_equality (
    participant_id        UUID PRIMARY KEY REFERENCES participant_participant (id),
    ethnic_category       TEXT CHECK (ethnic_category IN ('A','B','C','D','E','F','G','H','J','K','L','M','N','P','R','S','Z','99')),
    sex                   TEXT,
    gender_same_as_birth  TEXT,
    sexual_orientation    TEXT,
    disability            TEXT,
    religion              TEXT,
    marriage_civil_partnership TEXT,
    pregnancy_maternity   TEXT,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by           TEXT NOT NULL
);

-- England and Wales bank holidays, for counting working days in service levels (owned by shared).
CREATE TABLE shared_bank_holiday (
    day  DATE PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO shared_bank_holiday (day, name) VALUES
    ('2026-01-01', 'New Year''s Day'), ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'), ('2026-05-25', 'Spring bank holiday'), ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'), ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'), ('2027-03-26', 'Good Friday'), ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'), ('2027-05-31', 'Spring bank holiday'), ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'), ('2027-12-28', 'Boxing Day (substitute day)');

COMMENT ON COLUMN participant_participant.id IS 'not personal: participant id';
COMMENT ON COLUMN participant_participant.programme_id IS 'not personal: programme';
COMMENT ON COLUMN participant_participant.referral_id IS 'not personal: the referral accepted';
COMMENT ON COLUMN participant_participant.given_name IS 'personal: given name';
COMMENT ON COLUMN participant_participant.family_name IS 'personal: family name';
COMMENT ON COLUMN participant_participant.date_of_birth IS 'personal: date of birth';
COMMENT ON COLUMN participant_participant.postcode IS 'personal: home postcode';
COMMENT ON COLUMN participant_participant.email IS 'personal: email address';
COMMENT ON COLUMN participant_participant.phone IS 'personal: phone number';
COMMENT ON COLUMN participant_participant.contact_preference IS 'personal: how they want to be contacted';
COMMENT ON COLUMN participant_participant.navigator_id IS 'not personal: allocated navigator';
COMMENT ON COLUMN participant_participant.status IS 'personal: where they are in the programme';
COMMENT ON COLUMN participant_participant.withdrawn_reason IS 'personal: why they left';
COMMENT ON COLUMN participant_participant.referred_on IS 'personal: date referred';
COMMENT ON COLUMN participant_participant.first_contact_at IS 'personal: first contact by the navigator';
COMMENT ON COLUMN participant_participant.enrolled_at IS 'personal: when accepted';
COMMENT ON COLUMN participant_participant.version IS 'not personal: optimistic lock version';
COMMENT ON COLUMN participant_timeline.id IS 'not personal: entry id';
COMMENT ON COLUMN participant_timeline.participant_id IS 'not personal: participant';
COMMENT ON COLUMN participant_timeline.occurred_at IS 'personal: when';
COMMENT ON COLUMN participant_timeline.actor IS 'personal: who';
COMMENT ON COLUMN participant_timeline.kind IS 'not personal: kind of entry';
COMMENT ON COLUMN participant_timeline.detail IS 'personal: what happened, contact notes';
COMMENT ON COLUMN participant_appointment.id IS 'not personal: appointment id';
COMMENT ON COLUMN participant_appointment.participant_id IS 'not personal: participant';
COMMENT ON COLUMN participant_appointment.starts_at IS 'personal: when';
COMMENT ON COLUMN participant_appointment.place IS 'personal: where or online link';
COMMENT ON COLUMN participant_appointment.purpose IS 'personal: what it is for';
COMMENT ON COLUMN participant_appointment.booked_by IS 'personal: who booked it';
COMMENT ON COLUMN participant_appointment.booked_at IS 'not personal: when booked';
COMMENT ON COLUMN participant_equality.participant_id IS 'not personal: participant';
COMMENT ON COLUMN participant_equality.ethnic_category IS 'special-category: NHS Data Dictionary ethnic category (Z not stated, 99 not known)';
COMMENT ON COLUMN participant_equality.sex IS 'special-category: sex';
COMMENT ON COLUMN participant_equality.gender_same_as_birth IS 'special-category: gender identity same as sex at birth';
COMMENT ON COLUMN participant_equality.sexual_orientation IS 'special-category: sexual orientation';
COMMENT ON COLUMN participant_equality.disability IS 'special-category: disability';
COMMENT ON COLUMN participant_equality.religion IS 'special-category: religion or belief';
COMMENT ON COLUMN participant_equality.marriage_civil_partnership IS 'special-category: marriage or civil partnership';
COMMENT ON COLUMN participant_equality.pregnancy_maternity IS 'special-category: pregnancy or maternity';
COMMENT ON COLUMN participant_equality.recorded_at IS 'not personal: when recorded';
COMMENT ON COLUMN participant_equality.recorded_by IS 'personal: who recorded it';
COMMENT ON COLUMN shared_bank_holiday.day IS 'not personal: bank holiday date';
COMMENT ON COLUMN shared_bank_holiday.name IS 'not personal: bank holiday name';
