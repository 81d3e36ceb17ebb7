-- Personal plans: assessments (skills, barriers, interests, availability, adjustments), wellbeing
-- scores on validated scales, goals with ordered steps, and the review schedule.
CREATE TABLE plan_wellbeing_scale (
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    licence     TEXT NOT NULL CHECK (length(licence) <= 1000),
    min_score   INT NOT NULL,
    max_score   INT NOT NULL CHECK (max_score > min_score),
    items       JSONB NOT NULL
);

-- ONS personal wellbeing (ONS4): Crown copyright, free to use. Anxiety is better when lower.
INSERT INTO plan_wellbeing_scale (id, code, name, licence, min_score, max_score, items) VALUES
  (gen_random_uuid(), 'ONS4', 'ONS personal wellbeing',
   'Office for National Statistics personal well-being questions. Crown copyright, Open Government Licence v3.0.',
   0, 10, '[{"text":"Overall, how satisfied are you with your life nowadays?","lowerIsBetter":false},
            {"text":"Overall, to what extent do you feel that the things you do in your life are worthwhile?","lowerIsBetter":false},
            {"text":"Overall, how happy did you feel yesterday?","lowerIsBetter":false},
            {"text":"On a scale where 0 is not at all anxious and 10 is completely anxious, overall, how anxious did you feel yesterday?","lowerIsBetter":true}]');

CREATE TABLE plan_assessment (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    assessed_on    DATE NOT NULL,
    assessed_by    TEXT NOT NULL,
    skills         TEXT NOT NULL DEFAULT '' CHECK (length(skills) <= 4000),
    barriers       TEXT NOT NULL DEFAULT '',
    interests      TEXT NOT NULL DEFAULT '',
    hours_per_week INT CHECK (hours_per_week BETWEEN 0 AND 60),
    availability   TEXT NOT NULL DEFAULT '' CHECK (length(availability) <= 1000),
    adjustments    TEXT NOT NULL DEFAULT '' CHECK (length(adjustments) <= 2000),
    scale_id       UUID NOT NULL REFERENCES plan_wellbeing_scale (id),
    scores         JSONB NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX plan_assessment_participant_idx ON plan_assessment (participant_id, recorded_at);

CREATE TABLE plan_plan (
    participant_id UUID PRIMARY KEY REFERENCES participant_participant (id),
    next_review_on DATE,
    version        INT NOT NULL DEFAULT 0
);

CREATE TABLE plan_goal (
    id             UUID PRIMARY KEY,
    participant_id UUID NOT NULL REFERENCES participant_participant (id),
    title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    agreed         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plan_step (
    id          UUID PRIMARY KEY,
    goal_id     UUID NOT NULL REFERENCES plan_goal (id),
    position    INT NOT NULL,
    description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    owner       TEXT NOT NULL CHECK (owner IN ('participant', 'navigator', 'mentor', 'employer')),
    due_on      DATE NOT NULL,
    done_on     DATE
);

ALTER TABLE participant_participant ADD COLUMN user_id UUID UNIQUE;

COMMENT ON COLUMN participant_participant.user_id IS 'not personal: the participant''s own sign-in, if they have one';
COMMENT ON COLUMN plan_wellbeing_scale.id IS 'not personal: scale id';
COMMENT ON COLUMN plan_wellbeing_scale.code IS 'not personal: scale code';
COMMENT ON COLUMN plan_wellbeing_scale.name IS 'not personal: scale name';
COMMENT ON COLUMN plan_wellbeing_scale.licence IS 'not personal: licence and copyright line shown with the scale';
COMMENT ON COLUMN plan_wellbeing_scale.min_score IS 'not personal: lowest score per item';
COMMENT ON COLUMN plan_wellbeing_scale.max_score IS 'not personal: highest score per item';
COMMENT ON COLUMN plan_wellbeing_scale.items IS 'not personal: the questions';
COMMENT ON COLUMN plan_assessment.id IS 'not personal: assessment id';
COMMENT ON COLUMN plan_assessment.participant_id IS 'not personal: participant';
COMMENT ON COLUMN plan_assessment.assessed_on IS 'personal: date of assessment';
COMMENT ON COLUMN plan_assessment.assessed_by IS 'personal: who assessed';
COMMENT ON COLUMN plan_assessment.skills IS 'personal: skills and experience';
COMMENT ON COLUMN plan_assessment.barriers IS 'special-category: barriers including health and disability and criminal record disclosure';
COMMENT ON COLUMN plan_assessment.interests IS 'personal: role families of interest';
COMMENT ON COLUMN plan_assessment.hours_per_week IS 'personal: hours available';
COMMENT ON COLUMN plan_assessment.availability IS 'personal: when available, caring times';
COMMENT ON COLUMN plan_assessment.adjustments IS 'special-category: reasonable adjustments';
COMMENT ON COLUMN plan_assessment.scale_id IS 'not personal: wellbeing scale used';
COMMENT ON COLUMN plan_assessment.scores IS 'special-category: wellbeing scores';
COMMENT ON COLUMN plan_assessment.recorded_at IS 'not personal: when recorded, to order assessments made the same day';
COMMENT ON COLUMN plan_plan.participant_id IS 'not personal: participant';
COMMENT ON COLUMN plan_plan.next_review_on IS 'personal: next review date';
COMMENT ON COLUMN plan_plan.version IS 'not personal: optimistic lock version';
COMMENT ON COLUMN plan_goal.id IS 'not personal: goal id';
COMMENT ON COLUMN plan_goal.participant_id IS 'not personal: participant';
COMMENT ON COLUMN plan_goal.title IS 'personal: the goal';
COMMENT ON COLUMN plan_goal.agreed IS 'personal: agreed with the participant';
COMMENT ON COLUMN plan_goal.created_at IS 'not personal: when added';
COMMENT ON COLUMN plan_step.id IS 'not personal: step id';
COMMENT ON COLUMN plan_step.goal_id IS 'not personal: goal';
COMMENT ON COLUMN plan_step.position IS 'not personal: order within the goal';
COMMENT ON COLUMN plan_step.description IS 'personal: the step';
COMMENT ON COLUMN plan_step.owner IS 'not personal: who does it';
COMMENT ON COLUMN plan_step.due_on IS 'personal: due date';
COMMENT ON COLUMN plan_step.done_on IS 'personal: when done';
