-- A sign-up to an outreach event holds the name and contact details of someone without an account. 90 days after the
-- event ended, those of the people who were not referred are erased: the row stays (booked, waiting or removed, and
-- whether they came), so the counts of the events list and the reach report do not change; erased_at says when.
-- A referred sign-up keeps everything, as the referral it links to is the person's record from then on.
ALTER TABLE outreach_event_sign_up ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_event_sign_up ALTER COLUMN given_name DROP NOT NULL, ALTER COLUMN family_name DROP NOT NULL;
-- The check that every sign-up has an email or a phone number (unnamed at first, so PostgreSQL named it) holds until erased.
ALTER TABLE outreach_event_sign_up DROP CONSTRAINT outreach_event_sign_up_check;
ALTER TABLE outreach_event_sign_up ADD CONSTRAINT outreach_event_sign_up_named_check
    CHECK (erased_at IS NOT NULL OR (given_name IS NOT NULL AND family_name IS NOT NULL AND (email IS NOT NULL OR phone IS NOT NULL)));
ALTER TABLE outreach_event_sign_up ADD CONSTRAINT outreach_event_sign_up_erased_check
    CHECK (erased_at IS NULL OR (given_name IS NULL AND family_name IS NULL AND email IS NULL AND phone IS NULL AND postcode IS NULL
        AND attendance_by IS NULL AND referral_id IS NULL));

COMMENT ON COLUMN outreach_event_sign_up.erased_at IS 'not personal: when the name and contact details were erased, 90 days after the event (the person was not referred)';
