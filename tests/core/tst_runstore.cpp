// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/db/runqueryjson.h"
#include "projectbuilder.h"

#include <QTest>

#include <cmath>

using namespace tare;

/// Runs and their typed per-query rows as stored: what goes in comes back, failed rows included.
class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAndStatus();
    void typedRowsRoundTrip();
    void replaceKeepsOneRow();
    void derivedRuns();

private:
    RunRecord newRun(const QString& refiner = QStringLiteral("kl-adam")) const;
    /// An empty row of run `runId` for the test's query `query` (0 or 1).
    RunQueryRecord newRow(qint64 runId, int query) const;

    TestUtils::ProjectBuilder m_project{QStringLiteral("runs.tare")};
    ProjectStore* m_store = nullptr;
    qint64 m_dataset = 0;
    qint64 m_space = 0;
    qint64 m_judge = 0;
    QList<qint64> m_queries;
};

void TestRunStore::initTestCase()
{
    m_dataset = m_project.datasetId();
    for (const char* id : {"q1", "q2"})
        m_queries.append(m_project.addQuery(id, "text"));
    m_space = m_project.addSpace(QStringLiteral("vec"), 2);
    m_store = &m_project.store();
    JudgeInfo judge;
    judge.identity = QStringLiteral("gold");
    judge.kind = QStringLiteral("gold");
    m_judge = m_store->judgments().ensureJudge(judge);
}

RunRecord TestRunStore::newRun(const QString& refiner) const
{
    RunRecord run;
    run.datasetId = m_dataset;
    run.spaceId = m_space;
    run.judgeId = m_judge;
    run.refiner = refiner;
    run.paramsJson = QByteArrayLiteral(R"({"steps":3})");
    run.label = QStringLiteral("a run");
    return run;
}

RunQueryRecord TestRunStore::newRow(qint64 runId, int query) const
{
    RunQueryRecord row;
    row.runId = runId;
    row.queryId = m_queries[query];
    return row;
}

void TestRunStore::runsAndStatus()
{
    RunStore& runs = m_store->runs();
    const qint64 id = runs.create(newRun());
    QCOMPARE(runs.find(id)->status, RunStatus::Created);
    QCOMPARE(runs.latestUnfinished(newRun())->id, id);
    runs.setStatus(id, RunStatus::Failed, QStringLiteral("disk full"));
    QCOMPARE(runs.find(id)->error, QStringLiteral("disk full"));
    QVERIFY(runs.find(id)->finishedAt.isEmpty());
    runs.setStatus(id, RunStatus::Finished);
    QCOMPARE(runs.find(id)->status, RunStatus::Finished);
    QVERIFY(!runs.find(id)->finishedAt.isEmpty());
    QVERIFY(!runs.latestUnfinished(newRun()) || runs.latestUnfinished(newRun())->id != id);
    QCOMPARE(runs.all(m_dataset).first().id, runs.all().first().id); // newest first
    QVERIFY(!runs.find(id + 1000));
}

void TestRunStore::typedRowsRoundTrip()
{
    RunStore& runs = m_store->runs();
    const qint64 id = runs.create(newRun());
    RunQueryRecord row = newRow(id, 0);
    row.apBefore = 0.25;
    row.apAfter = 0.5;
    row.before = QueryFigures{};
    row.before->metrics.ap = 0.25;
    row.before->candidates = 7;
    row.after = row.before;
    row.after->metrics.ap = 0.5;
    row.judged = {{QStringLiteral("d1"), 11, 3, 1, 0.75, QStringLiteral("degraded"), 1, false}};
    row.refinedVector = {0.5f, -0.25f};
    row.elapsedMs = 1.5;
    row.curve = {{0, 0.7, 0.25, 0.5}, {1, 0.6, std::nan(""), std::nan("")}, {2, 0.5, 0.5, 0.75}};
    runs.insertQuery(row);
    RunQueryRecord failed = newRow(id, 1);
    failed.outcome = QueryOutcome::Failed;
    failed.error = QStringLiteral("no vector");
    failed.apBefore = failed.apAfter = std::nan("");
    runs.insertQuery(failed);

    QCOMPARE(runs.recordedQueryIds(id), QSet<qint64>({m_queries[0], m_queries[1]}));
    const QList<RunQueryRecord> back = runs.queries(id, true);
    QCOMPARE(back.size(), 2);
    const RunQueryRecord& first = back[0];
    QCOMPARE(first.outcome, QueryOutcome::Finished);
    QCOMPARE(first.apAfter, 0.5);
    QCOMPARE(RunQueryJson::metricsBytes(first.before), RunQueryJson::metricsBytes(row.before));
    QCOMPARE(RunQueryJson::judgedBytes(first.judged), RunQueryJson::judgedBytes(row.judged));
    QCOMPARE(first.judged.first().status, QStringLiteral("degraded"));
    QCOMPARE(first.refinedVector, row.refinedVector);
    QCOMPARE(first.curve.size(), 3);
    QVERIFY(std::isnan(first.curve[1].ap));
    QCOMPARE(first.curve[2].auc, 0.75);
    const RunQueryRecord& second = back[1];
    QVERIFY(!second.finished());
    QVERIFY(!second.before && !second.after && second.judged.isEmpty() && second.refinedVector.empty());
    QVERIFY(std::isnan(second.apBefore));
    QVERIFY(runs.queries(id, false).first().curve.isEmpty());
    QCOMPARE(runs.find(id)->finishedQueries, 1);
    QCOMPARE(runs.find(id)->failedQueries, 1);
}

void TestRunStore::replaceKeepsOneRow()
{
    RunStore& runs = m_store->runs();
    const qint64 id = runs.create(newRun());
    RunQueryRecord row = newRow(id, 0);
    row.curve = {{0, 1.0, 0.1, 0.1}, {1, 0.5, 0.2, 0.2}};
    runs.insertQuery(row);
    row.apAfter = 0.9;
    row.curve = {{0, 1.0, 0.1, 0.1}};
    runs.replaceQuery(row);
    const QList<RunQueryRecord> back = runs.queries(id, true);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().apAfter, 0.9);
    QCOMPARE(back.first().curve.size(), 1); // the earlier curve went with the row
}

void TestRunStore::derivedRuns()
{
    RunStore& runs = m_store->runs();
    const qint64 source = runs.create(newRun());
    JudgeInfo human;
    human.identity = QStringLiteral("human");
    human.kind = QStringLiteral("human");
    RunRecord derived = newRun();
    derived.judgeId = m_store->judgments().ensureJudge(human);
    const qint64 id = runs.create(derived);
    QVERIFY(!runs.baseline(id));
    runs.setBaseline(id, source);
    QCOMPARE(runs.baseline(id), std::optional<qint64>(source));
    QCOMPARE(runs.newestDerived(source, QStringLiteral("human")), std::optional<qint64>(id));
    QVERIFY(!runs.newestDerived(source, QStringLiteral("gold")));
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
