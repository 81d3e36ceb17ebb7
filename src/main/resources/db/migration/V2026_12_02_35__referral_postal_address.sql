-- Step 7: where letters go. Asked with the referral, required when the person chose letters, and copied
-- onto the participant record on enrolment (hence the same limits as participant_participant's columns).
ALTER TABLE referral_referral
    ADD COLUMN address_line_1 TEXT CHECK (length(address_line_1) <= 200),
    ADD COLUMN address_line_2 TEXT CHECK (length(address_line_2) <= 200),
    ADD COLUMN town           TEXT CHECK (length(town) <= 100);

COMMENT ON COLUMN referral_referral.address_line_1 IS 'personal: postal address, first line (needed for letters)';
COMMENT ON COLUMN referral_referral.address_line_2 IS 'personal: postal address, second line';
COMMENT ON COLUMN referral_referral.town IS 'personal: postal address, town or city';
