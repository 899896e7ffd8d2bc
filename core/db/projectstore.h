// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/datasetstore.h"
#include "core/db/documentsearch.h"
#include "core/db/experimentstore.h"
#include "core/db/judgmentstore.h"
#include "core/db/projecttypes.h"
#include "core/db/runstore.h"
#include "core/db/spacestore.h"
#include "core/db/sqliteconnection.h"

#include <QString>

#include <memory>

class QThread;

namespace tare {

/// One open Tare project file: the single entry point that opens (or creates), validates and
/// migrates it, and the per-aggregate stores over its one SQLite connection — datasets (with
/// documents, queries and labels), spaces (vectors and the embedding cache), judgments, runs,
/// experiments and the document search index. All SQL of the project lives in core/db.
///
/// Thread rule: a ProjectStore is one SQLite connection and belongs to the thread that created
/// it, with all its stores. Another thread opens its own ProjectStore on the same path (WAL mode
/// lets readers work while one writer commits). Methods throw TareError.
class ProjectStore
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateIfMissing,
    };

    /// Opens (and, with CreateIfMissing, creates) a project. Files of an older schema are
    /// migrated forward; a newer schema or a file that is not a Tare project is refused with a
    /// clear error and left untouched.
    explicit ProjectStore(const QString& path, OpenMode mode = OpenMode::OpenExisting);
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const QString& path() const { return m_connection->path(); }
    int schemaVersion();

    /// BEGIN IMMEDIATE .. COMMIT; destruction without commit() rolls back.
    std::unique_ptr<SqliteTransaction> beginTransaction();
    /// The connection the stores share (core/db and tests only).
    SqliteConnection& connection() { return *m_connection; }

    /// Tunes the connection for a long bulk write while it lives: a bigger page cache and, when no
    /// other connection has the file open, a rollback journal instead of the WAL. New pages (a
    /// space's vectors) then go to the file once; through the WAL they are written twice (the log,
    /// then the checkpoint). Atomic either way; synchronous = FULL meanwhile keeps a rollback
    /// journal crash safe. Create it before the transaction, so it ends after it.
    class BulkWrite
    {
    public:
        explicit BulkWrite(SqliteConnection& connection);
        ~BulkWrite();
        BulkWrite(const BulkWrite&) = delete;
        BulkWrite& operator=(const BulkWrite&) = delete;

    private:
        SqliteConnection& m_connection;
        bool m_rollbackJournal = false;
    };
    [[nodiscard]] std::unique_ptr<BulkWrite> prepareForBulkWrite();

    DatasetStore& datasets() { return *m_datasets; }
    SpaceStore& spaces() { return *m_spaces; }
    JudgmentStore& judgments() { return *m_judgments; }
    RunStore& runs() { return *m_runs; }
    ExperimentStore& experiments() { return *m_experiments; }
    DocumentSearch& documentSearch() { return *m_documentSearch; }

    /// Counts over the whole project.
    ProjectSummary summary();

private:
    /// Opens, checks and migrates the file (the constructor's first part).
    void open(const QString& path, OpenMode mode);

    std::unique_ptr<SqliteConnection> m_connection;
    QThread* m_thread;
    std::unique_ptr<DatasetStore> m_datasets;
    std::unique_ptr<SpaceStore> m_spaces;
    std::unique_ptr<JudgmentStore> m_judgments;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<ExperimentStore> m_experiments;
    std::unique_ptr<DocumentSearch> m_documentSearch;
};

} // namespace tare
