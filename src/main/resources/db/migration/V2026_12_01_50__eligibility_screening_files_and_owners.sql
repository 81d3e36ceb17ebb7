-- Screening files live in PostgreSQL, so every application node can run a screening or serve its
-- result, and a backup of the database holds them (docs/adr/0012-several-nodes-one-database.md).
CREATE TABLE eligibility_screening_file (
    screening_id UUID NOT NULL REFERENCES eligibility_screening (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('input', 'result')),
    chunk        INT NOT NULL CHECK (chunk >= 0),
    data         BYTEA NOT NULL,
    PRIMARY KEY (screening_id, kind, chunk)
);
COMMENT ON COLUMN eligibility_screening_file.screening_id IS 'not personal: screening';
COMMENT ON COLUMN eligibility_screening_file.kind IS 'not personal: the uploaded list or its result';
COMMENT ON COLUMN eligibility_screening_file.chunk IS 'not personal: position of this piece of the file';
COMMENT ON COLUMN eligibility_screening_file.data IS 'personal: part of a list of references, postcodes and dates of birth';

-- Each job is owned by the node running it, which renews a heartbeat; only jobs whose node stopped
-- beating are failed (running) or taken over (queued) by another node.
ALTER TABLE eligibility_screening ADD COLUMN owner_node TEXT;
ALTER TABLE eligibility_screening ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
COMMENT ON COLUMN eligibility_screening.owner_node IS 'not personal: the application node running the screening';
COMMENT ON COLUMN eligibility_screening.heartbeat_at IS 'not personal: when that node last said it is still running it';
CREATE INDEX eligibility_screening_queue_idx ON eligibility_screening (status, heartbeat_at) WHERE status IN ('queued', 'running');
