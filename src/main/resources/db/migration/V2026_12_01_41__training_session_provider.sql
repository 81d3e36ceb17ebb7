-- The training provider running a session (the trainer's organisation), so a provider sees its own sessions.
ALTER TABLE training_session ADD COLUMN provider_organisation_id UUID REFERENCES organisation_organisation (id);
UPDATE training_session s SET provider_organisation_id = u.organisation_id
  FROM identity_user_account u WHERE u.id = s.trainer_id;
COMMENT ON COLUMN training_session.provider_organisation_id IS 'not personal: training provider (the trainer''s organisation)';
