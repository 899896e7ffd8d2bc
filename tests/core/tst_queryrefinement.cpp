// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/refine/refinercatalogue.h"
#include "core/run/corpusindex.h"
#include "core/run/queryrefinement.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tare;

/// One query's refinement on the sample project's nuance dataset: the judged documents are the
/// top ten candidates, scored by their gold grade.
class TestQueryRefinement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curveEvaluatedEveryNSteps();
    void refineWithoutCurveGivesTheSameVector();
    void failedJudgmentsAreLeftOut();
    void nothingScored();
    void observerAndCancel();

private:
    QueryRefinement::Input input(int steps, int evalEvery) const;
    std::vector<QueryRefinement::Judged> topTen() const;

    QTemporaryDir m_dir;
    std::unique_ptr<CorpusIndex> m_index;
    CandidateSet m_candidates;
    Eigen::VectorXf m_query;
    std::vector<float> m_scores;
    std::unique_ptr<Refiner> m_refiner;
};

void TestQueryRefinement::initTestCase()
{
    ProjectStore store(m_dir.filePath(QStringLiteral("sample.tare")), ProjectStore::OpenMode::CreateIfMissing);
    const RunSettings sample = TestUtils::sampleRunSettings(store);
    m_index = std::make_unique<CorpusIndex>(CorpusIndex::load(store, sample.datasetId, sample.spaceId));
    const QueryRecord query = store.datasets().queries(sample.datasetId).first();
    m_query = store.spaces().queryVectors(sample.spaceId).value(query.id);
    m_candidates = m_index->candidates(query.id);
    m_index->score(m_query, m_candidates, m_scores);
    RefineParams params;
    params.lr = 0.01;
    m_refiner = RefinerCatalogue::create(QStringLiteral("kl-adam"), params);
}

QueryRefinement::Input TestQueryRefinement::input(int steps, int evalEvery) const
{
    QueryRefinement::Input in;
    in.index = m_index.get();
    in.candidates = &m_candidates;
    in.query = &m_query;
    in.refiner = m_refiner.get();
    in.curveSteps = steps;
    in.evalEvery = evalEvery;
    return in;
}

std::vector<QueryRefinement::Judged> TestQueryRefinement::topTen() const
{
    std::vector<qint32> ranks;
    QueryRefinement::evaluate(m_candidates, m_scores, &ranks);
    std::vector<QueryRefinement::Judged> judged;
    for (qint32 rank = 1; rank <= 10; ++rank) {
        const auto candidate = qint32(std::find(ranks.begin(), ranks.end(), rank) - ranks.begin());
        judged.push_back({candidate, m_candidates.grades[size_t(candidate)] > 0 ? 1.0 : 0.0});
    }
    return judged;
}

void TestQueryRefinement::curveEvaluatedEveryNSteps()
{
    const auto record = QueryRefinement::record(input(100, 7), m_scores, topTen());
    QVERIFY(record);
    QCOMPARE(record->outcome, QueryOutcome::Finished);
    QCOMPARE(record->curve.size(), 101);
    QCOMPARE(record->curve.first().ap, record->apBefore);
    QCOMPARE(record->curve.last().ap, record->apAfter);
    QCOMPARE(record->before->metrics.ap, record->apBefore);
    QCOMPARE(record->after->candidates, qint64(m_candidates.rows.size()));
    for (const CurvePoint& point : record->curve) {
        QVERIFY(std::isfinite(point.loss));
        QCOMPARE(std::isfinite(point.ap), point.step % 7 == 0 || point.step == 100);
    }
    // Gold feedback on the top ten lowers the loss and does not lose AP on this query.
    QVERIFY(record->curve.last().loss < record->curve.first().loss);
    QVERIFY(record->apAfter >= record->apBefore);
    QCOMPARE(record->judged.size(), 10);
    QCOMPARE(record->judged.first().rankBefore, 1);
}

void TestQueryRefinement::refineWithoutCurveGivesTheSameVector()
{
    const auto record = QueryRefinement::record(input(100, 1), m_scores, topTen());
    const auto refined = QueryRefinement::refine(input(100, 1), topTen(), nullptr);
    QVERIFY(record && refined);
    QVERIFY(refined->curve.isEmpty());
    QCOMPARE(record->refinedVector, std::vector<float>(refined->query.data(), refined->query.data() + refined->query.size()));
    QCOMPARE(refined->after.ap, record->apAfter);
    const std::vector<QueryRefinement::Judged> judged = topTen();
    for (size_t i = 0; i < judged.size(); ++i)
        QCOMPARE(record->judged[qsizetype(i)].rankAfter, refined->judgedRanks[i]);
    // The counted ranks of the judged documents are their places in the full sort.
    std::vector<qint32> allRanks;
    QueryRefinement::evaluate(m_candidates, m_scores, &allRanks);
    const std::vector<qint32> counted = QueryRefinement::judgedRanks(m_candidates, m_scores, judged);
    for (size_t i = 0; i < judged.size(); ++i)
        QCOMPARE(counted[i], allRanks[size_t(judged[i].candidate)]);
}

void TestQueryRefinement::failedJudgmentsAreLeftOut()
{
    std::vector<QueryRefinement::Judged> judged = topTen();
    std::vector<QueryRefinement::Judged> fewer(judged.begin(), judged.begin() + 5);
    judged[5].score.reset();
    for (size_t i = 6; i < judged.size(); ++i)
        judged[i].score.reset();
    // Refining on ten slots of which five are scored equals refining on those five alone.
    const auto withGaps = QueryRefinement::refine(input(50, 1), judged, nullptr);
    const auto five = QueryRefinement::refine(input(50, 1), fewer, nullptr);
    QVERIFY(withGaps && five);
    QCOMPARE(withGaps->query, five->query);
    const auto record = QueryRefinement::record(input(50, 1), m_scores, judged);
    QCOMPARE(record->judged.size(), 10);
    QVERIFY(!record->judged[7].score);
}

void TestQueryRefinement::nothingScored()
{
    std::vector<QueryRefinement::Judged> judged = topTen();
    for (auto& document : judged)
        document.score.reset();
    QVERIFY(!QueryRefinement::record(input(10, 1), m_scores, judged));
    QVERIFY(!QueryRefinement::refine(input(10, 1), judged, nullptr));
}

void TestQueryRefinement::observerAndCancel()
{
    int seen = 0;
    QueryRefinement::refine(input(100, 1), topTen(), nullptr, [&](int step, float, const Eigen::VectorXf&) { seen = step; });
    QCOMPARE(seen, RefineParams().steps); // every step of the refiner
    int polls = 0;
    try {
        QueryRefinement::refine(input(100, 1), topTen(), nullptr, {}, [&] { return ++polls > 5; });
        QFAIL("a cancelled refinement returned");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
}

QTEST_GUILESS_MAIN(TestQueryRefinement)
#include "tst_queryrefinement.moc"
