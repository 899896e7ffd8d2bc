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

/// The tables and columns of the current schema, taken from the migrations themselves (applied to
/// an in-memory database once) so that the check cannot drift from them.
const std::map<QString, QStringList>& expectedColumns()
{
    static const std::map<QString, QStringList> columns = [] {
        SqliteConnection memory(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
        ProjectSchema::migrate(memory, 0);
        return tableColumns(memory);
    }();
    return columns;
}

/// Refuses a file marked as a Tare project whose tables or columns are not those of the schema
/// (damaged, or written by another program), before anything reads or writes them.
void validateSchema(SqliteConnection& connection, const QString& path, bool unchanged)
{
    const QString untouched = unchanged ? QCoreApplication::translate("tare::ProjectStore", "; the file was not changed") : QString();
    const auto actual = tableColumns(connection);
    for (const auto& [table, columns] : expectedColumns()) {
        const auto found = actual.find(table);
        if (found == actual.end())
            throw TareError(TareError::Kind::Input,
                            QCoreApplication::translate("tare::ProjectStore", "%1: not a valid Tare project: the table '%2' is missing (damaged, or written by another "
                               "program)%3")
                                .arg(path, table, untouched));
        for (const QString& column : columns) {
            if (!found->second.contains(column))
                throw TareError(TareError::Kind::Input,
                                QCoreApplication::translate("tare::ProjectStore", "%1: not a valid Tare project: the table '%2' has no column '%3' (damaged, or written "
                                   "by another program)%4")
                                    .arg(path, table, column, untouched));
        }
    }
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
    // A file of the current schema is checked before anything (even the journal mode) is written.
    if (!empty && version == ProjectSchema::CurrentVersion)
        validateSchema(*m_connection, path, true);
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
    validateSchema(*m_connection, path, false);
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

void ProjectStore::prepareForBulkWrite()
{
    m_connection->exec("PRAGMA cache_size = -65536;");
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
