CREATE TABLE identity_user_account (
    id              UUID PRIMARY KEY,
    email           TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    role            TEXT NOT NULL CHECK (role IN ('administrator', 'programme-manager', 'navigator', 'trainer',
                                                  'mentor', 'employer', 'referral-partner', 'funder', 'participant')),
    organisation_id UUID NOT NULL REFERENCES organisation_organisation (id),
    password_hash   TEXT NOT NULL,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_signed_in_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX identity_user_email_unique ON identity_user_account (lower(email));

-- Failed sign-ins per key (an email or a source address), shared by every node so throttling holds
-- behind a load balancer.
CREATE TABLE identity_sign_in_failure (
    throttle_key   TEXT PRIMARY KEY,
    failures       INT NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE identity_api_token (
    token_hash TEXT PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES identity_user_account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_api_token_expiry_idx ON identity_api_token (expires_at);

COMMENT ON COLUMN identity_user_account.id IS 'not personal: user id';
COMMENT ON COLUMN identity_user_account.email IS 'personal: work email address';
COMMENT ON COLUMN identity_user_account.display_name IS 'personal: name shown in the service';
COMMENT ON COLUMN identity_user_account.role IS 'not personal: role';
COMMENT ON COLUMN identity_user_account.organisation_id IS 'not personal: organisation';
COMMENT ON COLUMN identity_user_account.password_hash IS 'personal: BCrypt hash of the password';
COMMENT ON COLUMN identity_user_account.enabled IS 'not personal: can sign in';
COMMENT ON COLUMN identity_user_account.created_at IS 'not personal: when created';
COMMENT ON COLUMN identity_user_account.last_signed_in_at IS 'personal: last sign-in time';
COMMENT ON COLUMN identity_sign_in_failure.throttle_key IS 'personal: email or IP address being throttled';
COMMENT ON COLUMN identity_sign_in_failure.failures IS 'not personal: failures in the window';
COMMENT ON COLUMN identity_sign_in_failure.first_failure_at IS 'not personal: start of the window';
COMMENT ON COLUMN identity_sign_in_failure.locked_until IS 'not personal: end of the lock-out';
COMMENT ON COLUMN identity_api_token.token_hash IS 'not personal: SHA-256 of the bearer token';
COMMENT ON COLUMN identity_api_token.user_id IS 'personal: the user the token signs in as';
COMMENT ON COLUMN identity_api_token.created_at IS 'not personal: when issued';
COMMENT ON COLUMN identity_api_token.expires_at IS 'not personal: when it stops working';
