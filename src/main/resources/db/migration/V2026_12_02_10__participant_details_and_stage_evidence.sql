-- Step 7: the person's details, kept up to date after the referral, with every change on the timeline;
-- and the evidence behind each stage, so the stage moves by what happened, not by hand.
ALTER TABLE participant_participant
    ADD COLUMN preferred_name       TEXT CHECK (length(preferred_name) <= 100),
    ADD COLUMN pronouns             TEXT CHECK (length(pronouns) <= 50),
    ADD COLUMN address_line_1       TEXT CHECK (length(address_line_1) <= 200),
    ADD COLUMN address_line_2       TEXT CHECK (length(address_line_2) <= 200),
    ADD COLUMN town                 TEXT CHECK (length(town) <= 100),
    ADD COLUMN employment_status    TEXT CHECK (employment_status IN ('unemployed-seeking', 'economically-inactive',
                                                 'employed-part-time', 'employed-full-time', 'self-employed', 'in-education',
                                                 'not-known')),
    ADD COLUMN right_to_work        TEXT CHECK (right_to_work IN ('confirmed', 'to-check', 'time-limited', 'not-known')),
    ADD COLUMN right_to_work_until  DATE,
    ADD COLUMN large_print          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN easy_read            BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN interpreter_language TEXT CHECK (length(interpreter_language) <= 100),
    ADD COLUMN other_needs          TEXT CHECK (length(other_needs) <= 500),
    ADD COLUMN details_changed_at   TIMESTAMP WITH TIME ZONE;

COMMENT ON COLUMN participant_participant.preferred_name IS 'personal: the name the person likes to be called';
COMMENT ON COLUMN participant_participant.pronouns IS 'personal: pronouns the person gave';
COMMENT ON COLUMN participant_participant.address_line_1 IS 'personal: postal address, first line (needed for letters)';
COMMENT ON COLUMN participant_participant.address_line_2 IS 'personal: postal address, second line';
COMMENT ON COLUMN participant_participant.town IS 'personal: postal address, town or city';
COMMENT ON COLUMN participant_participant.employment_status IS 'personal: employment status, as the person describes it';
COMMENT ON COLUMN participant_participant.right_to_work IS 'personal: right to work in the UK, as checked (no document copies)';
COMMENT ON COLUMN participant_participant.right_to_work_until IS 'personal: when a time-limited right to work ends';
COMMENT ON COLUMN participant_participant.large_print IS 'personal: communication need, large print';
COMMENT ON COLUMN participant_participant.easy_read IS 'personal: communication need, easy read';
COMMENT ON COLUMN participant_participant.interpreter_language IS 'personal: language an interpreter is needed for';
COMMENT ON COLUMN participant_participant.other_needs IS 'personal: other communication needs in the person''s words';
COMMENT ON COLUMN participant_participant.details_changed_at IS 'not personal: when the details were last changed';

-- One row per stage the person has evidence for; a placement that ends early ends that stage's evidence.
CREATE TABLE participant_stage_evidence (
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    stage          TEXT NOT NULL CHECK (stage IN ('referred', 'engaged', 'preparing', 'in-placement', 'in-work', 'sustained')),
    evidence       TEXT NOT NULL CHECK (length(evidence) BETWEEN 1 AND 500),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    TEXT NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (participant_id, stage)
);
COMMENT ON COLUMN participant_stage_evidence.participant_id IS 'not personal: participant';
COMMENT ON COLUMN participant_stage_evidence.stage IS 'not personal: the stage the evidence is for';
COMMENT ON COLUMN participant_stage_evidence.evidence IS 'personal: what happened, e.g. the placement started';
COMMENT ON COLUMN participant_stage_evidence.recorded_at IS 'not personal: when it was recorded';
COMMENT ON COLUMN participant_stage_evidence.recorded_by IS 'personal: staff email of who made it happen';
COMMENT ON COLUMN participant_stage_evidence.ended_at IS 'not personal: when the evidence stopped holding (a placement ended early)';

-- Everyone already enrolled has the evidence of their acceptance; those with a first contact, of engagement.
INSERT INTO participant_stage_evidence (participant_id, stage, evidence, recorded_at, recorded_by)
SELECT id, 'referred', 'Referral accepted onto the programme', enrolled_at, 'migration' FROM participant_participant;
INSERT INTO participant_stage_evidence (participant_id, stage, evidence, recorded_at, recorded_by)
SELECT id, 'engaged', 'First contact recorded', first_contact_at, 'migration' FROM participant_participant
WHERE first_contact_at IS NOT NULL;

ALTER TABLE participant_timeline DROP CONSTRAINT participant_timeline_kind_check;
ALTER TABLE participant_timeline ADD CONSTRAINT participant_timeline_kind_check
    CHECK (kind IN ('enrolled', 'status', 'contact', 'note', 'appointment', 'allocated', 'referral', 'placement',
                    'plan', 'training', 'details', 'stage'));


-- The first-contact service level's due date (15 working days after referral), kept so the caseload
-- can sort and page overdue people first in SQL.
ALTER TABLE participant_participant ADD COLUMN first_contact_due DATE;
UPDATE participant_participant p SET first_contact_due = (
    SELECT d::date FROM generate_series(p.referred_on + 1, p.referred_on + 60, interval '1 day') d
    WHERE extract(isodow FROM d) < 6 AND d::date NOT IN (SELECT day FROM shared_bank_holiday)
    ORDER BY d OFFSET 14 LIMIT 1);
ALTER TABLE participant_participant ALTER COLUMN first_contact_due SET NOT NULL;
COMMENT ON COLUMN participant_participant.first_contact_due IS 'not personal: first contact due by (service level)';
CREATE INDEX participant_navigator_name_idx ON participant_participant (navigator_id, family_name, given_name);
CREATE INDEX participant_programme_name_idx ON participant_participant (programme_id, family_name, given_name);
