-- A project file as Tare schema version 3 wrote it (frozen copy for the migration test):
-- two datasets (one with an instruction, one with titled documents) and judgments of every status.
PRAGMA application_id = 1415672421;
PRAGMA user_version = 3;
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
INSERT INTO datasets(id, name, source, pool, instruction) VALUES(1, 'intents', 'old', 'corpus', 'Given an intent, find utterances.');
INSERT INTO datasets(id, name, source, pool, instruction) VALUES(2, 'papers', 'old', 'judged', '');
INSERT INTO documents(id, dataset_id, ext_id, title, text) VALUES(1, 1, 'u1', '', 'where is my card'), (2, 1, 'u2', '', 'my card was declined');
INSERT INTO documents(id, dataset_id, ext_id, title, text) VALUES(3, 2, 'p1', 'Longformer', 'Long documents.'), (4, 2, 'p2', '', 'Sparse attention.');
INSERT INTO queries(id, dataset_id, ext_id, text) VALUES(1, 1, 'card_arrival', 'card arrival'), (2, 2, 'q1', 'long context');
INSERT INTO labels(query_id, document_id, grade) VALUES(1, 1, 1), (1, 2, 0), (2, 3, 1), (2, 4, 0);
INSERT INTO judges(id, identity, kind, name) VALUES(1, 'llm-yesno|vllm|http://gpu:8000/v1|m|prompt=abc', 'llm', 'llm-yesno m');
INSERT INTO judgments(id, judge_id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms)
    VALUES(1, 1, 1, 1, 'ok', 0.91, '', 'Here is a user query', '{}', 120.5),
          (2, 1, 1, 2, 'failed', NULL, 'HTTP 500', 'Here is a user query', '', 80.0),
          (3, 1, 2, 3, 'degraded', 1.0, '', 'Here is a user query', 'Yes', 95.0);
INSERT INTO project_meta(key, value) VALUES('created_by', 'tare 0.3');
