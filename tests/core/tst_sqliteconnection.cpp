// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tare;

/// The connection's thread rule: a thread declared off-limits (the GUI thread) counts every
/// connection opened and statement run on it; other threads are not counted.
class TestSqliteConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsUseOnTheForbiddenThread();
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

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"
