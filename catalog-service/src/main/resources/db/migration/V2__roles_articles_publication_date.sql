-- Schema 2 of DocumentAnalyzed: roles people hold, the articles of a page, and the publication date.
ALTER TABLE document ADD COLUMN published_at DATE;

CREATE TABLE role (
    id           BIGSERIAL PRIMARY KEY,
    document_id  VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    person       TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    organization TEXT
);
CREATE UNIQUE INDEX role_once_per_document ON role (document_id, person, title, coalesce(organization, ''));
CREATE INDEX role_by_person ON role (person);

CREATE TABLE article (
    id           BIGSERIAL PRIMARY KEY,
    document_id  VARCHAR(64) NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal      INT         NOT NULL,
    headline     TEXT,
    byline       TEXT,
    date_text    TEXT,
    date_iso     TEXT,
    start_offset INT         NOT NULL,
    end_offset   INT         NOT NULL,
    CONSTRAINT article_order UNIQUE (document_id, ordinal)
);
