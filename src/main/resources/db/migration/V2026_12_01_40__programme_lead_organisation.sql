-- The lead organisation of a programme: its programme managers (and administrators) decide which
-- other organisations take part. Programmes added before this have none: only an administrator changes them.
ALTER TABLE programme_programme ADD COLUMN lead_organisation_id UUID REFERENCES organisation_organisation (id);
COMMENT ON COLUMN programme_programme.lead_organisation_id IS 'not personal: organisation leading the programme';

