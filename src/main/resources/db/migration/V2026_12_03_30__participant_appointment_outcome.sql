-- Whether the person came to an appointment, recorded by the navigator afterwards; two missed in a row
-- is an early warning (step 8).
ALTER TABLE participant_appointment
    ADD COLUMN outcome             TEXT CHECK (outcome IN ('attended', 'did-not-attend')),
    ADD COLUMN outcome_recorded_by TEXT,
    ADD COLUMN outcome_recorded_at TIMESTAMP WITH TIME ZONE;
COMMENT ON COLUMN participant_appointment.outcome IS 'personal: whether the person attended the appointment';
COMMENT ON COLUMN participant_appointment.outcome_recorded_by IS 'personal: who recorded the outcome';
COMMENT ON COLUMN participant_appointment.outcome_recorded_at IS 'not personal: when the outcome was recorded';
