// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <utility>

class QThread;
struct sqlite3;
struct sqlite3_stmt;

namespace tare {

class SqliteConnection;

/// A prepared statement owned by its connection's cache. Bind indexes start at 1 as in SQLite.
/// A statement is reset automatically when it is bound again after a step, so callers simply
/// bind, step and read. Lives on the thread of its connection.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection* connection, sqlite3_stmt* statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bindUtf8(int index, const char* data, qsizetype size);
    /// UTF-8 text (ids, JSON) as it is.
    SqliteStatement& bind(int index, QByteArrayView utf8) { return bindUtf8(index, utf8.data(), utf8.size()); }
    /// A finite number, or NULL for NaN and infinities.
    SqliteStatement& bindRealOrNull(int index, double value);
    /// A row id, or NULL where there is none (0 or less: no space, no judge).
    SqliteStatement& bindIdOrNull(int index, qint64 id);
    SqliteStatement& bindBlob(int index, const void* data, qsizetype size);
    /// A blob SQLite reads in place, without a copy: `data` must stay valid and unchanged until
    /// the statement has run (for megabytes of vectors).
    SqliteStatement& bindBlobInPlace(int index, const void* data, qsizetype size);
    SqliteStatement& bindNull(int index);

    /// Runs one step: true while a row is available. Throws TareError on failure.
    bool step();
    /// Steps to completion, for statements without rows.
    void run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /// Zero-copy view of a blob column, valid until the next step or reset.
    std::span<const char> blobView(int column) const;
    bool isNull(int column) const;
    /// The column as a number; NaN when NULL.
    double realOrNan(int column) const;
    /// The column as a number; empty when NULL.
    std::optional<double> optionalReal(int column) const;
    /// Steps once and returns column 0 of the first row, if there is one; resets the statement.
    std::optional<qint64> firstInt64();

    /// Steps once and reads the first row with `read(statement)`, if there is one; resets the
    /// statement. The one way a store reads "the row, if any".
    template<typename Read>
    auto firstRow(Read read)
    {
        std::optional<std::invoke_result_t<Read, const SqliteStatement&>> value;
        if (step())
            value = read(std::as_const(*this));
        reset();
        return value;
    }
    /// Steps through every row, handing each to `visit(statement)`; resets the statement.
    template<typename Visit>
    void forEachRow(Visit visit)
    {
        while (step())
            visit(std::as_const(*this));
        reset();
    }
    /// Every row, each read by `read(statement)`; resets the statement.
    template<typename Read>
    auto allRows(Read read)
    {
        QList<std::invoke_result_t<Read, const SqliteStatement&>> result;
        forEachRow([&](const SqliteStatement& row) { result.append(read(row)); });
        return result;
    }
    /// Every row read by `read(statement)`, keyed by `key(value)`: a later row with the same key
    /// replaces an earlier one (so "ORDER BY id" keeps the newest); resets the statement.
    template<typename Read, typename Key>
    auto keyedRows(Read read, Key key)
    {
        using Value = std::invoke_result_t<Read, const SqliteStatement&>;
        QHash<std::invoke_result_t<Key, const Value&>, Value> result;
        forEachRow([&](const SqliteStatement& row) {
            Value value = read(row);
            result.insert(key(value), std::move(value));
        });
        return result;
    }

private:
    void prepareForBind();
    /// Throws a TareError for a failed bind (a value too large to store, a bad index).
    void checkBind(int rc, int index, qsizetype bytes);

    SqliteConnection* m_connection;
    sqlite3_stmt* m_statement;
    bool m_stepped = false;
};

/// One SQLite connection and its statement cache. Not thread-safe: use it from the thread that
/// opened it only (each thread opens its own connection to the same file; WAL lets readers and
/// one writer work at once); debug builds assert it on every statement.
///
/// One thread may be declared off-limits for SQLite altogether: the GUI thread (STYLE.md §4).
/// Opening a connection or running a statement there is counted and reported once with a
/// warning, so the workbench and its tests notice database work that strayed onto it.
class SqliteConnection
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly,
    };

    SqliteConnection(const QString& path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Runs one or more statements without results.
    void exec(const char* sql);
    /// A cached prepared statement for this exact SQL text.
    SqliteStatement& prepare(const char* sql);
    qint64 pragmaInt(const char* name);
    /// Sets the journal mode ("wal", "delete") without waiting for other connections: true when
    /// the file now uses `mode`, false when another connection keeps the old one.
    bool trySetJournalMode(const char* mode);
    /// Column 0 of the first row of a statement with one bound integer (?1); 0 without a row.
    qint64 queryInt64(const char* sql, qint64 parameter);
    /// Every row of a statement with one bound integer (?1), each read by `read(statement)`.
    template<typename Read>
    auto rows(const char* sql, qint64 parameter, Read read)
    {
        SqliteStatement& statement = prepare(sql);
        statement.bind(1, parameter);
        return statement.allRows(read);
    }
    qint64 lastInsertRowId() const;
    int changes() const;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Throws a TareError describing the current SQLite error, prefixed by what was being done.
    [[noreturn]] void fail(int code, const QString& context) const;

    /// Declares the thread on which no connection may be opened or used (nullptr: none).
    static void setForbiddenThread(QThread* thread);
    /// How often SQLite was used on the forbidden thread since the process started.
    static quint64 forbiddenThreadUses();

private:
    void checkThread(const char* sql) const;

    QString m_path;
    QThread* m_owner;
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<SqliteStatement>> m_statements;
};

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called: an
/// import or a query's results land whole or not at all.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection& connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();

private:
    SqliteConnection& m_connection;
    bool m_done = false;
};

} // namespace tare
