-- Certificates an employer can check: each carries an unguessable verification code (80 random bits,
-- written in Crockford base32), stored without its dashes. Certificates issued before this step get
-- 20 hexadecimal digits from the database's strong random source (hex digits are Crockford symbols too).
ALTER TABLE training_certificate ADD COLUMN verification_code TEXT;
UPDATE training_certificate SET verification_code =
    upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12) || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8));
ALTER TABLE training_certificate ALTER COLUMN verification_code SET NOT NULL;
ALTER TABLE training_certificate ADD CONSTRAINT training_certificate_code_unique UNIQUE (verification_code);

-- A cancelled booking keeps who cancelled it and when; the place goes to the first on the waiting list.
ALTER TABLE training_booking ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_booking ADD COLUMN cancelled_by TEXT;
CREATE INDEX training_booking_participant_idx ON training_booking (participant_id);
CREATE INDEX training_certificate_participant_idx ON training_certificate (participant_id, expires_on);

COMMENT ON COLUMN training_certificate.verification_code IS 'not personal: random code an employer types to check the certificate';
COMMENT ON COLUMN training_booking.cancelled_at IS 'personal: when the booking was cancelled';
COMMENT ON COLUMN training_booking.cancelled_by IS 'personal: who cancelled the booking';
