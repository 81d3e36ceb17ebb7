-- A programme's targets (how many people it means to bring to a step over its life) and its budget lines,
-- as data its managers keep, for "outcomes against targets" and the cost per participant and per outcome.
CREATE TABLE reporting_target (
    programme_id UUID NOT NULL REFERENCES programme_programme (id),
    milestone    TEXT NOT NULL CHECK (length(milestone) BETWEEN 1 AND 80),
    target       INT NOT NULL CHECK (target BETWEEN 0 AND 10000000),
    set_by       TEXT NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (programme_id, milestone)
);

CREATE TABLE reporting_budget_line (
    id           UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES programme_programme (id),
    position     INT NOT NULL CHECK (position BETWEEN 1 AND 20),
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    amount_pence BIGINT NOT NULL CHECK (amount_pence BETWEEN 0 AND 100000000000),
    set_by       TEXT NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (programme_id, position)
);

COMMENT ON COLUMN reporting_target.programme_id IS 'not personal: programme';
COMMENT ON COLUMN reporting_target.milestone IS 'not personal: the step of the journey the target is for';
COMMENT ON COLUMN reporting_target.target IS 'not personal: how many people the programme means to bring to it';
COMMENT ON COLUMN reporting_target.set_by IS 'personal: email of the manager who set it';
COMMENT ON COLUMN reporting_target.set_at IS 'not personal: when it was set';
COMMENT ON COLUMN reporting_budget_line.id IS 'not personal: budget line id';
COMMENT ON COLUMN reporting_budget_line.programme_id IS 'not personal: programme';
COMMENT ON COLUMN reporting_budget_line.position IS 'not personal: order on the page';
COMMENT ON COLUMN reporting_budget_line.name IS 'not personal: what the money is for, e.g. Navigators';
COMMENT ON COLUMN reporting_budget_line.amount_pence IS 'not personal: the amount, in pence';
COMMENT ON COLUMN reporting_budget_line.set_by IS 'personal: email of the manager who set it';
COMMENT ON COLUMN reporting_budget_line.set_at IS 'not personal: when it was set';
