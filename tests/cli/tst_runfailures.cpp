// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace tare;
using TestUtils::runCli;

namespace {

QString cliPath()
{
    return QString::fromUtf8(TARE_CLI_PATH);
}

qint64 scalar(const QString& project, const char* sql)
{
    SqliteConnection connection(project, SqliteConnection::Mode::ReadOnly);
    auto& statement = connection.prepare(sql);
    const qint64 value = statement.step() ? statement.int64(0) : -1;
    statement.reset();
    return value;
}

QString text(const QString& project, const char* sql)
{
    SqliteConnection connection(project, SqliteConnection::Mode::ReadOnly);
    auto& statement = connection.prepare(sql);
    const QString value = statement.step() ? statement.text(0) : QString();
    statement.reset();
    return value;
}

/// Waits until the newest run is running (the process has claimed it and started), at most 30 s.
bool waitUntilRunning(const QString& project)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        if (text(project, "SELECT status FROM runs ORDER BY id DESC LIMIT 1") == u"running")
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace

/// Runs that cannot succeed say so and store what they must: unknown query ids are refused
/// before a run is made, a refinement that diverges fails its queries (no NaN vector marked
/// finished), a run that cannot start is marked failed, two processes never execute one run,
/// a killed run resumes, and two runs asking one judge store each answer once.
class TestRunFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unknownQueryIdIsRefused();
    void runThatDoesNotFitIsRefused();
    void divergingRefinementFails();
    void runThatCannotStartIsFailed();
    void concurrentResumeIsRefused();
    void killedRunResumes();
    void concurrentRunsStoreEachJudgmentOnce();

private:
    QStringList runArguments(const QStringList& more = {}) const;
    /// The arguments of a run long enough to be caught while it goes.
    QStringList slowRunArguments() const;
    /// Starts tare-cli with `arguments` in `process` and waits until its run is running.
    bool startRunning(QProcess& process, const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_project;
};

void TestRunFailures::init()
{
    const QString name = QStringLiteral("%1.tare").arg(QString::fromLatin1(QTest::currentTestFunction()));
    const auto result = TestUtils::buildCliProjectIn(m_dir, name, m_project, QStringLiteral("nuance"), 32);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

QStringList TestRunFailures::runArguments(const QStringList& more) const
{
    return QStringList{QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--judge"),
                       QStringLiteral("gold")}
        + more;
}

void TestRunFailures::unknownQueryIdIsRefused()
{
    const auto result = runCli(runArguments({QStringLiteral("--queries"), QStringLiteral("NOPE")}));
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("no query with id 'NOPE'")), qPrintable(result.err));
    QCOMPARE(scalar(m_project, "SELECT count(*) FROM runs"), 0);
}

void TestRunFailures::runThatDoesNotFitIsRefused()
{
    // 1 kB is less than any run needs: refused with the figures, no run made; --force runs it.
    const auto withLittleMemory = [](QProcess& process) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TARE_AVAILABLE_MEMORY"), QStringLiteral("1000"));
        process.setProcessEnvironment(environment);
    };
    const auto refused = runCli(runArguments({QStringLiteral("--steps"), QStringLiteral("3")}), 120000, withLittleMemory);
    qInfo("exit %d: %s", refused.exitCode, qPrintable(refused.err.trimmed()));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("1.0 kB is available")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("the run needs about")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("--force runs it anyway")), qPrintable(refused.err));
    QCOMPARE(scalar(m_project, "SELECT count(*) FROM runs"), 0);

    const auto forced = runCli(runArguments({QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--force")}), 120000,
                               withLittleMemory);
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(text(m_project, "SELECT status FROM runs"), QStringLiteral("finished"));

    // An experiment asks the same check for each of its runs.
    const auto experiment = runCli({QStringLiteral("experiment"), m_project, QStringLiteral("methods"), QStringLiteral("--space"),
                                    QStringLiteral("lsa"), QStringLiteral("--queries"), QStringLiteral("2"), QStringLiteral("--steps"),
                                    QStringLiteral("3")},
                                   120000, withLittleMemory);
    QVERIFY2(experiment.exitCode != 0, qPrintable(experiment.out));
    QVERIFY2(experiment.err.contains(QStringLiteral("1.0 kB is available")), qPrintable(experiment.err));
}

void TestRunFailures::divergingRefinementFails()
{
    const auto result = runCli(runArguments({QStringLiteral("--lr"), QStringLiteral("1e308"), QStringLiteral("--steps"),
                                             QStringLiteral("5")}));
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed().left(300)));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("the refinement diverged")), qPrintable(result.err));
    QCOMPARE(text(m_project, "SELECT status FROM runs"), QStringLiteral("failed"));
    QCOMPARE(scalar(m_project, "SELECT count(*) FROM run_queries WHERE status = 'finished'"), 0);
}

void TestRunFailures::runThatCannotStartIsFailed()
{
    {
        // A damaged vector: the run is created, then its inputs fail to load.
        SqliteConnection connection(m_project, SqliteConnection::Mode::ReadWrite);
        connection.exec("UPDATE document_vector_chunks SET vectors = x'00010203' WHERE id = 1");
    }
    const auto result = runCli(runArguments());
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(text(m_project, "SELECT status FROM runs"), QStringLiteral("failed"));
    QVERIFY2(text(m_project, "SELECT error FROM runs").contains(QStringLiteral("damaged project")),
             qPrintable(text(m_project, "SELECT error FROM runs")));
}

QStringList TestRunFailures::slowRunArguments() const
{
    return runArguments({QStringLiteral("--steps"), QStringLiteral("20000"), QStringLiteral("--threads"), QStringLiteral("1"),
                         QStringLiteral("--eval-every"), QStringLiteral("1000")});
}

bool TestRunFailures::startRunning(QProcess& process, const QStringList& arguments) const
{
    process.start(cliPath(), arguments);
    return process.waitForStarted() && waitUntilRunning(m_project);
}

void TestRunFailures::concurrentResumeIsRefused()
{
    const QStringList slow = slowRunArguments();
    QProcess first;
    QVERIFY(startRunning(first, slow));
    const auto second = runCli(slow + QStringList{QStringLiteral("--resume")});
    qInfo("second: exit %d: %s", second.exitCode, qPrintable(second.err.trimmed()));
    QVERIFY(first.state() == QProcess::Running);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("is being executed by another Tare process (process %1)").arg(first.processId())),
             qPrintable(second.err));
    QVERIFY(first.waitForFinished(300000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(text(m_project, "SELECT status FROM runs"), QStringLiteral("finished"));
    QCOMPARE(scalar(m_project, "SELECT count(*) FROM runs"), 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral(".concurrentResumeIsRefused.tare.run-1.lock"))));
}

void TestRunFailures::killedRunResumes()
{
    const QStringList slow = slowRunArguments();
    QProcess first;
    QVERIFY(startRunning(first, slow));
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(30000));
    const auto resumed = runCli(slow + QStringList{QStringLiteral("--resume")}, 300000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QCOMPARE(text(m_project, "SELECT status FROM runs"), QStringLiteral("finished"));
}

void TestRunFailures::concurrentRunsStoreEachJudgmentOnce()
{
    test::OpenAiTestServer server;
    server.setLatencyMs(50); // both runs ask before either has stored an answer
    const QStringList arguments{QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                QStringLiteral("--judge"), QStringLiteral("llm-yesno"), QStringLiteral("--endpoint"),
                                server.baseUrl() + QStringLiteral("/v1"), QStringLiteral("--model"), QStringLiteral("m"),
                                QStringLiteral("--total"), QStringLiteral("5"), QStringLiteral("--from-top"), QStringLiteral("5"),
                                QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--concurrency"), QStringLiteral("4")};
    QProcess a;
    QProcess b;
    a.start(cliPath(), arguments + QStringList{QStringLiteral("--label"), QStringLiteral("a")});
    b.start(cliPath(), arguments + QStringList{QStringLiteral("--label"), QStringLiteral("b")});
    QVERIFY(a.waitForFinished(300000));
    QVERIFY(b.waitForFinished(300000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    QCOMPARE(scalar(m_project, "SELECT count(*) FROM runs WHERE status = 'finished'"), 2);
    const qint64 most = scalar(m_project, "SELECT max(c) FROM (SELECT count(*) AS c FROM judgments WHERE status <> 'failed' "
                                          "GROUP BY judge_id, query_id, document_id)");
    qInfo("requests: %d; judgments stored: %lld; most of one pair: %lld", server.requestCount(),
          scalar(m_project, "SELECT count(*) FROM judgments"), most);
    QCOMPARE(most, 1);
}

QTEST_GUILESS_MAIN(TestRunFailures)
#include "tst_runfailures.moc"
