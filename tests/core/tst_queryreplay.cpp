// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/db/runqueryjson.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/run/queryreplay.h"
#include "core/run/runengine.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;

/// A replay of a stored query must reproduce the engine's result exactly, and changed feedback
/// must change it.
class TestQueryReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedScoresReproduceTheRun_data();
    void storedScoresReproduceTheRun();
    void recordReproducesTheStoredRow_data();
    void recordReproducesTheStoredRow();
    void changedFeedbackChangesTheResult();
    void observerSeesEveryStep();
    void errors();

private:
    TestUtils::TempProject m_project{QStringLiteral("sample.tare")};
    QHash<QString, qint64> m_runs; // refiner -> run id
};

void TestQueryReplay::initTestCase()
{
    const RunSettings sample = TestUtils::sampleRunSettings(*m_project);
    for (const QString& refiner : {QStringLiteral("kl-adam"), QStringLiteral("rocchio"), QStringLiteral("refit")}) {
        RunSettings settings = sample;
        settings.judgeSpec = QStringLiteral("simulated:flip=0.2,seed=3"); // scores differ from gold
        settings.refiner = refiner;
        settings.refine.lr = refiner == u"refit" ? 0.005 : 0.01;
        settings.refine.fromTop = 10;
        settings.refine.steps = 40;
        m_runs.insert(refiner, TestUtils::runToEnd(*m_project, settings, 2));
    }
}

void TestQueryReplay::storedScoresReproduceTheRun_data()
{
    QTest::addColumn<QString>("refiner");
    QTest::newRow("kl-adam") << QStringLiteral("kl-adam");
    QTest::newRow("rocchio") << QStringLiteral("rocchio");
    QTest::newRow("refit") << QStringLiteral("refit");
}

void TestQueryReplay::storedScoresReproduceTheRun()
{
    QFETCH(QString, refiner);
    const qint64 runId = m_runs.value(refiner);
    const auto index = QueryReplay::loadIndex(*m_project, runId);
    int replayed = 0;
    for (const RunQueryRecord& stored : m_project->runs().queries(runId, false)) {
        if (stored.outcome != QueryOutcome::Finished)
            continue;
        const QueryReplay replay = QueryReplay::load(*m_project, runId, stored.queryId, index);
        QCOMPARE(replay.judged().size(), size_t(20));
        const QueryReplay::Outcome outcome = replay.refine(replay.storedScores());
        // Bit for bit: the same inputs in the same order through the same refiner.
        QCOMPARE(outcome.query.size(), qsizetype(stored.refinedVector.size()));
        for (Eigen::Index i = 0; i < outcome.query.size(); ++i)
            QCOMPARE(outcome.query[i], stored.refinedVector[size_t(i)]);
        QCOMPARE(outcome.after.ap, stored.apAfter);
        QCOMPARE(replay.evaluate(replay.initialQuery()).ap, stored.apBefore);
        QCOMPARE(outcome.judgedRanks.size(), replay.judged().size());
        for (size_t i = 0; i < replay.judged().size(); ++i)
            QCOMPARE(outcome.judgedRanks[i], replay.judged()[i].rankAfter);
        ++replayed;
    }
    QVERIFY(replayed >= 20);
}

void TestQueryReplay::recordReproducesTheStoredRow_data()
{
    storedScoresReproduceTheRun_data();
}

void TestQueryReplay::recordReproducesTheStoredRow()
{
    // The engine and the replay compute a row with the same QueryRefinement: every stored field,
    // curve included, comes out the same bit for bit (NaN where nothing was evaluated).
    QFETCH(QString, refiner);
    const qint64 runId = m_runs.value(refiner);
    const auto index = QueryReplay::loadIndex(*m_project, runId);
    const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    int replayed = 0;
    for (const RunQueryRecord& stored : m_project->runs().queries(runId, true)) {
        if (!stored.finished())
            continue;
        const QueryReplay replay = QueryReplay::load(*m_project, runId, stored.queryId, index);
        const RunQueryRecord again = replay.record(replay.storedScores());
        QCOMPARE(again.runId, runId);
        QCOMPARE(again.queryId, stored.queryId);
        QCOMPARE(again.apBefore, stored.apBefore);
        QCOMPARE(again.apAfter, stored.apAfter);
        QCOMPARE(RunQueryJson::metricsBytes(again.before), RunQueryJson::metricsBytes(stored.before));
        QCOMPARE(RunQueryJson::metricsBytes(again.after), RunQueryJson::metricsBytes(stored.after));
        QCOMPARE(RunQueryJson::judgedBytes(again.judged), RunQueryJson::judgedBytes(stored.judged));
        QCOMPARE(again.refinedVector, stored.refinedVector);
        QCOMPARE(again.curve.size(), stored.curve.size());
        for (qsizetype i = 0; i < stored.curve.size(); ++i) {
            QCOMPARE(again.curve[i].step, stored.curve[i].step);
            QVERIFY2(same(again.curve[i].loss, stored.curve[i].loss), qPrintable(QString::number(i)));
            QVERIFY2(same(again.curve[i].ap, stored.curve[i].ap), qPrintable(QString::number(i)));
            QVERIFY2(same(again.curve[i].auc, stored.curve[i].auc), qPrintable(QString::number(i)));
        }
        ++replayed;
    }
    QVERIFY(replayed >= 20);
}

void TestQueryReplay::changedFeedbackChangesTheResult()
{
    const qint64 runId = m_runs.value(QStringLiteral("kl-adam"));
    const auto index = QueryReplay::loadIndex(*m_project, runId);
    int changed = 0;
    for (const RunQueryRecord& stored : m_project->runs().queries(runId, false)) {
        const QueryReplay replay = QueryReplay::load(*m_project, runId, stored.queryId, index);
        // Gold feedback instead of the noisy judge: the refined vector moves.
        std::vector<std::optional<double>> gold;
        for (const ReplayJudgedDocument& document : replay.judged())
            gold.push_back(document.grade > 0 ? 1.0 : 0.0);
        if (gold == replay.storedScores())
            continue;
        const QueryReplay::Outcome outcome = replay.refine(gold);
        QVERIFY((outcome.query - Eigen::Map<const Eigen::VectorXf>(stored.refinedVector.data(),
                                                                    Eigen::Index(stored.refinedVector.size())))
                    .norm()
                > 0.0f);
        ++changed;
    }
    QVERIFY2(changed > 0, "the simulated judge flipped no judgment: the test would prove nothing");

    // Leaving every document out but one still refines; leaving all out is an error.
    const RunQueryRecord first = m_project->runs().queries(runId, false).first();
    const QueryReplay replay = QueryReplay::load(*m_project, runId, first.queryId, index);
    std::vector<std::optional<double>> one(replay.judged().size());
    one[0] = 1.0;
    QVERIFY(replay.refine(one).query.allFinite());
    QVERIFY_THROWS_EXCEPTION(TareError, replay.refine(std::vector<std::optional<double>>(replay.judged().size())));
    QVERIFY_THROWS_EXCEPTION(TareError, replay.refine({1.0}));
}

void TestQueryReplay::observerSeesEveryStep()
{
    const qint64 runId = m_runs.value(QStringLiteral("kl-adam"));
    const RunQueryRecord first = m_project->runs().queries(runId, false).first();
    const QueryReplay replay = QueryReplay::load(*m_project, runId, first.queryId);
    std::vector<int> steps;
    Eigen::VectorXf last;
    const auto outcome = replay.refine(replay.storedScores(), [&](int step, float, const Eigen::VectorXf& q) {
        steps.push_back(step);
        last = q;
    });
    QCOMPARE(int(steps.size()), replay.settings().refine.steps);
    QCOMPARE(steps.back(), replay.settings().refine.steps);
    QVERIFY(last.isApprox(outcome.query));
}

void TestQueryReplay::errors()
{
    const qint64 runId = m_runs.value(QStringLiteral("kl-adam"));
    QVERIFY_THROWS_EXCEPTION(TareError, QueryReplay::load(*m_project, runId + 1000, 1));
    QVERIFY_THROWS_EXCEPTION(TareError, QueryReplay::load(*m_project, runId, -5));
}

QTEST_GUILESS_MAIN(TestQueryReplay)
#include "tst_queryreplay.moc"
