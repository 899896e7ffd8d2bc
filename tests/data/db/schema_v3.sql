-- What schema versions 2 and 3 added to the tables of schema_v1.sql, as they created it (frozen copy
-- for the migration test).
CREATE TABLE embedding_cache(
    identity TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY(identity, text_sha256)
);
CREATE INDEX judgments_by_query ON judgments(query_id, document_id);
CREATE TABLE experiments(
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    space_id INTEGER REFERENCES spaces(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    label TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK(status IN ('created', 'running', 'cancelled', 'failed', 'finished')),
    error TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at TEXT
);
CREATE INDEX experiments_by_dataset ON experiments(dataset_id, id);

CREATE TABLE experiment_runs(
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    cell TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY(experiment_id, run_id)
);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
