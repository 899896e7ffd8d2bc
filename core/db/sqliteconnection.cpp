// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <limits>
#include <cstring>

namespace tare {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tare::SqliteConnection", text);
}

constexpr int s_busyTimeoutMs = 10000;
std::atomic<QThread*> s_forbiddenThread{nullptr};
std::atomic<quint64> s_forbiddenUses{0};
}

void SqliteConnection::setForbiddenThread(QThread* thread)
{
    s_forbiddenThread = thread;
}

quint64 SqliteConnection::forbiddenThreadUses()
{
    return s_forbiddenUses.load();
}

// Cheap: one relaxed load when no thread is forbidden (the CLI), a thread comparison otherwise.
void SqliteConnection::checkThread(const char* sql) const
{
    Q_ASSERT_X(QThread::currentThread() == m_owner, "SqliteConnection", "used on a thread other than the one that opened it");
    QThread* forbidden = s_forbiddenThread.load(std::memory_order_relaxed);
    if (Q_LIKELY(!forbidden) || forbidden != QThread::currentThread())
        return;
    if (s_forbiddenUses.fetch_add(1) == 0)
        qWarning("tare: SQLite used on the GUI thread, which must stay free of database work (%s: %s)",
                 qPrintable(m_path), sql);
}

SqliteStatement::SqliteStatement(SqliteConnection* connection, sqlite3_stmt* statement)
    : m_connection(connection)
    , m_statement(statement)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::prepareForBind()
{
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = false;
    }
}

void SqliteStatement::checkBind(int rc, int index, qsizetype bytes)
{
    if (rc == SQLITE_OK)
        return;
    // A failed bind leaves the parameter NULL: stepping on would store NULL or fail on a
    // constraint that says nothing about the cause.
    if (rc == SQLITE_TOOBIG)
        throw TareError(TareError::Kind::Input, tr("%1: a value of %2 bytes is too large to store (the limit is %3 bytes)")
                                                    .arg(m_connection->path())
                                                    .arg(bytes)
                                                    .arg(sqlite3_limit(m_connection->handle(), SQLITE_LIMIT_LENGTH, -1)));
    m_connection->fail(rc, tr("binding parameter %1 of: %2")
                               .arg(index)
                               .arg(QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(80)));
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    prepareForBind();
    checkBind(sqlite3_bind_int64(m_statement, index, value), index, 8);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    prepareForBind();
    checkBind(sqlite3_bind_double(m_statement, index, value), index, 8);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return bindUtf8(index, utf8.constData(), utf8.size());
}

SqliteStatement& SqliteStatement::bindUtf8(int index, const char* data, qsizetype size)
{
    prepareForBind();
    checkBind(sqlite3_bind_text64(m_statement, index, data ? data : "", sqlite3_uint64(size), SQLITE_TRANSIENT, SQLITE_UTF8),
              index, size);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, const void* data, qsizetype size)
{
    prepareForBind();
    checkBind(sqlite3_bind_blob64(m_statement, index, data, sqlite3_uint64(size), SQLITE_TRANSIENT), index, size);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlobInPlace(int index, const void* data, qsizetype size)
{
    prepareForBind();
    checkBind(sqlite3_bind_blob64(m_statement, index, data, sqlite3_uint64(size), SQLITE_STATIC), index, size);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    prepareForBind();
    checkBind(sqlite3_bind_null(m_statement, index), index, 0);
    return *this;
}

SqliteStatement& SqliteStatement::bindRealOrNull(int index, double value)
{
    return std::isfinite(value) ? bind(index, value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bindIdOrNull(int index, qint64 id)
{
    return id > 0 ? bind(index, id) : bindNull(index);
}

bool SqliteStatement::step()
{
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_statement);
    m_connection->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(80));
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_stepped = false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto view = blobView(column);
    return QByteArray(view.data(), qsizetype(view.size()));
}

std::span<const char> SqliteStatement::blobView(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return {data, size_t(sqlite3_column_bytes(m_statement, column))};
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

double SqliteStatement::realOrNan(int column) const
{
    return isNull(column) ? std::numeric_limits<double>::quiet_NaN() : real(column);
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<qint64> SqliteStatement::firstInt64()
{
    return firstRow([](const SqliteStatement& row) { return row.int64(0); });
}

SqliteConnection::SqliteConnection(const QString& path, Mode mode)
    : m_path(path)
    , m_owner(QThread::currentThread())
{
    checkThread("open");
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw TareError(TareError::Kind::Io, tr("%1: cannot open: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A project file may come from anywhere: SQL stored in its schema (triggers, views, functions
    // in defaults or indexes) must never run with Tare's rights. Tare uses neither triggers nor
    // views, so both are switched off; "defensive" also forbids writing the schema or the
    // shadow tables of virtual tables directly. ProjectSchema refuses files that hold such
    // objects at all.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_exec(m_db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr); // the same switch, said twice
    // Other connections (a worker writing results) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, s_busyTimeoutMs);
}

SqliteConnection::~SqliteConnection()
{
    m_statements.clear();
    sqlite3_close(m_db);
}

void SqliteConnection::exec(const char* sql)
{
    checkThread(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        fail(rc, QString::fromUtf8(sql).simplified().left(80));
    }
}

SqliteStatement& SqliteConnection::prepare(const char* sql)
{
    checkThread(sql);
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql).simplified().left(80));
    auto owned = std::make_unique<SqliteStatement>(this, statement);
    auto& ref = *owned;
    m_statements.emplace(sql, std::move(owned));
    return ref;
}

qint64 SqliteConnection::pragmaInt(const char* name)
{
    checkThread(name);
    const std::string sql = std::string("PRAGMA ") + name;
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromStdString(sql));
    rc = sqlite3_step(statement);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(rc, QString::fromStdString(sql));
    return value;
}

bool SqliteConnection::trySetJournalMode(const char* mode)
{
    checkThread(mode);
    const std::string sql = std::string("PRAGMA journal_mode = ") + mode;
    sqlite3_busy_timeout(m_db, 0);
    sqlite3_stmt* statement = nullptr;
    bool set = false;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        const auto* now = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        set = now && qstricmp(now, mode) == 0;
    }
    sqlite3_finalize(statement);
    sqlite3_busy_timeout(m_db, s_busyTimeoutMs);
    return set;
}

qint64 SqliteConnection::queryInt64(const char* sql, qint64 parameter)
{
    auto& statement = prepare(sql);
    statement.bind(1, parameter);
    return statement.firstInt64().value_or(0);
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteConnection::fail(int code, const QString& context) const
{
    const int systemError = errno; // first, before anything else can change it
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    TareError::Kind kind = TareError::Kind::Io;
    const int primary = code & 0xff;
    if (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH || primary == SQLITE_TOOBIG)
        kind = TareError::Kind::Input;
    if (primary == SQLITE_FULL)
        throw TareError(kind, tr("%1: the disk is full (%2); nothing of the unfinished step was written")
                                  .arg(m_path, reason));
    // SQLite reports only ENOSPC as SQLITE_FULL; a quota or a file size limit is the same problem
    // for the user but arrives as SQLITE_IOERR_WRITE with the reason left in errno (SQLite does
    // not record it for sqlite3_system_errno() on this path).
    if (code == SQLITE_IOERR_WRITE && (systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG))
        throw TareError(kind, tr("%1: no space to write: the disk is full or the file reached its size limit (%2); "
                                 "nothing of the unfinished step was written")
                                  .arg(m_path, QString::fromLocal8Bit(std::strerror(systemError))));
    if (primary == SQLITE_BUSY)
        throw TareError(kind, tr("%1: the project is in use by another Tare process (it kept the project locked for "
                                 "more than %2 s); try again when it has finished")
                                  .arg(m_path)
                                  .arg(s_busyTimeoutMs / 1000));
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        throw TareError(kind, tr("%1: not a Tare project or a damaged file (%2)").arg(m_path, reason));
    throw TareError(kind, tr("%1: database error: %2 (in: %3)").arg(m_path, reason, context));
}

SqliteTransaction::SqliteTransaction(SqliteConnection& connection)
    : m_connection(connection)
{
    m_connection.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_connection.exec("COMMIT");
    m_done = true;
}

} // namespace tare
