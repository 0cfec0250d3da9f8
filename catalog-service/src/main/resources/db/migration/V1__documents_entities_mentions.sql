-- Documents as the pipeline reports them; text is the normalized text that mention offsets point into.
CREATE TABLE document (
    id          VARCHAR(64) PRIMARY KEY,
    filename    TEXT        NOT NULL,
    status      VARCHAR(16) NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    analyzed_at TIMESTAMPTZ,
    analyzer    TEXT,
    text        TEXT
);
CREATE INDEX document_newest_first ON document (received_at DESC, id DESC);

-- One row per distinct (type, name): the unit analysts track across documents.
CREATE TABLE entity (
    id   BIGSERIAL PRIMARY KEY,
    type VARCHAR(16) NOT NULL,
    name TEXT        NOT NULL,
    CONSTRAINT entity_type_name UNIQUE (type, name)
);

-- Mentions never overlap, so a document has at most one mention starting at an offset.
CREATE TABLE mention (
    id           BIGSERIAL PRIMARY KEY,
    document_id  VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    entity_id    BIGINT      NOT NULL REFERENCES entity (id),
    start_offset INT         NOT NULL,
    end_offset   INT         NOT NULL,
    value        TEXT,
    CONSTRAINT mention_document_start UNIQUE (document_id, start_offset)
);
CREATE INDEX mention_by_entity ON mention (entity_id, document_id);
