-- Referrals: a person put forward to a programme, by themself or by a partner, with the consent they
-- gave, the eligibility decision made on arrival, and what a navigator decided.
CREATE TABLE referral_referral (
    id                 UUID PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    programme_id       UUID NOT NULL REFERENCES programme_programme (id),
    source             TEXT NOT NULL CHECK (source IN ('self', 'partner')),
    source_detail      TEXT NOT NULL DEFAULT '' CHECK (length(source_detail) <= 200),
    partner_organisation_id UUID,
    referred_by        UUID,
    given_name         TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name        TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    date_of_birth      DATE NOT NULL,
    postcode           TEXT NOT NULL CHECK (length(postcode) <= 10),
    email              TEXT CHECK (length(email) <= 254),
    phone              TEXT CHECK (length(phone) <= 20),
    contact_preference TEXT NOT NULL CHECK (contact_preference IN ('email', 'phone', 'text', 'post')),
    work_interests     TEXT NOT NULL DEFAULT '',
    consent_version    TEXT NOT NULL,
    consent_given_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    eligible           BOOLEAN NOT NULL,
    eligibility        JSONB NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'declined', 'signposted', 'merged')),
    decision_reason    TEXT CHECK (length(decision_reason) <= 1000),
    navigator_id       UUID,
    merged_into        UUID REFERENCES referral_referral (id),
    submission_key     TEXT UNIQUE,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at    TIMESTAMP WITH TIME ZONE,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         TEXT,
    version            INT NOT NULL DEFAULT 0
);
CREATE INDEX referral_programme_status_idx ON referral_referral (programme_id, status, received_at);
CREATE INDEX referral_dob_idx ON referral_referral (date_of_birth);
CREATE INDEX referral_partner_idx ON referral_referral (partner_organisation_id);

-- Everything that happened to a referral, kept when referrals are merged.
CREATE TABLE referral_event (
    id          BIGSERIAL PRIMARY KEY,
    referral_id UUID NOT NULL REFERENCES referral_referral (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, occurred_at);

COMMENT ON COLUMN referral_referral.id IS 'not personal: referral id';
COMMENT ON COLUMN referral_referral.reference IS 'not personal: reference number given to the person';
COMMENT ON COLUMN referral_referral.programme_id IS 'not personal: programme';
COMMENT ON COLUMN referral_referral.source IS 'not personal: self or partner';
COMMENT ON COLUMN referral_referral.source_detail IS 'not personal: which strand or team referred';
COMMENT ON COLUMN referral_referral.partner_organisation_id IS 'not personal: referring organisation';
COMMENT ON COLUMN referral_referral.referred_by IS 'personal: user who referred';
COMMENT ON COLUMN referral_referral.given_name IS 'personal: given name';
COMMENT ON COLUMN referral_referral.family_name IS 'personal: family name';
COMMENT ON COLUMN referral_referral.date_of_birth IS 'personal: date of birth';
COMMENT ON COLUMN referral_referral.postcode IS 'personal: home postcode';
COMMENT ON COLUMN referral_referral.email IS 'personal: email address';
COMMENT ON COLUMN referral_referral.phone IS 'personal: phone number';
COMMENT ON COLUMN referral_referral.contact_preference IS 'personal: how they want to be contacted';
COMMENT ON COLUMN referral_referral.work_interests IS 'personal: kinds of work that interest them';
COMMENT ON COLUMN referral_referral.consent_version IS 'not personal: privacy notice version consented to';
COMMENT ON COLUMN referral_referral.consent_given_at IS 'personal: when consent was given';
COMMENT ON COLUMN referral_referral.eligible IS 'personal: eligibility decision';
COMMENT ON COLUMN referral_referral.eligibility IS 'personal: eligibility reasons, decile and neighbourhood';
COMMENT ON COLUMN referral_referral.status IS 'not personal: triage status';
COMMENT ON COLUMN referral_referral.decision_reason IS 'personal: why declined or where signposted';
COMMENT ON COLUMN referral_referral.navigator_id IS 'not personal: allocated navigator';
COMMENT ON COLUMN referral_referral.merged_into IS 'not personal: the referral this duplicate was merged into';
COMMENT ON COLUMN referral_referral.submission_key IS 'not personal: one-time key that stops double submission';
COMMENT ON COLUMN referral_referral.received_at IS 'not personal: when received';
COMMENT ON COLUMN referral_referral.acknowledged_at IS 'not personal: when a navigator first acted on it';
COMMENT ON COLUMN referral_referral.decided_at IS 'not personal: when triaged';
COMMENT ON COLUMN referral_referral.decided_by IS 'personal: email of the navigator who decided';
COMMENT ON COLUMN referral_referral.version IS 'not personal: optimistic lock version';
COMMENT ON COLUMN referral_event.id IS 'not personal: event id';
COMMENT ON COLUMN referral_event.referral_id IS 'not personal: referral';
COMMENT ON COLUMN referral_event.occurred_at IS 'not personal: when';
COMMENT ON COLUMN referral_event.actor IS 'personal: who acted';
COMMENT ON COLUMN referral_event.kind IS 'not personal: what happened';
COMMENT ON COLUMN referral_event.detail IS 'personal: short description';
