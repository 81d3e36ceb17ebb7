-- The programme of the assignment, so a mentor's list is filtered in SQL by the programmes their
-- organisation takes part in without reading the participant module's tables; the next planned session;
-- and a version for optimistic locking, as the assignment is changed (ended, next session planned).
ALTER TABLE support_mentoring ADD COLUMN programme_id UUID NOT NULL REFERENCES programme_programme (id);
ALTER TABLE support_mentoring ADD COLUMN next_session_on DATE;
ALTER TABLE support_mentoring ADD COLUMN version INT NOT NULL DEFAULT 0;
CREATE INDEX support_mentoring_programme_idx ON support_mentoring (programme_id);

COMMENT ON COLUMN support_mentoring.programme_id IS 'not personal: the programme the mentored person is on';
COMMENT ON COLUMN support_mentoring.next_session_on IS 'personal: when the mentor and the person plan to meet next';
COMMENT ON COLUMN support_mentoring.version IS 'not personal: optimistic locking counter';
