// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/db/humanjudgmentstore.h"
#include "core/inspect/runcomparison.h"
#include "core/run/queryreplay.h"
#include "core/run/runengine.h"
#include "projectbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;

/// The derived "human feedback" run: re-refining stores the query's row there, replaces it on the
/// next re-refine, and the stored row is exactly what QueryReplay computes (and replays again).
class TestHumanFeedbackRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void derivedRunMirrorsTheSource();
    void reRefineStoresAndReplacesTheRow();
    void goldFeedbackEqualsTheGoldRun();
    void derivedRunIsReplayable();

private:
    std::optional<RunQueryRecord> row(ProjectStore& store, qint64 runId, qint64 queryId, bool withCurves = false);

    TestUtils::TempProject m_project{QStringLiteral("feedback.tare")};
    QString m_path = m_project.path();
    qint64 m_goldRun = 0;
    qint64 m_noisyRun = 0;
    QList<qint64> m_queries;
};

std::optional<RunQueryRecord> TestHumanFeedbackRun::row(ProjectStore& store, qint64 runId, qint64 queryId, bool withCurves)
{
    for (const RunQueryRecord& record : store.runs().queries(runId, withCurves)) {
        if (record.queryId == queryId)
            return record;
    }
    return std::nullopt;
}

void TestHumanFeedbackRun::initTestCase()
{
    ProjectStore& store = *m_project;
    RunSettings settings = TestUtils::sampleRunSettings(store);
    settings.refine.steps = 40;
    settings.evalEvery = 4;
    settings.label = QStringLiteral("noisy");
    settings.judgeSpec = QStringLiteral("gold");
    m_goldRun = TestUtils::runToEnd(store, settings);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.3,seed=11");
    m_noisyRun = TestUtils::runToEnd(store, settings);
    for (const RunQueryRecord& record : store.runs().queries(m_noisyRun, false))
        m_queries.append(record.queryId);
    QVERIFY(m_queries.size() > 3);
    m_project.close(); // the tests open their own connections
}

void TestHumanFeedbackRun::derivedRunMirrorsTheSource()
{
    ProjectStore store(m_path);
    QVERIFY(!HumanFeedbackRun::find(store, m_noisyRun));
    QVERIFY(!HumanFeedbackRun::sourceOf(store, m_noisyRun));
    const qint64 derived = HumanFeedbackRun::ensure(store, m_noisyRun);
    QVERIFY(derived != m_noisyRun);
    QCOMPARE(HumanFeedbackRun::ensure(store, m_noisyRun), derived); // one per source
    QCOMPARE(HumanFeedbackRun::find(store, m_noisyRun), std::optional<qint64>(derived));
    QCOMPARE(HumanFeedbackRun::find(store, derived), std::optional<qint64>(derived)); // a derived run is its own
    QCOMPARE(HumanFeedbackRun::sourceOf(store, derived), std::optional<qint64>(m_noisyRun));
    const RunRecord source = *store.runs().find(m_noisyRun);
    const RunRecord run = *store.runs().find(derived);
    QCOMPARE(run.label, QStringLiteral("noisy · human feedback"));
    QCOMPARE(run.datasetId, source.datasetId);
    QCOMPARE(run.spaceId, source.spaceId);
    QCOMPARE(run.refiner, source.refiner);
    QCOMPARE(run.paramsJson, source.paramsJson);
    QCOMPARE(run.status, RunStatus::Finished);
    QCOMPARE(run.judgeId, HumanJudgmentStore(store).judgeId());
    QCOMPARE(run.finishedQueries, 0);
    // Another source gets its own derived run.
    const qint64 other = HumanFeedbackRun::ensure(store, m_goldRun);
    QVERIFY(other != derived);
    QCOMPARE(HumanFeedbackRun::sourceOf(store, other), std::optional<qint64>(m_goldRun));
}

void TestHumanFeedbackRun::reRefineStoresAndReplacesTheRow()
{
    ProjectStore store(m_path);
    const qint64 queryId = m_queries.at(1);
    const QueryReplay replay = QueryReplay::load(store, m_noisyRun, queryId);
    // A person who disagrees with every judgment: the scores inverted, each flagged human.
    std::vector<std::optional<double>> inverted;
    for (const auto& score : replay.storedScores())
        inverted.push_back(score ? std::optional<double>(1.0 - *score) : std::nullopt);
    const std::vector<bool> human(inverted.size(), true);
    const QueryReplay::Outcome expected = replay.refine(inverted);
    QVERIFY(expected.after.ap != replay.storedApAfter());

    const HumanFeedbackRun::Stored stored = HumanFeedbackRun::reRefine(store, replay, inverted, human);
    QCOMPARE(stored.runId, *HumanFeedbackRun::find(store, m_noisyRun));
    const auto first = row(store, stored.runId, queryId, true);
    QVERIFY(first);
    QCOMPARE(first->apAfter, expected.after.ap);
    QCOMPARE(first->apBefore, row(store, m_noisyRun, queryId)->apBefore);
    QCOMPARE(first->refinedVector, std::vector<float>(expected.query.data(), expected.query.data() + expected.query.size()));
    QCOMPARE(first->curve.size(), replay.settings().refine.steps + 1);
    QCOMPARE(first->curve.last().ap, expected.after.ap);
    QCOMPARE(first->curve.first().ap, first->apBefore);
    QVERIFY(std::isfinite(first->curve.at(4).ap)); // every evalEvery steps
    QVERIFY(std::isnan(first->curve.at(5).ap));
    QCOMPARE(RunQueryJson::metrics(*first->after).value(u"ap").toDouble(), expected.after.ap);
    const QJsonArray judged = RunQueryJson::judged(first->judged);
    QCOMPARE(judged.size(), qsizetype(inverted.size()));
    for (qsizetype i = 0; i < judged.size(); ++i) {
        const QJsonObject entry = judged.at(i).toObject();
        QCOMPARE(entry.value(u"document_id").toInteger(), replay.judged()[size_t(i)].documentId);
        QCOMPARE(entry.value(u"score").toDouble(), *inverted[size_t(i)]);
        QVERIFY(entry.value(u"human").toBool());
    }
    // The source run is untouched.
    QCOMPARE(row(store, m_noisyRun, queryId)->apAfter, replay.storedApAfter());

    // Re-refining again with the judge's own scores replaces the row: one row, the source's AP.
    const HumanFeedbackRun::Stored again = HumanFeedbackRun::reRefine(store, replay, replay.storedScores(), {});
    QCOMPARE(again.runId, stored.runId);
    QCOMPARE(store.runs().queries(stored.runId, false).size(), 1);
    const auto second = row(store, stored.runId, queryId, true);
    QCOMPARE(second->apAfter, replay.storedApAfter());
    QVERIFY(second->apAfter != first->apAfter);
    QCOMPARE(second->curve.size(), first->curve.size());
    QVERIFY(!RunQueryJson::judged(second->judged).first().toObject().contains(u"human"));
    QCOMPARE(store.runs().find(stored.runId)->finishedQueries, 1);
}

void TestHumanFeedbackRun::goldFeedbackEqualsTheGoldRun()
{
    // Labels equal to the gold grades reproduce the gold run's row for the query: AP, metrics
    // and refined vector (the same computation, only the stored scores differ).
    ProjectStore store(m_path);
    const qint64 queryId = m_queries.at(2);
    const QueryReplay replay = QueryReplay::load(store, m_noisyRun, queryId);
    std::vector<std::optional<double>> gold;
    for (const ReplayJudgedDocument& document : replay.judged())
        gold.push_back(document.grade > 0 ? 1.0 : 0.0);
    const auto stored = HumanFeedbackRun::reRefine(store, replay, gold, std::vector<bool>(gold.size(), true));
    const auto goldRow = row(store, m_goldRun, queryId, true);
    const auto derivedRow = row(store, stored.runId, queryId, true);
    QCOMPARE(derivedRow->apAfter, goldRow->apAfter);
    QCOMPARE(derivedRow->refinedVector, goldRow->refinedVector);
    QCOMPARE(RunQueryJson::metricsBytes(derivedRow->before), RunQueryJson::metricsBytes(goldRow->before));
    QCOMPARE(RunQueryJson::metricsBytes(derivedRow->after), RunQueryJson::metricsBytes(goldRow->after));
    QCOMPARE(derivedRow->curve.size(), goldRow->curve.size());
    for (qsizetype i = 0; i < goldRow->curve.size(); ++i)
        QCOMPARE(derivedRow->curve[i].loss, goldRow->curve[i].loss);

    // The derived run compares against its baseline like any run.
    const RunComparison comparison = RunComparison::load(store, stored.runId, m_noisyRun);
    QVERIFY(!comparison.queries.isEmpty());
}

void TestHumanFeedbackRun::derivedRunIsReplayable()
{
    // A derived row replays like the engine's: its stored scores give its stored vector, and
    // re-refining a query of the derived run stores into that same run.
    ProjectStore store(m_path);
    const qint64 queryId = m_queries.at(2);
    const qint64 derived = *HumanFeedbackRun::find(store, m_noisyRun);
    const QueryReplay replay = QueryReplay::load(store, derived, queryId);
    const QueryReplay::Outcome outcome = replay.refine(replay.storedScores());
    QCOMPARE(std::vector<float>(outcome.query.data(), outcome.query.data() + outcome.query.size()), replay.storedRefinedVector());
    QCOMPARE(outcome.after.ap, replay.storedApAfter());
    const auto stored = HumanFeedbackRun::reRefine(store, replay, replay.storedScores(), {});
    QCOMPARE(stored.runId, derived);
    QCOMPARE(stored.record.apAfter, replay.storedApAfter());
}

QTEST_GUILESS_MAIN(TestHumanFeedbackRun)
#include "tst_humanfeedbackrun.moc"
