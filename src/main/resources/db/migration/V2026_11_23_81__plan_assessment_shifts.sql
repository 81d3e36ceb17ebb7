-- When someone can work (weekday daytimes, school hours only, evenings, nights, weekends), so matching
-- can weigh a placement's shift pattern against caring times and other commitments.
ALTER TABLE plan_assessment ADD COLUMN shifts TEXT NOT NULL DEFAULT '';
COMMENT ON COLUMN plan_assessment.shifts IS 'personal: when the person can work (shift times)';
