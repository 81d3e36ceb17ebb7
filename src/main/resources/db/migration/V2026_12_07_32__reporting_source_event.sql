-- Referrals from outreach events are counted under their own source.
ALTER TABLE reporting_person DROP CONSTRAINT reporting_person_referral_source_check;
ALTER TABLE reporting_person ADD CONSTRAINT reporting_person_referral_source_check CHECK (referral_source IN ('self', 'partner', 'event'));
COMMENT ON COLUMN reporting_person.referral_source IS 'not personal: self, partner or event';
