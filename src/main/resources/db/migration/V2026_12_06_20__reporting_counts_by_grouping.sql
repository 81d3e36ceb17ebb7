-- Reporting at national scale (ADR 0016): the counts are kept by one grouping at a time, by day and by month.
-- The daily counts by every grouping at once hardly added up (a programme's day has far fewer people than
-- combinations of source, local authority, decile and target place), so a year's funnel summed nearly as many
-- rows as it counted people. A report asks for one grouping, so each is kept on its own: a month holds a few
-- hundred rows per programme, and the days cover a period that starts or ends inside a month.
CREATE TABLE reporting_count_day (
    programme_id UUID NOT NULL,
    grouped_by   TEXT NOT NULL,
    day          DATE NOT NULL,
    milestone    TEXT NOT NULL,
    group_value  TEXT NOT NULL,
    n            INT NOT NULL CHECK (n > 0),
    PRIMARY KEY (programme_id, grouped_by, day, milestone, group_value)
);

CREATE TABLE reporting_count_month (
    programme_id UUID NOT NULL,
    grouped_by   TEXT NOT NULL,
    month        DATE NOT NULL CHECK (extract(day FROM month) = 1),
    milestone    TEXT NOT NULL,
    group_value  TEXT NOT NULL,
    n            INT NOT NULL CHECK (n > 0),
    PRIMARY KEY (programme_id, grouped_by, month, milestone, group_value)
);

-- Whatever the log already holds is counted again, the same way MilestoneLog.rebuildCounts does.
INSERT INTO reporting_count_day (programme_id, grouped_by, day, milestone, group_value, n)
SELECT p.programme_id, g.grouped_by, m.occurred_on, m.milestone, g.group_value, count(*)
FROM reporting_milestone m JOIN reporting_person p ON p.referral_id = m.referral_id
CROSS JOIN LATERAL (VALUES ('none', ''), ('local-authority', p.local_authority_code), ('target-place', p.target_place),
                           ('decile', p.imd_decile::text), ('source', p.referral_source)) AS g (grouped_by, group_value)
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO reporting_count_month (programme_id, grouped_by, month, milestone, group_value, n)
SELECT programme_id, grouped_by, date_trunc('month', day)::date, milestone, group_value, sum(n)
FROM reporting_count_day GROUP BY 1, 2, 3, 4, 5;

DROP TABLE reporting_daily_count;

COMMENT ON COLUMN reporting_count_day.programme_id IS 'not personal: programme';
COMMENT ON COLUMN reporting_count_day.grouped_by IS 'not personal: the grouping counted (none, local-authority, target-place, decile, source)';
COMMENT ON COLUMN reporting_count_day.day IS 'not personal: day';
COMMENT ON COLUMN reporting_count_day.milestone IS 'not personal: the step of the journey';
COMMENT ON COLUMN reporting_count_day.group_value IS 'not personal: the value of the grouping (a local authority, target place, decile or source; empty for none)';
COMMENT ON COLUMN reporting_count_day.n IS 'not personal: how many (an exact count, suppressed before a funder sees it)';
COMMENT ON COLUMN reporting_count_month.programme_id IS 'not personal: programme';
COMMENT ON COLUMN reporting_count_month.grouped_by IS 'not personal: the grouping counted (none, local-authority, target-place, decile, source)';
COMMENT ON COLUMN reporting_count_month.month IS 'not personal: the first day of the month';
COMMENT ON COLUMN reporting_count_month.milestone IS 'not personal: the step of the journey';
COMMENT ON COLUMN reporting_count_month.group_value IS 'not personal: the value of the grouping (a local authority, target place, decile or source; empty for none)';
COMMENT ON COLUMN reporting_count_month.n IS 'not personal: how many (an exact count, suppressed before a funder sees it)';
