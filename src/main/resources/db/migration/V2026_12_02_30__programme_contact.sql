-- How residents reach a programme's team, shown when they refer themselves. A team's shared
-- address and phone, never a person's.
ALTER TABLE programme_programme
    ADD COLUMN contact_email TEXT NOT NULL DEFAULT '' CHECK (length(contact_email) <= 254),
    ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 30),
    ADD COLUMN contact_hours TEXT NOT NULL DEFAULT '' CHECK (length(contact_hours) <= 200);
COMMENT ON COLUMN programme_programme.contact_email IS 'not personal: the programme team''s shared email address for residents';
COMMENT ON COLUMN programme_programme.contact_phone IS 'not personal: the programme team''s phone number for residents';
COMMENT ON COLUMN programme_programme.contact_hours IS 'not personal: when the programme team answers';
