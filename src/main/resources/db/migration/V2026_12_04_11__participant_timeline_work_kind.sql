-- Job starts, sustainment checks and leaving a job (step 9) reach the participant's timeline as 'work'.
-- Another part of step 9 may add kinds of its own: when merging, the last such migration must list them all.
ALTER TABLE participant_timeline DROP CONSTRAINT participant_timeline_kind_check;
ALTER TABLE participant_timeline ADD CONSTRAINT participant_timeline_kind_check
    CHECK (kind IN ('enrolled', 'status', 'contact', 'note', 'appointment', 'allocated', 'referral', 'placement',
                    'plan', 'training', 'details', 'stage', 'support', 'barrier-fund', 'work'));
