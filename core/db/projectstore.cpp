// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"

#include "core/db/projectschema.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <map>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectStore", text);
}

} // namespace

ProjectStore::ProjectStore(const QString& path, OpenMode mode)
    : m_thread(QThread::currentThread())
{
    open(path, mode);
    m_datasets = std::make_unique<DatasetStore>(*m_connection);
    m_spaces = std::make_unique<SpaceStore>(*m_connection, *m_datasets);
    m_judgments = std::make_unique<JudgmentStore>(*m_connection);
    m_runs = std::make_unique<RunStore>(*m_connection);
    m_experiments = std::make_unique<ExperimentStore>(*m_connection);
    m_documentSearch = std::make_unique<DocumentSearch>(*m_connection, *m_datasets);
}

void ProjectStore::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::OpenExisting)
        throw TareError(TareError::Kind::Io, tr("%1: no such project file").arg(path));
    if (exists && info.isDir())
        throw TareError(TareError::Kind::Io, tr("%1: is a folder, not a project file").arg(path));

    if (exists && info.size() > 0) {
        // Check the header ourselves so a foreign file is never handed to SQLite for writing.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw TareError(TareError::Kind::Io, tr("%1: cannot read: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            throw TareError(TareError::Kind::Input, tr("%1: not a Tare project (not an SQLite database)").arg(path));
    }

    m_connection = std::make_unique<SqliteConnection>(
        path, mode == OpenMode::CreateIfMissing ? SqliteConnection::Mode::ReadWriteCreate : SqliteConnection::Mode::ReadWrite);

    const qint64 applicationId = m_connection->pragmaInt("application_id");
    const qint64 version = m_connection->pragmaInt("user_version");
    const qint64 tableCount = [&] {
        auto& statement = m_connection->prepare("SELECT count(*) FROM sqlite_master");
        statement.step();
        const qint64 count = statement.int64(0);
        statement.reset();
        return count;
    }();

    const bool empty = applicationId == 0 && version == 0 && tableCount == 0;
    // Opening is not creating: an empty file (zero bytes, or an SQLite database without tables)
    // only becomes a project when asked to (New Project, a first import).
    if (empty && mode == OpenMode::OpenExisting)
        throw TareError(TareError::Kind::Input, tr("%1: not a Tare project (the file is empty); the file was not changed").arg(path));
    if (!empty && applicationId != ProjectSchema::ApplicationId)
        throw TareError(TareError::Kind::Input,
                        tr("%1: not a Tare project (an SQLite database of another program)").arg(path));
    if (version > ProjectSchema::CurrentVersion)
        throw TareError(TareError::Kind::Input,
                        tr("%1: written by a newer Tare (project schema %2; this build reads up to %3); "
                           "the file was not changed")
                            .arg(path)
                            .arg(version)
                            .arg(ProjectSchema::CurrentVersion));

    if (version < 0)
        throw TareError(TareError::Kind::Input,
                        tr("%1: not a valid Tare project (schema version %2); the file was not changed").arg(path).arg(version));
    // Checked before anything (even the journal mode) is written: code planted in the schema
    // for every version, tables and columns for the current one.
    if (!empty && version == ProjectSchema::CurrentVersion)
        ProjectSchema::checkTables(*m_connection, path, true);
    if (!empty)
        ProjectSchema::checkNoForeignCode(*m_connection, path, int(version));
    m_connection->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    if (empty || version == ProjectSchema::CurrentVersion) {
        ProjectSchema::migrate(*m_connection, empty ? 0 : int(version));
        return;
    }
    try {
        ProjectSchema::migrate(*m_connection, int(version));
    } catch (const TareError& error) {
        // migrate() runs in one transaction: a failed upgrade leaves the file as it was.
        throw TareError(TareError::Kind::Input, tr("%1: cannot upgrade the project from schema %2 (damaged?): %3")
                                                    .arg(path)
                                                    .arg(version)
                                                    .arg(error.message()));
    }
    ProjectSchema::checkTables(*m_connection, path, false);
}

ProjectStore::~ProjectStore() = default;

int ProjectStore::schemaVersion()
{
    return int(m_connection->pragmaInt("user_version"));
}

std::unique_ptr<SqliteTransaction> ProjectStore::beginTransaction()
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    return std::make_unique<SqliteTransaction>(*m_connection);
}

ProjectStore::BulkWrite::BulkWrite(SqliteConnection& connection)
    : m_connection(connection)
{
    m_connection.exec("PRAGMA cache_size = -65536;");
    m_rollbackJournal = m_connection.trySetJournalMode("delete");
    if (m_rollbackJournal)
        m_connection.exec("PRAGMA synchronous = FULL;");
}

ProjectStore::BulkWrite::~BulkWrite()
{
    if (!m_rollbackJournal)
        return;
    // Back to the WAL as every open sets it; should another connection have opened the file
    // meanwhile, the next open of this one switches.
    try {
        m_connection.exec("PRAGMA synchronous = NORMAL;");
    } catch (const TareError&) {
    }
    m_connection.trySetJournalMode("wal");
}

std::unique_ptr<ProjectStore::BulkWrite> ProjectStore::prepareForBulkWrite()
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    return std::make_unique<BulkWrite>(*m_connection);
}

ProjectSummary ProjectStore::summary()
{
    ProjectSummary result;
    result.path = path();
    result.schemaVersion = schemaVersion();
    result.datasets = m_datasets->all();
    for (const auto& dataset : std::as_const(result.datasets))
        result.spaces += m_spaces->all(dataset.id);
    auto count = [&](const char* sql) {
        auto& statement = m_connection->prepare(sql);
        statement.step();
        const qint64 value = statement.int64(0);
        statement.reset();
        return value;
    };
    result.judgeCount = count("SELECT count(*) FROM judges");
    result.judgmentCount = count("SELECT count(*) FROM judgments");
    result.runCount = count("SELECT count(*) FROM runs");
    return result;
}

} // namespace tare
