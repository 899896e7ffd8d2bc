// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectschema.h"

#include "core/db/documentvectorwriter.h"
#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace tare::ProjectSchema {

namespace {

// Version 1: the data model of PRODUCT.md §2. Tables the engine, HTTP and GUI issues fill are
// here from the start so later work adds rows, not redesigns.
const char* const s_version1 = R"sql(
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
)sql";

// Version 2: a content-addressed cache of remote embeddings (identity of the embedder + hash of
// the exact text sent), so re-embedding the same text with the same model costs no request.
const char* const s_version2 = R"sql(
CREATE TABLE embedding_cache(
    identity TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY(identity, text_sha256)
);
CREATE INDEX judgments_by_query ON judgments(query_id, document_id);
)sql";


// Version 3: experiments (sweeps and method comparisons, each made of ordinary runs; `cell` says
// which point of the sweep a run is, as JSON) and a full-text index over the documents. The index
// is external-content FTS5 over `documents`, filled on first use (ProjectStore callers rebuild it
// when the document count changed), so imports stay as fast as before.
const char* const s_version3 = R"sql(
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
)sql";

// Version 4: what a dataset asks of judges and embedders (issue 16): its task type (the paper's
// judges get the task sentence only for classification) and how its documents' title and text
// are joined; a judgment may be "filtered" (a content-filter refusal the paper scores 0.5), which
// needs the judgments table rebuilt for its CHECK; and per-query timings of a run (score the
// corpus, judge, refine, re-score) for the latency breakdown. Existing datasets keep what their
// judges and embedders were sent: an instruction meant the task sentence, and title and text
// were on separate lines (just the text when a dataset has no titles).
const char* const s_version4 = R"sql(
ALTER TABLE datasets ADD COLUMN task_type TEXT NOT NULL DEFAULT 'search'
    CHECK(task_type IN ('search', 'classification'));
ALTER TABLE datasets ADD COLUMN document_join TEXT NOT NULL DEFAULT 'title-space'
    CHECK(document_join IN ('title-space', 'title-newline', 'text'));
UPDATE datasets SET task_type = 'classification' WHERE instruction <> '';
UPDATE datasets SET document_join = CASE
    WHEN EXISTS(SELECT 1 FROM documents d WHERE d.dataset_id = datasets.id AND d.title <> '') THEN 'title-newline'
    ELSE 'text' END;

CREATE TABLE judgments_v4(
    id INTEGER PRIMARY KEY,
    judge_id INTEGER NOT NULL REFERENCES judges(id) ON DELETE CASCADE,
    query_id INTEGER NOT NULL REFERENCES queries(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK(status IN ('ok', 'degraded', 'failed', 'filtered')),
    score REAL,
    error TEXT NOT NULL DEFAULT '',
    prompt TEXT NOT NULL DEFAULT '',
    raw_response TEXT NOT NULL DEFAULT '',
    latency_ms REAL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK(status = 'failed' OR score IS NOT NULL)
);
INSERT INTO judgments_v4(id, judge_id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms,
                         created_at)
    SELECT id, judge_id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms, created_at
    FROM judgments;
DROP TABLE judgments;
ALTER TABLE judgments_v4 RENAME TO judgments;
CREATE INDEX judgments_lookup ON judgments(judge_id, query_id, document_id, id);
CREATE INDEX judgments_by_query ON judgments(query_id, document_id);

CREATE TABLE run_query_timings(
    run_id INTEGER NOT NULL,
    query_id INTEGER NOT NULL,
    score_ms REAL,
    judge_ms REAL,
    refine_ms REAL,
    rescore_ms REAL,
    PRIMARY KEY(run_id, query_id),
    FOREIGN KEY(run_id, query_id) REFERENCES run_queries(run_id, query_id) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

// Version 5: where a run came from ('workbench', or '' for runs made elsewhere: the command line,
// experiments and human feedback are told apart by their links). Runs the workbench labelled
// 'workbench' before are marked as such.
const char* const s_version5 = R"sql(
ALTER TABLE runs ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE runs SET origin = 'workbench' WHERE label = 'workbench';
)sql";

// Version 6: a judge's one-sentence reason for a judgment, asked for afterwards by a person (the
// feedback inspector's "Why?"), kept with the judgment it explains and never read by a run.
const char* const s_version6 = R"sql(
CREATE TABLE judgment_reasons(
    judgment_id INTEGER PRIMARY KEY REFERENCES judgments(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    prompt TEXT NOT NULL DEFAULT '',
    raw_response TEXT NOT NULL DEFAULT '',
    latency_ms REAL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
)sql";

// Version 7: how a space stores its document vectors (issue 17): 'float32', or 'float16' (half
// the bytes; each blob is dim × 2 bytes). Query vectors stay float32.
const char* const s_version7 = R"sql(
ALTER TABLE spaces ADD COLUMN element_type TEXT NOT NULL DEFAULT 'float32' CHECK(element_type IN ('float32', 'float16'));
)sql";

// Version 8: document vectors in chunks (issue 17): one row per chunk of many vectors of one space
// (DocumentVectorWriter: about 8 MiB), the chunk's document ids as little-endian int64s and its
// vectors as one contiguous blob of row_count x (the space's bytes per vector), so that a space is
// written and read at disk speed instead of a row, an index entry and an overflow page per vector.
// A document has at most one vector per space. migrate() moves the rows of document_vectors here.
const char* const s_version8 = R"sql(
CREATE TABLE document_vector_chunks(
    id INTEGER PRIMARY KEY,
    space_id INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    row_count INTEGER NOT NULL CHECK(row_count > 0),
    document_ids BLOB NOT NULL,
    vectors BLOB NOT NULL
);
CREATE INDEX document_vector_chunks_by_space ON document_vector_chunks(space_id, id);
)sql";

// Version 9: the vectors moved into chunks, the row-per-vector table goes.
const char* const s_version9 = R"sql(
DROP TABLE document_vectors;
)sql";

/// Moves every space's rows of document_vectors (version 1's layout) into chunks, in document
/// order. A vector whose size does not match its space's dimension stops the migration with an
/// error naming it; the transaction leaves the file as it was.
void moveVectorsIntoChunks(SqliteConnection& connection)
{
    // Each space's id, dim and bytes per component (float16: 2; schema 7).
    struct Space
    {
        qint64 id;
        qint64 dim;
        qint64 elementBytes;
    };
    const QList<Space> spaces = [&] {
        QList<Space> result;
        auto& statement = connection.prepare("SELECT id, dim, element_type FROM spaces ORDER BY id");
        while (statement.step())
            result.append({statement.int64(0), statement.int64(1), statement.text(2) == u"float16" ? 2 : 4});
        statement.reset();
        return result;
    }();
    auto& rows = connection.prepare(
        "SELECT document_id, vector FROM document_vectors WHERE space_id = ?1 ORDER BY document_id");
    for (const auto& [spaceId, dim, elementBytes] : spaces) {
        if (dim < 1 || dim > 65536)
            continue; // a space that cannot hold vectors: the old reader refused its rows too
        DocumentVectorWriter writer(connection, spaceId, qsizetype(dim * elementBytes));
        rows.bind(1, spaceId);
        while (rows.step()) {
            const auto vector = rows.blobView(1);
            if (qint64(vector.size()) != dim * elementBytes) {
                const qint64 documentId = rows.int64(0);
                rows.reset();
                throw TareError(TareError::Kind::Input,
                                QCoreApplication::translate("tare::ProjectSchema",
                                                            "%1: the vector of document %2 in embedding space %3 has %4 "
                                                            "bytes, expected %5 (damaged project?); nothing was "
                                                            "migrated")
                                    .arg(connection.path())
                                    .arg(documentId)
                                    .arg(spaceId)
                                    .arg(vector.size())
                                    .arg(dim * elementBytes));
            }
            writer.add(rows.int64(0), vector);
        }
        rows.reset();
        writer.finish();
    }
}

} // namespace

const char* migrationSql(int version)
{
    switch (version) {
    case 1:
        return s_version1;
    case 2:
        return s_version2;
    case 3:
        return s_version3;
    case 4:
        return s_version4;
    case 5:
        return s_version5;
    case 6:
        return s_version6;
    case 7:
        return s_version7;
    case 8:
        return s_version8;
    case 9:
        return s_version9;
    default:
        return nullptr;
    }
}

void migrate(SqliteConnection& connection, int fromVersion)
{
    if (fromVersion >= CurrentVersion)
        return;
    SqliteTransaction transaction(connection);
    // The version was read before the write lock was taken: another process creating or upgrading
    // the same file may have been first.
    const qint64 now = connection.pragmaInt("user_version");
    if (now != fromVersion) {
        if (now == CurrentVersion && connection.pragmaInt("application_id") == ApplicationId)
            return; // done by the other process; the transaction rolls back having changed nothing
        throw TareError(TareError::Kind::Io,
                        QCoreApplication::translate("tare::ProjectSchema",
                                                    "%1: another Tare process is creating or upgrading this project "
                                                    "right now; try again when it has finished")
                            .arg(connection.path()));
    }
    for (int version = fromVersion + 1; version <= CurrentVersion; ++version) {
        connection.exec(migrationSql(version));
        if (version == 8 && fromVersion >= 1)
            moveVectorsIntoChunks(connection);
    }
    const std::string pragmas = "PRAGMA application_id = " + std::to_string(ApplicationId)
        + "; PRAGMA user_version = " + std::to_string(CurrentVersion) + ";";
    connection.exec(pragmas.c_str());
    transaction.commit();
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectSchema", text);
}

/// Table name -> column names, for every table of a database.
std::map<QString, QStringList> tableColumns(SqliteConnection& connection)
{
    QStringList tables;
    auto& list = connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list.step())
        tables.append(list.text(0));
    list.reset();
    std::map<QString, QStringList> result;
    auto& info = connection.prepare("SELECT name FROM pragma_table_info(?1)");
    for (const QString& table : std::as_const(tables)) {
        info.bind(1, table);
        QStringList& columns = result[table];
        while (info.step())
            columns.append(info.text(0));
        info.reset();
    }
    return result;
}

/// The schema objects that carry SQL or code of their own: (type, name) -> their SQL, where the
/// type is "trigger", "view" or "virtual table".
using ExecutableObjects = std::map<std::pair<QString, QString>, QString>;

ExecutableObjects executableObjects(SqliteConnection& connection)
{
    ExecutableObjects objects;
    // A table without a root page is virtual: its rows come from a module's code.
    auto& list = connection.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
                                    "WHERE type IN ('trigger', 'view') OR (type = 'table' AND coalesce(rootpage, 0) = 0)");
    while (list.step()) {
        const QString type = list.text(0) == u"table" ? QStringLiteral("virtual table") : list.text(0);
        objects.emplace(std::pair{type, list.text(1)}, list.text(2));
    }
    list.reset();
    return objects;
}

/// Applies the migrations up to `version` to an in-memory database, so that what is expected of
/// a file is taken from the migrations themselves and cannot drift from them.
template<typename Result, typename Read>
const Result& expectedFor(int version, Read read)
{
    static std::mutex mutex;
    static std::map<int, Result> cache;
    std::lock_guard lock(mutex);
    auto found = cache.find(version);
    if (found == cache.end()) {
        SqliteConnection memory(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
        for (int step = 1; step <= version; ++step)
            memory.exec(migrationSql(step));
        found = cache.emplace(version, read(memory)).first;
    }
    return found->second;
}

QString typeName(const QString& type)
{
    if (type == u"trigger")
        return tr("a trigger");
    if (type == u"view")
        return tr("a view");
    return tr("a virtual table");
}

} // namespace

void checkTables(SqliteConnection& connection, const QString& path, bool unchanged)
{
    const QString untouched = unchanged ? tr("; the file was not changed") : QString();
    const auto actual = tableColumns(connection);
    for (const auto& [table, columns] : expectedFor<std::map<QString, QStringList>>(CurrentVersion, tableColumns)) {
        const auto found = actual.find(table);
        if (found == actual.end())
            throw TareError(TareError::Kind::Input,
                            tr("%1: not a valid Tare project: the table '%2' is missing (damaged, or written by another "
                               "program)%3")
                                .arg(path, table, untouched));
        for (const QString& column : columns) {
            if (!found->second.contains(column))
                throw TareError(TareError::Kind::Input,
                                tr("%1: not a valid Tare project: the table '%2' has no column '%3' (damaged, or written "
                                   "by another program)%4")
                                    .arg(path, table, column, untouched));
        }
    }
}

void checkNoForeignCode(SqliteConnection& connection, const QString& path, int version)
{
    const ExecutableObjects& expected = expectedFor<ExecutableObjects>(std::clamp(version, 0, CurrentVersion), executableObjects);
    for (const auto& [key, sql] : executableObjects(connection)) {
        const auto& [type, name] = key;
        const auto ours = expected.find(key);
        if (ours != expected.end() && ours->second == sql)
            continue;
        throw TareError(TareError::Kind::Input,
                        tr("%1: not opened: it holds %2 named '%3' that Tare did not create, which would run its own "
                           "SQL while Tare reads or writes the project (planted or damaged); the file was not changed")
                            .arg(path, typeName(type), name.left(100)));
    }
}

} // namespace tare::ProjectSchema
