-- Early-warning rules as data, one row per programme and rule, which the programme's managers tune. The six
-- defaults are seeded here for every existing programme; a new programme gets them when first read.
CREATE TABLE support_warning_rule (
    programme_id UUID NOT NULL REFERENCES programme_programme (id),
    code         TEXT NOT NULL CHECK (code IN ('no-contact', 'missed-in-a-row', 'wellbeing-drop', 'placement-attendance',
                                                'check-stuck', 'no-mentoring-in-placement')),
    enabled      BOOLEAN NOT NULL DEFAULT TRUE,
    threshold    INT NOT NULL CHECK (threshold BETWEEN 1 AND 365),
    low_score    INT CHECK (low_score BETWEEN 0 AND 100),
    high_score   INT CHECK (high_score BETWEEN 0 AND 100),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INT NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, code)
);

INSERT INTO support_warning_rule (programme_id, code, threshold, low_score, high_score, updated_at, updated_by)
SELECT p.id, d.code, d.threshold, d.low_score, d.high_score, now(), 'system'
FROM programme_programme p
CROSS JOIN (VALUES ('no-contact', 14, NULL, NULL), ('missed-in-a-row', 2, NULL, NULL), ('wellbeing-drop', 2, 4, 6),
                   ('placement-attendance', 80, NULL, NULL), ('check-stuck', 10, NULL, NULL),
                   ('no-mentoring-in-placement', 21, NULL, NULL)) AS d (code, threshold, low_score, high_score);

COMMENT ON COLUMN support_warning_rule.programme_id IS 'not personal: the programme the rule applies to';
COMMENT ON COLUMN support_warning_rule.code IS 'not personal: which early-warning rule';
COMMENT ON COLUMN support_warning_rule.enabled IS 'not personal: whether the rule raises flags';
COMMENT ON COLUMN support_warning_rule.threshold IS 'not personal: the rule''s threshold (days, count, points, percentage or working days, by rule)';
COMMENT ON COLUMN support_warning_rule.low_score IS 'not personal: wellbeing only: a score at or below this on an item where higher is better raises a flag';
COMMENT ON COLUMN support_warning_rule.high_score IS 'not personal: wellbeing only: a score at or above this on an item where lower is better (anxiety) raises a flag';
COMMENT ON COLUMN support_warning_rule.updated_at IS 'not personal: when the rule was last changed';
COMMENT ON COLUMN support_warning_rule.updated_by IS 'personal: who last changed the rule (a staff email)';
COMMENT ON COLUMN support_warning_rule.version IS 'not personal: optimistic lock';
