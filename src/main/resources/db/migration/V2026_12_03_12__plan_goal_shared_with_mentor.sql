-- A goal the participant agreed to share with their mentor; the mentor sees only these goals.
ALTER TABLE plan_goal ADD COLUMN shared_with_mentor BOOLEAN NOT NULL DEFAULT FALSE;

COMMENT ON COLUMN plan_goal.shared_with_mentor IS 'not personal: whether the participant agreed their mentor may see this goal';
