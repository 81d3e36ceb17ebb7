-- A referral made by staff for someone they met at an outreach event is a third source beside self and partner.
ALTER TABLE referral_referral DROP CONSTRAINT referral_referral_source_check;
ALTER TABLE referral_referral ADD CONSTRAINT referral_referral_source_check CHECK (source IN ('self', 'partner', 'event'));
COMMENT ON COLUMN referral_referral.source IS 'not personal: self, partner or event';
