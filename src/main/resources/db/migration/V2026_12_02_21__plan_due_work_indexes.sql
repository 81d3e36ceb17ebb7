-- The worklist asks for the reviews and open steps of a whole caseload (or a manager's team) at once.
CREATE INDEX plan_goal_participant_idx ON plan_goal (participant_id);
CREATE INDEX plan_step_goal_open_idx ON plan_step (goal_id, due_on) WHERE done_on IS NULL;
