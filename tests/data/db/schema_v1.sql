-- The tables of Tare schema version 1 as that version created them (frozen copy for the migration
-- tests; project_v1.sql and, with schema_v3.sql, project_v3.sql are files built on it).
PRAGMA application_id = 1415672421;
CREATE TABLE project_meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE datasets(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL DEFAULT '',
    pool TEXT NOT NULL CHECK(pool IN ('corpus', 'judged')),
    instruction TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    ext_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    UNIQUE(dataset_id, ext_id)
);

CREATE TABLE queries(
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    ext_id TEXT NOT NULL,
    text TEXT NOT NULL,
    instruction TEXT NOT NULL DEFAULT '',
    UNIQUE(dataset_id, ext_id)
);

-- Graded relevance; for a 'judged' pool the rows of a query are also its candidates.
CREATE TABLE labels(
    query_id INTEGER NOT NULL REFERENCES queries(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    grade INTEGER NOT NULL,
    PRIMARY KEY(query_id, document_id)
) WITHOUT ROWID;
CREATE INDEX labels_by_document ON labels(document_id);

-- An embedding space: provider + model + templates; model_state holds a fitted built-in model.
CREATE TABLE spaces(
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    dim INTEGER NOT NULL CHECK(dim > 0 AND dim <= 65536),
    query_template TEXT NOT NULL DEFAULT '{text}',
    document_template TEXT NOT NULL DEFAULT '{text}',
    params TEXT NOT NULL DEFAULT '{}',
    model_state BLOB,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE(dataset_id, name)
);

-- float32 little-endian blobs of exactly dim * 4 bytes.
CREATE TABLE document_vectors(
    space_id INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    UNIQUE(space_id, document_id)
);
CREATE TABLE query_vectors(
    space_id INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    query_id INTEGER NOT NULL REFERENCES queries(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    UNIQUE(space_id, query_id)
);

-- identity: a canonical string of everything that changes a judge's answer (provider, host,
-- model, prompt-template hash, parameters); never an API key.
CREATE TABLE judges(
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK(kind IN ('gold', 'simulated', 'llm', 'reranker', 'human')),
    name TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Every judgment ever obtained; a failure is stored with its reason, never as a number.
CREATE TABLE judgments(
    id INTEGER PRIMARY KEY,
    judge_id INTEGER NOT NULL REFERENCES judges(id) ON DELETE CASCADE,
    query_id INTEGER NOT NULL REFERENCES queries(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK(status IN ('ok', 'degraded', 'failed')),
    score REAL,
    error TEXT NOT NULL DEFAULT '',
    prompt TEXT NOT NULL DEFAULT '',
    raw_response TEXT NOT NULL DEFAULT '',
    latency_ms REAL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK(status = 'failed' OR score IS NOT NULL)
);
CREATE INDEX judgments_lookup ON judgments(judge_id, query_id, document_id, id);

CREATE TABLE runs(
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    space_id INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    judge_id INTEGER REFERENCES judges(id) ON DELETE SET NULL,
    refiner TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    label TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK(status IN ('created', 'running', 'paused', 'cancelled', 'failed', 'finished')),
    error TEXT NOT NULL DEFAULT '',
    baseline_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at TEXT
);
CREATE INDEX runs_by_dataset ON runs(dataset_id, id);

-- One row per finished (or failed) query of a run, written with its curve in one transaction.
CREATE TABLE run_queries(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    query_id INTEGER NOT NULL REFERENCES queries(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK(status IN ('finished', 'failed')),
    error TEXT NOT NULL DEFAULT '',
    ap_before REAL,
    ap_after REAL,
    metrics_before TEXT NOT NULL DEFAULT '{}',
    metrics_after TEXT NOT NULL DEFAULT '{}',
    judged TEXT NOT NULL DEFAULT '[]',
    refined_vector BLOB,
    elapsed_ms REAL,
    finished_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY(run_id, query_id)
);

CREATE TABLE run_curves(
    run_id INTEGER NOT NULL,
    query_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    loss REAL,
    ap REAL,
    auc REAL,
    PRIMARY KEY(run_id, query_id, step),
    FOREIGN KEY(run_id, query_id) REFERENCES run_queries(run_id, query_id) ON DELETE CASCADE
) WITHOUT ROWID;
