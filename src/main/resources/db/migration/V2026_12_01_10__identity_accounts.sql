-- Step 6, accounts: a per-installation key for signed device cookies, password change and reset,
-- and API tokens that can be revoked one by one.

CREATE TABLE identity_signing_key (
    name       TEXT PRIMARY KEY,
    secret     BYTEA NOT NULL CHECK (length(secret) >= 32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE identity_user_account
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at  TIMESTAMP WITH TIME ZONE;

CREATE TABLE identity_password_reset (
    token_hash TEXT PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES identity_user_account (id),
    issued_by  TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_password_reset_user_idx ON identity_password_reset (user_id);

-- Tokens issued before this step may predate hashing at rest; they last hours, so they simply end.
DELETE FROM identity_api_token;

COMMENT ON COLUMN identity_signing_key.name IS 'not personal: what the key signs';
COMMENT ON COLUMN identity_signing_key.secret IS 'not personal: random HMAC key';
COMMENT ON COLUMN identity_signing_key.created_at IS 'not personal: when generated';
COMMENT ON COLUMN identity_user_account.must_change_password IS 'not personal: sent to change the password at next sign-in';
COMMENT ON COLUMN identity_user_account.password_changed_at IS 'personal: when the user last set a password';
COMMENT ON COLUMN identity_user_account.password_hash IS 'personal: salted hash of the password ({bcrypt-sha256} or older {bcrypt})';
COMMENT ON COLUMN identity_password_reset.token_hash IS 'not personal: SHA-256 of the one-time reset link token';
COMMENT ON COLUMN identity_password_reset.user_id IS 'personal: whose password the link resets';
COMMENT ON COLUMN identity_password_reset.issued_by IS 'personal: the administrator who issued the link';
COMMENT ON COLUMN identity_password_reset.created_at IS 'not personal: when issued';
COMMENT ON COLUMN identity_password_reset.expires_at IS 'not personal: when it stops working (24 hours)';
COMMENT ON COLUMN identity_password_reset.used_at IS 'not personal: when it was used, after which it never works again';
