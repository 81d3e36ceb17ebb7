-- Platform tables owned by libraries: Spring Session (sessions shared by every application node)
-- and Spring Modulith's event publication registry (events delivered after commit, retried on restart).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

COMMENT ON COLUMN spring_session.primary_id IS 'not personal: session key';
COMMENT ON COLUMN spring_session.session_id IS 'not personal: session cookie value';
COMMENT ON COLUMN spring_session.creation_time IS 'not personal: when the session began';
COMMENT ON COLUMN spring_session.last_access_time IS 'not personal: last request time';
COMMENT ON COLUMN spring_session.max_inactive_interval IS 'not personal: idle timeout in seconds';
COMMENT ON COLUMN spring_session.expiry_time IS 'not personal: when the session expires';
COMMENT ON COLUMN spring_session.principal_name IS 'personal: email address of the signed-in user';
COMMENT ON COLUMN spring_session_attributes.session_primary_id IS 'not personal: session key';
COMMENT ON COLUMN spring_session_attributes.attribute_name IS 'not personal: attribute name';
COMMENT ON COLUMN spring_session_attributes.attribute_bytes IS 'personal: serialised sign-in of a user';
COMMENT ON COLUMN event_publication.id IS 'not personal: publication id';
COMMENT ON COLUMN event_publication.listener_id IS 'not personal: listener name';
COMMENT ON COLUMN event_publication.event_type IS 'not personal: event class';
COMMENT ON COLUMN event_publication.serialized_event IS 'personal: event payload holds record ids only, never names';
COMMENT ON COLUMN event_publication.publication_date IS 'not personal: when published';
COMMENT ON COLUMN event_publication.completion_date IS 'not personal: when delivered';
COMMENT ON COLUMN event_publication.status IS 'not personal: delivery status';
COMMENT ON COLUMN event_publication.completion_attempts IS 'not personal: delivery attempts';
COMMENT ON COLUMN event_publication.last_resubmission_date IS 'not personal: last retry';
