-- The audit trail: append-only and hash-chained. Each entry's hash covers its own content and the
-- previous entry's hash, so changing or removing any entry breaks every later link.
CREATE TABLE audit_entry (
    sequence_number BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('CREATE', 'CHANGE', 'READ', 'DELETE', 'SIGN_IN', 'SIGN_OUT', 'REFUSED')),
    record_type     TEXT NOT NULL,
    record_id       TEXT,
    detail          TEXT NOT NULL DEFAULT '',
    source_address  TEXT,
    previous_hash   TEXT NOT NULL,
    entry_hash      TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);

-- One row: the head of the chain, locked by each writer so entries are appended one at a time.
CREATE TABLE audit_chain_head (
    id              BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    sequence_number BIGINT NOT NULL,
    entry_hash      TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, sequence_number, entry_hash)
VALUES (TRUE, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

COMMENT ON COLUMN audit_entry.sequence_number IS 'not personal: position in the chain';
COMMENT ON COLUMN audit_entry.occurred_at IS 'not personal: when it happened';
COMMENT ON COLUMN audit_entry.actor IS 'personal: email of the user who acted, or anonymous';
COMMENT ON COLUMN audit_entry.action IS 'not personal: what was done';
COMMENT ON COLUMN audit_entry.record_type IS 'not personal: kind of record';
COMMENT ON COLUMN audit_entry.record_id IS 'personal: id of the record touched';
COMMENT ON COLUMN audit_entry.detail IS 'personal: short description, never special-category values';
COMMENT ON COLUMN audit_entry.source_address IS 'personal: IP address the request came from';
COMMENT ON COLUMN audit_entry.previous_hash IS 'not personal: hash of the previous entry';
COMMENT ON COLUMN audit_entry.entry_hash IS 'not personal: hash of this entry and the previous hash';
COMMENT ON COLUMN audit_chain_head.id IS 'not personal: single-row key';
COMMENT ON COLUMN audit_chain_head.sequence_number IS 'not personal: last sequence number';
COMMENT ON COLUMN audit_chain_head.entry_hash IS 'not personal: last entry hash';
