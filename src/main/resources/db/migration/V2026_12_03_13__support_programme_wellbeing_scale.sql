-- The wellbeing scale a programme's check-ins use; a programme with no row uses ONS4.
CREATE TABLE support_programme_wellbeing_scale (
    programme_id UUID PRIMARY KEY REFERENCES programme_programme (id),
    scale_id     UUID NOT NULL REFERENCES plan_wellbeing_scale (id),
    chosen_by    UUID NOT NULL REFERENCES identity_user_account (id),
    chosen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

COMMENT ON COLUMN support_programme_wellbeing_scale.programme_id IS 'not personal: the programme';
COMMENT ON COLUMN support_programme_wellbeing_scale.scale_id IS 'not personal: the scale its check-ins use';
COMMENT ON COLUMN support_programme_wellbeing_scale.chosen_by IS 'personal: the manager who chose it';
COMMENT ON COLUMN support_programme_wellbeing_scale.chosen_at IS 'not personal: when it was chosen';
