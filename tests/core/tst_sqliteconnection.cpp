// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tare;

/// The connection's thread rule: a thread declared off-limits (the GUI thread) counts every
/// connection opened and statement run on it; other threads are not counted. The statement's
/// keyed row reader and its id-or-NULL binding.
class TestSqliteConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsUseOnTheForbiddenThread();
    void keyedRowsKeepTheLastRowOfAKey();
    void bindIdOrNullStoresNullForNoId();
};

void TestSqliteConnection::countsUseOnTheForbiddenThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("guard.tare"));
    ProjectStore(path, ProjectStore::OpenMode::CreateIfMissing);
    const quint64 before = SqliteConnection::forbiddenThreadUses();

    SqliteConnection::setForbiddenThread(QThread::currentThread());
    // Another thread works freely.
    QThread* worker = QThread::create([path] {
        ProjectStore store(path);
        store.datasets().all();
    });
    worker->start();
    worker->wait();
    delete worker;
    QCOMPARE(SqliteConnection::forbiddenThreadUses(), before);

    // The forbidden one is noticed: opening, and each statement.
    {
        ProjectStore store(path);
        const quint64 opened = SqliteConnection::forbiddenThreadUses();
        QVERIFY(opened > before);
        store.datasets().all();
        QVERIFY(SqliteConnection::forbiddenThreadUses() > opened);
    }
    SqliteConnection::setForbiddenThread(nullptr);
    const quint64 after = SqliteConnection::forbiddenThreadUses();
    ProjectStore(path).datasets().all();
    QCOMPARE(SqliteConnection::forbiddenThreadUses(), after);
}

void TestSqliteConnection::keyedRowsKeepTheLastRowOfAKey()
{
    QTemporaryDir dir;
    SqliteConnection connection(dir.filePath(QStringLiteral("keyed.sqlite")), SqliteConnection::Mode::ReadWriteCreate);
    connection.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, v TEXT);"
                    "INSERT INTO t(k, v) VALUES(1, 'a'), (2, 'b'), (1, 'c'), (3, 'd'), (2, 'e');");
    auto& statement = connection.prepare("SELECT k, v FROM t WHERE k < ?1 ORDER BY id");
    statement.bind(1, qint64(3));
    const auto read = [](const SqliteStatement& row) { return qMakePair(row.int64(0), row.text(1)); };
    const auto key = [](const QPair<qint64, QString>& value) { return value.first; };
    const QHash<qint64, QPair<qint64, QString>> rows = statement.keyedRows(read, key);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.value(1).second, QStringLiteral("c"));
    QCOMPARE(rows.value(2).second, QStringLiteral("e"));
    // Reset: the statement reads again from the start.
    statement.bind(1, qint64(2));
    QCOMPARE(statement.keyedRows(read, key).value(1).second, QStringLiteral("c"));
}

void TestSqliteConnection::bindIdOrNullStoresNullForNoId()
{
    QTemporaryDir dir;
    SqliteConnection connection(dir.filePath(QStringLiteral("ids.sqlite")), SqliteConnection::Mode::ReadWriteCreate);
    connection.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, ref INTEGER)");
    auto& insert = connection.prepare("INSERT INTO t(ref) VALUES(?1)");
    for (const qint64 id : {qint64(7), qint64(0), qint64(-1)}) {
        insert.bindIdOrNull(1, id);
        insert.run();
    }
    const QList<bool> nulls = connection.rows("SELECT ref FROM t WHERE id >= ?1 ORDER BY id", 1,
                                              [](const SqliteStatement& row) { return row.isNull(0); });
    QCOMPARE(nulls, (QList<bool>{false, true, true}));
    QCOMPARE(connection.queryInt64("SELECT ref FROM t WHERE id = ?1", 1), qint64(7));
}

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"
