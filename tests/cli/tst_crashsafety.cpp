// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "projectbuilder.h"
#include "testutils.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tare;
using TestUtils::integrityCheck;
using TestUtils::runCli;

namespace {

// Fixed seed: the kill points differ from machine to machine anyway (they are times, not steps),
// but the checks hold for every kill point, so a fixed seed only makes a failure easier to repeat.
constexpr quint32 s_seed = 20261125;
constexpr int s_maxRunKills = 30;
constexpr qint64 s_runBudgetMs = 15000;
constexpr int s_importKills = 5;
constexpr int s_bigDocuments = 300000;

QString cliPath()
{
    return QString::fromUtf8(TARE_CLI_PATH);
}

qint64 countRows(const QString& path, const char* sql)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    auto& statement = connection.prepare(sql);
    statement.step();
    const qint64 count = statement.int64(0);
    statement.reset();
    return count;
}

/// Every stored field of a query's result, as bytes; `withTiming` adds the elapsed time, which is
/// the only field that may differ between two runs of the same definition.
QByteArray serialize(const RunQueryRecord& record, bool withTiming)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << record.queryId << queryOutcomeName(record.outcome) << record.error << record.apBefore << record.apAfter
           << RunQueryJson::metricsBytes(record.before) << RunQueryJson::metricsBytes(record.after)
           << RunQueryJson::judgedBytes(record.judged)
           << QByteArray(reinterpret_cast<const char*>(record.refinedVector.data()),
                         qsizetype(record.refinedVector.size() * sizeof(float)));
    if (withTiming)
        stream << record.elapsedMs;
    stream << qint64(record.curve.size());
    for (const CurvePoint& point : record.curve)
        stream << point.step << point.loss << point.ap << point.auc;
    return bytes;
}

/// (run, query) -> the stored row, whole and without its timing.
using Snapshot = QMap<QPair<qint64, qint64>, QPair<QByteArray, QByteArray>>;

} // namespace

/// Kills tare-cli with SIGKILL at random moments of a run and of an import, and checks that the
/// project stays consistent: integrity ok, finished work kept byte for byte, a resumed run equal
/// to an uninterrupted one, and nothing left of a killed import.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedRunsResumeToTheSameResults();
    void killedImportLeavesNoTrace();

private:
    QStringList runArguments(bool resume) const;
    Snapshot snapshot(qint64 referenceRunId);

    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_referenceRunId = 0;
    qint64 m_referenceMs = 0;
    QMap<qint64, QByteArray> m_reference; // query id -> deterministic fields
};

QStringList TestCrashSafety::runArguments(bool resume) const
{
    QStringList arguments{QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                          QStringLiteral("--judge"), QStringLiteral("simulated:flip=0.2"), QStringLiteral("--steps"),
                          QStringLiteral("300"), QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--json")};
    if (resume)
        arguments.append(QStringLiteral("--resume"));
    return arguments;
}

Snapshot TestCrashSafety::snapshot(qint64 referenceRunId)
{
    Snapshot result;
    ProjectStore store(m_project);
    for (const RunRecord& run : store.runs().all()) {
        if (run.id == referenceRunId)
            continue;
        for (const RunQueryRecord& record : store.runs().queries(run.id, true))
            result.insert({run.id, record.queryId}, {serialize(record, true), serialize(record, false)});
    }
    return result;
}

void TestCrashSafety::initTestCase()
{
    auto result = TestUtils::buildCliProjectIn(m_dir, QStringLiteral("p.tare"), m_project, QStringLiteral("nuance"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    // The uninterrupted reference run, also timed: kill points are drawn over its duration.
    QElapsedTimer clock;
    clock.start();
    result = runCli(runArguments(false));
    m_referenceMs = std::max<qint64>(clock.elapsed(), 20);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("summary")).toObject();
    m_referenceRunId = summary.value(QStringLiteral("run")).toInteger();
    QVERIFY(m_referenceRunId > 0);
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));

    ProjectStore store(m_project);
    for (const RunQueryRecord& record : store.runs().queries(m_referenceRunId, true))
        m_reference.insert(record.queryId, serialize(record, false));
    QCOMPARE(m_reference.size(), qsizetype(23));
}

void TestCrashSafety::killedRunsResumeToTheSameResults()
{
    QRandomGenerator random(s_seed);
    QElapsedTimer budget;
    budget.start();
    Snapshot before = snapshot(m_referenceRunId);
    int iterations = 0;
    int kills = 0;
    int killsWithQueriesKept = 0;
    QSet<qint64> interrupted; // runs a kill left unfinished
    while (iterations < s_maxRunKills && budget.elapsed() < s_runBudgetMs) {
        QProcess process;
        process.start(cliPath(), runArguments(iterations > 0));
        QVERIFY(process.waitForStarted());
        const int delayMs = int(random.bounded(quint32(m_referenceMs)));
        if (!process.waitForFinished(delayMs)) {
            process.kill(); // SIGKILL: no handler runs, no transaction is closed
            QVERIFY(process.waitForFinished(10000));
        }
        if (process.exitStatus() == QProcess::CrashExit) {
            ++kills;
            ProjectStore store(m_project);
            for (const RunRecord& run : store.runs().all()) {
                if (run.status != RunStatus::Finished)
                    interrupted.insert(run.id);
            }
        } else {
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     process.readAllStandardError().constData());
        }
        ++iterations;

        QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
        const Snapshot after = snapshot(m_referenceRunId);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const QByteArray label = QStringLiteral("run %1 query %2 after kill %3 at %4 ms")
                                         .arg(it.key().first)
                                         .arg(it.key().second)
                                         .arg(iterations)
                                         .arg(delayMs)
                                         .toUtf8();
            QVERIFY2(after.contains(it.key()), label.constData());
            QVERIFY2(after.value(it.key()) == it.value(), label.constData());
        }
        // Whatever a killed run managed to store equals the reference, query by query.
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            QVERIFY2(it.value().second == m_reference.value(it.key().second),
                     qPrintable(QStringLiteral("run %1 query %2").arg(it.key().first).arg(it.key().second)));
        if (process.exitStatus() == QProcess::CrashExit && after.size() > before.size())
            ++killsWithQueriesKept;
        before = after;
    }
    qInfo("kills survived: %d of %d runs (%d kills after some queries were stored), seed %u, reference %lld ms",
          kills, iterations, killsWithQueriesKept, s_seed, m_referenceMs);
    QVERIFY2(kills >= 5, "too few runs were killed before they finished");

    // Resuming completes the run; every finished run equals the uninterrupted reference.
    const auto result = runCli(runArguments(true));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const qint64 resumedId = QJsonDocument::fromJson(result.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("summary"))
                                 .toObject()
                                 .value(QStringLiteral("run"))
                                 .toInteger();
    QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
    ProjectStore store(m_project);
    int finishedRuns = 0;
    for (const RunRecord& run : store.runs().all()) {
        if (run.id == m_referenceRunId || run.status != RunStatus::Finished)
            continue;
        ++finishedRuns;
        const auto records = store.runs().queries(run.id, true);
        QCOMPARE(records.size(), m_reference.size());
        for (const RunQueryRecord& record : records)
            QVERIFY2(serialize(record, false) == m_reference.value(record.queryId),
                     qPrintable(QStringLiteral("run %1 query %2").arg(run.id).arg(record.queryId)));
    }
    QCOMPARE(store.runs().find(resumedId)->status, RunStatus::Finished);
    // A run is only created when none is unfinished (--resume), so every interrupted run was
    // resumed to the end: none is left unfinished.
    QCOMPARE(finishedRuns, store.runs().all().size() - 1);
    QVERIFY(!interrupted.isEmpty());
    for (qint64 runId : std::as_const(interrupted))
        QCOMPARE(store.runs().find(runId)->status, RunStatus::Finished);
    qInfo("%lld interrupted runs resumed to the end, %d finished runs equal to the reference",
          qint64(interrupted.size()), finishedRuns);
}

void TestCrashSafety::killedImportLeavesNoTrace()
{
    // A BEIR folder large enough that its import takes about a second.
    QTemporaryDir input;
    QVERIFY(input.isValid());
    const QDir folder(input.path());
    {
        QByteArray corpus;
        corpus.reserve(s_bigDocuments * 48);
        for (int i = 0; i < s_bigDocuments; ++i)
            corpus += "{\"_id\": \"d" + QByteArray::number(i) + "\", \"text\": \"w" + QByteArray::number(i % 997)
                + " alpha beta\"}\n";
        TestUtils::writeFile(folder, QStringLiteral("corpus.jsonl"), corpus);
        QByteArray queries, qrels("query-id\tcorpus-id\tscore\n");
        for (int i = 0; i < 10; ++i) {
            queries += "{\"_id\": \"q" + QByteArray::number(i) + "\", \"text\": \"w" + QByteArray::number(i) + "\"}\n";
            qrels += "q" + QByteArray::number(i) + "\td" + QByteArray::number(i * 7) + "\t1\n";
        }
        TestUtils::writeFile(folder, QStringLiteral("queries.jsonl"), queries);
        TestUtils::writeFile(folder, QStringLiteral("qrels/test.tsv"), qrels);
    }
    auto importArguments = [&](const QString& project, const QString& name) {
        return QStringList{QStringLiteral("import"), QStringLiteral("beir"), input.path(), QStringLiteral("--project"),
                           project, QStringLiteral("--name"), name};
    };

    // Time a whole import into a scratch project: kill points are drawn inside it.
    QElapsedTimer clock;
    clock.start();
    const auto scratch = runCli(importArguments(m_dir.filePath(QStringLiteral("scratch.tare")), QStringLiteral("big")));
    const qint64 importMs = clock.elapsed();
    QVERIFY2(scratch.exitCode == 0, qPrintable(scratch.err));

    auto state = [&] {
        ProjectStore store(m_project);
        QStringList lines;
        for (const DatasetInfo& info : store.datasets().all())
            lines.append(QStringLiteral("%1 %2 %3 %4").arg(info.name).arg(info.documentCount).arg(info.queryCount).arg(info.labelCount));
        lines.append(QString::number(countRows(m_project, "SELECT count(*) FROM documents")));
        lines.append(QString::number(countRows(m_project, "SELECT count(*) FROM queries")));
        lines.append(QString::number(countRows(m_project, "SELECT count(*) FROM labels")));
        return lines;
    };
    QStringList expected = state();
    QRandomGenerator random(s_seed + 1);
    int kills = 0;
    int killsMidImport = 0; // killed before the import's transaction committed
    for (int i = 0; i < s_importKills; ++i) {
        const QString name = QStringLiteral("big%1").arg(i);
        QProcess process;
        process.start(cliPath(), importArguments(m_project, name));
        QVERIFY(process.waitForStarted());
        const int delayMs = int(importMs / 20 + random.bounded(quint32(std::max<qint64>(1, importMs * 13 / 20))));
        if (!process.waitForFinished(delayMs)) {
            process.kill();
            QVERIFY(process.waitForFinished(10000));
            ++kills;
        }
        QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
        if (process.exitStatus() == QProcess::NormalExit)
            QCOMPARE(process.exitCode(), 0);
        // All or nothing: an import that committed before the kill (or finished) is whole.
        if (const auto imported = ProjectStore(m_project).datasets().byName(name)) {
            QCOMPARE(imported->documentCount, qint64(s_bigDocuments));
            QCOMPARE(imported->queryCount, qint64(10));
            QCOMPARE(imported->labelCount, qint64(10));
            expected = state();
            continue;
        }
        ++killsMidImport;
        const QStringList now = state();
        QVERIFY2(now == expected, qPrintable(QStringLiteral("after a kill at %1 ms: %2; expected: %3")
                                                 .arg(delayMs)
                                                 .arg(now.join(QLatin1Char('|')), expected.join(QLatin1Char('|')))));
    }
    qInfo("import kills survived: %d of %d imports (%d before the commit, nothing kept), import takes %lld ms", kills,
          s_importKills, killsMidImport, importMs);
    QVERIFY(killsMidImport >= 1);

    // A fresh import into the same project succeeds and is whole.
    const auto result = runCli(importArguments(m_project, QStringLiteral("big")));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
    ProjectStore store(m_project);
    const auto big = store.datasets().byName(QStringLiteral("big"));
    QVERIFY(big);
    QCOMPARE(big->documentCount, qint64(s_bigDocuments));
    QCOMPARE(big->queryCount, qint64(10));
    QCOMPARE(big->labelCount, qint64(10));
    QVERIFY(store.datasets().byName(QStringLiteral("nuance")));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
