// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "testutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

using namespace tare;
using TestUtils::runCli;

namespace {

QString cliPath()
{
    return QString::fromUtf8(TARE_CLI_PATH);
}

QString nuance()
{
    return QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/nuance");
}

/// A BEIR folder of `documents` generated documents; with `brokenLast` the corpus's last line is
/// not JSON, so its import fails at the very end.
void writeBeir(const QDir& dir, int documents, bool brokenLast)
{
    QByteArray corpus;
    corpus.reserve(qsizetype(documents) * 48);
    for (int i = 0; i < documents; ++i)
        corpus += "{\"_id\": \"d" + QByteArray::number(i) + "\", \"text\": \"w" + QByteArray::number(i % 997) + " alpha beta\"}\n";
    if (brokenLast)
        corpus += "{\"_id\": \"broken\", \"text\": \n";
    TestUtils::writeFile(dir, QStringLiteral("corpus.jsonl"), corpus);
    QByteArray queries;
    QByteArray qrels("query-id\tcorpus-id\tscore\n");
    for (int i = 0; i < 5; ++i) {
        queries += "{\"_id\": \"q" + QByteArray::number(i) + "\", \"text\": \"w" + QByteArray::number(i) + "\"}\n";
        qrels += "q" + QByteArray::number(i) + "\td" + QByteArray::number(i * 7) + "\t1\n";
    }
    TestUtils::writeFile(dir, QStringLiteral("queries.jsonl"), queries);
    TestUtils::writeFile(dir, QStringLiteral("qrels/test.tsv"), qrels);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList datasetNames(const QString& project)
{
    ProjectStore store(project);
    QStringList names;
    for (const DatasetInfo& info : store.datasets().all())
        names.append(info.name);
    names.sort();
    return names;
}

/// Waits until something appears in `dir` (the import has begun writing), at most 10 s.
bool waitForAnyEntry(const QString& dir)
{
    QElapsedTimer clock;
    clock.start();
    while (entries(dir).isEmpty()) {
        if (clock.elapsed() > 10000)
            return false;
        QThread::msleep(5);
    }
    return true;
}

/// Sends `signalNumber` to the running `process`, waits for it and checks that it ended as an
/// interrupted command does (a normal exit with code 4); `err` gets its standard error.
void interrupt(QProcess& process, int signalNumber, QString& err)
{
    QVERIFY(process.state() == QProcess::Running);
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(60000));
    err = QString::fromUtf8(process.readAllStandardError());
    qInfo("exit status %d, code %d: %s", int(process.exitStatus()), process.exitCode(), qPrintable(err.trimmed()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 4);
}

} // namespace

/// Imports that create a project at the same moment as other processes, fail, or are
/// interrupted: a process deletes only what it created itself (never a project another process
/// made, never a symbolic link), concurrent creators all succeed or get a clear message, and
/// Ctrl-C leaves nothing behind with exit code 4.
class TestConcurrentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failingFirstImportKeepsAnotherProcessesProject();
    void concurrentCreatorsAllSucceed();
    void danglingSymlinkIsKept();
    void interruptedImportLeavesNothing_data();
    void interruptedImportLeavesNothing();
    void interruptedEmbedStoresNothing();
    void lockedProjectSaysInUse();

private:
    QTemporaryDir m_inputs;
    QString m_big;    ///< 300,000 documents, a broken last line
    QString m_bigOk;  ///< 300,000 documents, all good
};

void TestConcurrentImport::initTestCase()
{
    QVERIFY(m_inputs.isValid());
    m_big = m_inputs.filePath(QStringLiteral("big-broken"));
    m_bigOk = m_inputs.filePath(QStringLiteral("big-ok"));
    writeBeir(QDir(m_big), 300000, true);
    writeBeir(QDir(m_bigOk), 300000, false);
}

void TestConcurrentImport::failingFirstImportKeepsAnotherProcessesProject()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    QProcess failing;
    failing.start(cliPath(), {QStringLiteral("import"), QStringLiteral("beir"), m_big, QStringLiteral("--project"), project});
    QVERIFY(failing.waitForStarted());
    QVERIFY(waitForAnyEntry(dir.path()));
    // While the big import runs, a small good one creates the project and reports success.
    const auto good = runCli({QStringLiteral("import"), QStringLiteral("beir"), nuance(), QStringLiteral("--project"), project});
    QVERIFY(failing.waitForFinished(120000));
    const QString failingErr = QString::fromUtf8(failing.readAllStandardError());
    qInfo("good import: exit %d %s", good.exitCode, qPrintable(good.err.trimmed()));
    qInfo("failing import: exit %d %s", failing.exitCode(), qPrintable(failingErr.trimmed()));
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QCOMPARE(failing.exitStatus(), QProcess::NormalExit);
    QCOMPARE(failing.exitCode(), 2);
    QVERIFY2(failingErr.contains(QStringLiteral("corpus.jsonl:300001")), qPrintable(failingErr));

    // What the good import reported is there; the failed one left nothing of its own.
    QVERIFY2(QFileInfo::exists(project), "the project another process created was deleted");
    QCOMPARE(datasetNames(project), QStringList{QStringLiteral("nuance")});
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.tare")});
}

void TestConcurrentImport::concurrentCreatorsAllSucceed()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList expected;
    for (int i = 0; i < 4; ++i) {
        const QString name = QStringLiteral("set%1").arg(i);
        expected.append(name);
        auto process = std::make_unique<QProcess>();
        process->start(cliPath(), {QStringLiteral("import"), QStringLiteral("beir"), nuance(), QStringLiteral("--project"), project,
                                   QStringLiteral("--name"), name});
        processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
        QVERIFY(process->waitForFinished(120000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        qInfo("exit %d %s", process->exitCode(), qPrintable(err.trimmed()));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, qPrintable(err));
    }
    QCOMPARE(datasetNames(project), expected);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.tare")});
}

void TestConcurrentImport::danglingSymlinkIsKept()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.tare"));
    const QString link = dir.filePath(QStringLiteral("link.tare"));
    QVERIFY(QFile::link(target, link));
    const QString bad = m_inputs.filePath(QStringLiteral("bad"));
    TestUtils::writeFile(QDir(bad), QStringLiteral("t.csv"), "text,label\n\"never closed,x\n");

    const auto failed = runCli({QStringLiteral("import"), QStringLiteral("classification"), bad + QStringLiteral("/t.csv"),
                                QStringLiteral("--project"), link});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY2(QFileInfo(link).isSymLink(), "the link was deleted by a failed import");
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("link.tare")});

    // A good import through the link creates the project where the link points.
    const auto good = runCli({QStringLiteral("import"), QStringLiteral("beir"), nuance(), QStringLiteral("--project"), link});
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(target).isFile());
    QCOMPARE(datasetNames(link), QStringList{QStringLiteral("nuance")});
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("link.tare"), QStringLiteral("real.tare")}));
}

void TestConcurrentImport::interruptedImportLeavesNothing_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestConcurrentImport::interruptedImportLeavesNothing()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    QProcess process;
    process.start(cliPath(), {QStringLiteral("import"), QStringLiteral("beir"), m_bigOk, QStringLiteral("--project"), project});
    QVERIFY(process.waitForStarted());
    QVERIFY(waitForAnyEntry(dir.path()));
    QThread::msleep(200);
    QString err;
    interrupt(process, signalNumber, err);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(err.contains(QStringLiteral("cancelled")), qPrintable(err));
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestConcurrentImport::interruptedEmbedStoresNothing()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const auto imported = runCli({QStringLiteral("import"), QStringLiteral("beir"), m_bigOk, QStringLiteral("--project"), project});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QProcess process;
    process.start(cliPath(), {QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("lsa"),
                              QStringLiteral("--dim"), QStringLiteral("64")});
    QVERIFY(process.waitForStarted());
    QThread::msleep(700);
    QString err;
    interrupt(process, SIGINT, err);
    if (QTest::currentTestFailed())
        return;
    ProjectStore store(project);
    QCOMPARE(store.spaces().all(store.datasets().all().first().id).size(), qsizetype(0));
}

void TestConcurrentImport::lockedProjectSaysInUse()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const auto imported = runCli({QStringLiteral("import"), QStringLiteral("beir"), nuance(), QStringLiteral("--project"), project});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString qrels = TestUtils::writeFile(QDir(dir.path()), QStringLiteral("more.qrels"), "q01 0 d0003 1\n");
    // Another process holds the write lock longer than tare-cli waits for it.
    SqliteConnection holder(project, SqliteConnection::Mode::ReadWrite);
    holder.exec("BEGIN IMMEDIATE");
    const auto blocked = runCli({QStringLiteral("import"), QStringLiteral("qrels"), qrels, QStringLiteral("--project"), project,
                                 QStringLiteral("--dataset"), QStringLiteral("nuance")});
    holder.exec("ROLLBACK");
    qInfo("exit %d: %s", blocked.exitCode, qPrintable(blocked.err.trimmed()));
    QCOMPARE(blocked.exitCode, 3);
    QVERIFY2(blocked.err.contains(QStringLiteral("the project is in use by another Tare process")), qPrintable(blocked.err));
    QVERIFY2(!blocked.err.contains(QStringLiteral("database is locked")), qPrintable(blocked.err));
}

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
