// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/inspect/runcomparison.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tare;

/// Two constructed runs over five queries, with AP values chosen so wins, ties and losses are known.
class TestRunComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoRuns();
    void runAgainstItsBaseline();
    void barsGroupManyQueries();
    void missingRun();

private:
    qint64 addRun(const QList<QPair<double, double>>& apBeforeAfter, const QString& failedQuery = {});

    TestUtils::ProjectBuilder m_project{QStringLiteral("c.tare"), QStringLiteral("constructed")};
    qint64 m_dataset = 0;
    qint64 m_space = 0;
    qint64 m_judge = 0;
    QList<qint64> m_queries;
    qint64 m_runA = 0;
    qint64 m_runB = 0;
};

void TestRunComparison::initTestCase()
{
    m_dataset = m_project.datasetId();
    for (int i = 1; i <= 5; ++i)
        m_queries.append(m_project->datasets().insertQuery(m_dataset, QByteArray("q" + QByteArray::number(i)), "text", ""));
    m_space = m_project.addSpace(QStringLiteral("s"), 2);
    JudgeInfo judge;
    judge.identity = QStringLiteral("gold");
    judge.kind = QStringLiteral("gold");
    judge.name = QStringLiteral("gold");
    m_judge = m_project->judgments().ensureJudge(judge);
    // Run A: AP before / after per query. Run B: after values give Δ(B − A after) = +0.2, 0, −0.1, +0.3, failed.
    m_runA = addRun({{0.1, 0.5}, {0.4, 0.4}, {0.6, 0.5}, {0.2, 0.3}, {0.3, 0.2}});
    m_runB = addRun({{0.1, 0.7}, {0.4, 0.4}, {0.6, 0.4}, {0.2, 0.6}, {0.3, 0.9}}, QStringLiteral("q5"));
}

qint64 TestRunComparison::addRun(const QList<QPair<double, double>>& apBeforeAfter, const QString& failedQuery)
{
    RunRecord run;
    run.datasetId = m_dataset;
    run.spaceId = m_space;
    run.judgeId = m_judge;
    run.refiner = QStringLiteral("kl-adam");
    const qint64 id = m_project->runs().create(run);
    for (int i = 0; i < apBeforeAfter.size(); ++i) {
        RunQueryRecord record;
        record.runId = id;
        record.queryId = m_queries[i];
        record.apBefore = apBeforeAfter[i].first;
        record.apAfter = apBeforeAfter[i].second;
        if (QStringLiteral("q%1").arg(i + 1) == failedQuery) {
            record.outcome = QueryOutcome::Failed;
            record.error = QStringLiteral("constructed failure");
        }
        m_project->runs().insertQuery(record);
    }
    m_project->runs().setStatus(id, RunStatus::Finished);
    return id;
}

void TestRunComparison::twoRuns()
{
    const RunComparison c = RunComparison::load(*m_project, m_runA, m_runB);
    QCOMPARE(c.queries.size(), 4); // q5 failed in B
    QCOMPARE(c.stats.n, 4);
    QCOMPARE(c.stats.wins, 2);
    QCOMPARE(c.stats.ties, 1);
    QCOMPARE(c.stats.losses, 1);
    QVERIFY(std::abs(c.stats.meanDelta - 0.1) < 1e-12);
    QCOMPARE(c.queries.first().a, 0.5);
    QCOMPARE(c.queries.first().b, 0.7);
    // Bars sorted ascending: −0.1, 0, +0.2, +0.3.
    QCOMPARE(c.bars.size(), 4);
    QCOMPARE(c.bars.first().firstExtId, QStringLiteral("q3"));
    QCOMPARE(c.bars.last().firstExtId, QStringLiteral("q4"));
    QVERIFY(std::abs(c.bars.last().delta - 0.3) < 1e-12);
    QVERIFY(c.labelA.startsWith(QStringLiteral("Run %1").arg(m_runA)));
    QCOMPARE(RunComparison::runChoices(*m_project).size(), 2);
}

void TestRunComparison::runAgainstItsBaseline()
{
    const RunComparison c = RunComparison::load(*m_project, m_runA, 0);
    QCOMPARE(c.stats.n, 5);
    QCOMPARE(c.stats.wins, 2);   // q1, q4
    QCOMPARE(c.stats.ties, 1);   // q2
    QCOMPARE(c.stats.losses, 2); // q3, q5
    QCOMPARE(c.queries.at(0).a, 0.1);
    QCOMPARE(c.queries.at(0).b, 0.5);
    QVERIFY(c.labelA.endsWith(QStringLiteral("before refinement")));
}

void TestRunComparison::barsGroupManyQueries()
{
    QHash<qint64, double> a, b;
    QHash<qint64, QString> ids;
    for (qint64 q = 1; q <= 1000; ++q) {
        a.insert(q, 0.5);
        b.insert(q, 0.5 + double(q - 500) / 1000.0);
        ids.insert(q, QStringLiteral("q%1").arg(q));
    }
    const RunComparison c = RunComparison::compute(a, b, ids, 80);
    QCOMPARE(c.bars.size(), 80);
    int queries = 0;
    QList<qint64> members;
    for (const DeltaBar& bar : c.bars) {
        queries += bar.queries;
        QCOMPARE(bar.queryIds.size(), bar.queries);
        members.append(bar.queryIds);
    }
    QCOMPARE(queries, 1000);
    // Every query in exactly one bar, in ΔAP order (here: id order).
    for (qsizetype i = 0; i < members.size(); ++i)
        QCOMPARE(members[i], qint64(i + 1));
    QCOMPARE(c.bars.first().firstExtId, QStringLiteral("q1"));
    QCOMPARE(c.bars.last().lastExtId, QStringLiteral("q1000"));
    for (qsizetype i = 1; i < c.bars.size(); ++i)
        QVERIFY(c.bars[i].delta > c.bars[i - 1].delta);
}

void TestRunComparison::missingRun()
{
    QVERIFY_THROWS_EXCEPTION(TareError, RunComparison::load(*m_project, 9999, 0));
}

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
