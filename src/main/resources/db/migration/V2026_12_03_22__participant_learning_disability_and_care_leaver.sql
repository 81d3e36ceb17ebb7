-- Two self-declared answers that change what the service does (step 8): a learning disability means
-- easy-read information and a longer induction on a placement; a care leaver is offered the support
-- care leavers are entitled to. Null: not asked yet.
ALTER TABLE participant_participant
    ADD COLUMN learning_disability TEXT CHECK (learning_disability IN ('yes', 'no', 'prefer-not-to-say')),
    ADD COLUMN care_leaver TEXT CHECK (care_leaver IN ('yes', 'no', 'prefer-not-to-say'));

COMMENT ON COLUMN participant_participant.learning_disability IS 'special-category: self-declared learning disability (health), yes, no or prefer not to say';
COMMENT ON COLUMN participant_participant.care_leaver IS 'personal: self-declared care leaver, yes, no or prefer not to say';
