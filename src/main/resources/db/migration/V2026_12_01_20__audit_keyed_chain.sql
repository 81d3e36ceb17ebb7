-- The keyed, unserialised audit trail (ADR 0010). Writers only INSERT an entry, numbered by a
-- sequence, with no lock on any shared row; a single chainer (under an advisory lock, so once across
-- nodes) links entries in batches into audit_link with an HMAC-SHA256 whose key the database does not
-- hold. Rows written before this migration keep their old unkeyed SHA-256 hashes for the record, and
-- are linked into the keyed chain by the chainer's first run like any unlinked entry.
CREATE SEQUENCE audit_entry_sequence OWNED BY audit_entry.sequence_number;
SELECT setval('audit_entry_sequence', (SELECT coalesce(max(sequence_number), 0) + 1 FROM audit_entry), false);
ALTER TABLE audit_entry ALTER COLUMN sequence_number SET DEFAULT nextval('audit_entry_sequence');
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN entry_hash DROP NOT NULL;
ALTER TABLE audit_entry ADD COLUMN shown_record_ids TEXT[];

COMMENT ON COLUMN audit_entry.sequence_number IS 'not personal: order of writing (from a sequence; gaps where a transaction rolled back)';
COMMENT ON COLUMN audit_entry.previous_hash IS 'not personal: legacy unkeyed SHA-256 link, only on entries written before the keyed chain';
COMMENT ON COLUMN audit_entry.entry_hash IS 'not personal: legacy unkeyed SHA-256 hash, only on entries written before the keyed chain';
COMMENT ON COLUMN audit_entry.shown_record_ids IS 'personal: ids of the records a list view showed to the actor';

-- One link per entry, in chain order. The MAC covers the entry, its position and the previous MAC.
CREATE TABLE audit_link (
    position       BIGINT PRIMARY KEY,
    entry_sequence BIGINT NOT NULL UNIQUE REFERENCES audit_entry (sequence_number),
    linked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_mac   TEXT NOT NULL,
    entry_mac      TEXT NOT NULL
);
COMMENT ON COLUMN audit_link.position IS 'not personal: position in the keyed chain, from 1 without gaps';
COMMENT ON COLUMN audit_link.entry_sequence IS 'not personal: the audit entry this link covers';
COMMENT ON COLUMN audit_link.linked_at IS 'not personal: when the chainer linked it';
COMMENT ON COLUMN audit_link.previous_mac IS 'not personal: HMAC-SHA256 of the previous link';
COMMENT ON COLUMN audit_link.entry_mac IS 'not personal: HMAC-SHA256 of the entry, its position and the previous MAC';

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_link_no_update BEFORE UPDATE OR DELETE ON audit_link
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_link_no_truncate BEFORE TRUNCATE ON audit_link
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

-- Anonymous refusals (401/403 before sign-in) are counted, not chained: one row per minute, route and
-- reason, so a flood of them costs one upsert each and never a lock on the chain.
CREATE TABLE audit_refusal_count (
    minute    TIMESTAMP WITH TIME ZONE NOT NULL,
    route     TEXT NOT NULL,
    reason    TEXT NOT NULL,
    refusals  BIGINT NOT NULL,
    PRIMARY KEY (minute, route, reason)
);
COMMENT ON COLUMN audit_refusal_count.minute IS 'not personal: the minute the refusals fell in';
COMMENT ON COLUMN audit_refusal_count.route IS 'not personal: request path with ids replaced by {id}';
COMMENT ON COLUMN audit_refusal_count.reason IS 'not personal: why it was refused';
COMMENT ON COLUMN audit_refusal_count.refusals IS 'not personal: how many in that minute';

-- The single locked head row is what serialised every writer; the chain head is now the last link.
DROP TABLE audit_chain_head;
