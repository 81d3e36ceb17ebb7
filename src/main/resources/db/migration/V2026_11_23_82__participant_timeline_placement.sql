-- Placement steps (put forward, offer, start, end) reach the participant's timeline through events.
ALTER TABLE participant_timeline DROP CONSTRAINT participant_timeline_kind_check;
ALTER TABLE participant_timeline ADD CONSTRAINT participant_timeline_kind_check
    CHECK (kind IN ('enrolled', 'status', 'contact', 'note', 'appointment', 'allocated', 'referral', 'placement'));
