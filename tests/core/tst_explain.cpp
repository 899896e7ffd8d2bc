// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/explain/gradientterms.h"
#include "core/explain/queryexplainer.h"
#include "core/explain/replaytrajectory.h"
#include "core/refine/kladamloop.h"
#include "core/run/queryreplay.h"
#include "core/run/runengine.h"
#include "projectbuilder.h"
#include "testutils.h"
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace tare;

namespace {

/// Two queries in a 6-dimensional space built so the right explanations are known. Query "pull"
/// (dimensions 0-2: a, b, c) starts at a; its judged top 5 are four irrelevant documents around
/// +c and one relevant document "pull-j" towards +b. The never-judged relevant documents lie
/// towards +b below irrelevant distractors towards −b: only pull-j's feedback turns the query
/// towards b and lifts them above the distractors. Query "blind" (dimensions 3-5) has only
/// irrelevant documents in its judged top 5 (so gold feedback is all 0); the uniform target
/// pushes the query away from the closest one, blind-a, next to which its relevant documents lie,
/// so its AP falls.
struct Fixture
{
    TestUtils::ProjectBuilder project{QStringLiteral("explain.tare"), QStringLiteral("constructed")};
    QString path;
    qint64 datasetId = 0;
    qint64 spaceId = 0;

    Fixture()
    {
        path = project.path();
        datasetId = project.datasetId();
        spaceId = project.addSpace(QStringLiteral("vec"), 6);

        auto vector = [](int offset, float a, float b, float c) {
            Eigen::VectorXf v = Eigen::VectorXf::Zero(6);
            v[offset] = a;
            v[offset + 1] = b;
            v[offset + 2] = c;
            return Eigen::VectorXf(v.normalized());
        };
        auto addQuery = [&](const char* id, const Eigen::VectorXf& v) {
            return project.addQueryAt(id, v, QByteArray(QByteArray("query ") + id));
        };
        auto addDocument = [&](qint64 queryId, const char* id, const Eigen::VectorXf& v, int grade) {
            project.label(queryId, project.addDocumentAt(id, v, QByteArray(QByteArray("text of ") + id)), grade);
        };

        const qint64 pull = addQuery("pull", vector(0, 1, 0, 0));
        addDocument(pull, "pull-j", vector(0, 0.8f, 0.6f, 0), 1);
        addDocument(pull, "pull-i1", vector(0, 0.9f, 0.05f, 0.43f), 0);
        addDocument(pull, "pull-i2", vector(0, 0.9f, -0.05f, 0.43f), 0);
        addDocument(pull, "pull-i3", vector(0, 0.89f, 0, 0.45f), 0);
        addDocument(pull, "pull-i4", vector(0, 0.91f, 0, 0.41f), 0);
        addDocument(pull, "pull-r1", vector(0, 0.5f, 0.866f, 0), 1);
        addDocument(pull, "pull-r2", vector(0, 0.49f, 0.87f, 0), 1);
        addDocument(pull, "pull-r3", vector(0, 0.48f, 0.877f, 0), 1);
        addDocument(pull, "pull-x1", vector(0, 0.55f, -0.835f, 0), 0);
        addDocument(pull, "pull-x2", vector(0, 0.56f, -0.83f, 0), 0);
        addDocument(pull, "pull-x3", vector(0, 0.57f, -0.82f, 0), 0);

        const qint64 blind = addQuery("blind", vector(3, 1, 0, 0));
        addDocument(blind, "blind-a", vector(3, 0.95f, 0.31f, 0), 0);
        addDocument(blind, "blind-b", vector(3, 0.9f, 0.05f, 0.43f), 0);
        addDocument(blind, "blind-c", vector(3, 0.9f, -0.05f, 0.43f), 0);
        addDocument(blind, "blind-d", vector(3, 0.89f, 0, 0.45f), 0);
        addDocument(blind, "blind-e", vector(3, 0.91f, 0, 0.41f), 0);
        addDocument(blind, "blind-r1", vector(3, 0.6f, 0.8f, 0), 1);
        addDocument(blind, "blind-r2", vector(3, 0.58f, 0.81f, 0), 1);
        addDocument(blind, "blind-x1", vector(3, 0.55f, 0, 0.835f), 0);
        addDocument(blind, "blind-x2", vector(3, 0.54f, 0, 0.84f), 0);
        project.close();
    }

    qint64 run(const QString& refiner, const QString& judge = QStringLiteral("gold")) const
    {
        ProjectStore store(path);
        RunSettings settings = project.runSettings(judge, refiner);
        settings.refine.lr = 0.01;
        settings.refine.steps = 30;
        settings.refine.total = 5;
        settings.refine.fromTop = 5;
        return TestUtils::runToEnd(store, settings, 1);
    }
};

qint64 queryIdOf(ProjectStore& store, qint64 datasetId, const char* extId)
{
    return *store.datasets().queryId(datasetId, extId);
}

const RankMove* findMove(const std::vector<RankMove>& moves, const QString& extId)
{
    for (const RankMove& move : moves) {
        if (move.extId == extId)
            return &move;
    }
    return nullptr;
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gradientTermsAddUpToTheGradient_data();
    void gradientTermsAddUpToTheGradient();
    void decisiveDocumentHasTheLargestInfluence();
    void moversSplitJudgedAndUnjudged();
    void noneRefinerDoesNotDrift();
    void driftFollowsTheTrajectory();
    void overshoot_data();
    void overshoot();
    void triageFlagsNoRelevantJudged();
    void triageFlagsJudgeDisagreement();
    void termsOnAnLsaSpace();
    void rocchioInfluence();

private:
    Fixture m_fixture;
    qint64 m_klRun = 0;
};

void TestExplain::initTestCase()
{
    m_klRun = m_fixture.run(QStringLiteral("kl-adam"));
}

void TestExplain::gradientTermsAddUpToTheGradient_data()
{
    TestUtils::addSwitchRows("refit", "kl-adam", "refit");
}

void TestExplain::gradientTermsAddUpToTheGradient()
{
    QFETCH(bool, refit);
    std::mt19937 rng(11);
    std::normal_distribution<float> normal;
    const int n = 7, d = 16;
    RowMatrixXf documents(n, d);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < d; ++j)
            documents(i, j) = normal(rng);
    Eigen::VectorXf scores(n);
    for (int i = 0; i < n; ++i)
        scores[i] = float(i % 3) / 2.0f;
    Eigen::VectorXf query(d);
    for (int j = 0; j < d; ++j)
        query[j] = normal(rng);
    RefineParams params;
    params.refit = refit;
    const GradientTerms terms = GradientTerms::at(documents, scores, query, params);
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(d);
    for (int k = 0; k < n; ++k) {
        const Eigen::VectorXd term = terms.term(documents, k, query);
        sum += term;
        // pull is the signed length of −term.
        QVERIFY(std::abs(std::abs(terms.pull(k)) - term.norm()) < 1e-12);
    }
    QVERIFY2((sum - terms.total).norm() < 1e-12 * std::max(1.0, terms.total.norm()),
             qPrintable(QStringLiteral("%1 vs %2").arg(sum.norm()).arg(terms.total.norm())));
    // The float refiner's gradient agrees (the terms are of the refiner's own loss).
    KlAdamLoop<float> loop(documents, scores, query, params);
    loop.evaluate(true);
    QVERIFY((loop.gradient().cast<double>() - sum).norm() < 1e-4 * std::max(1.0, sum.norm()));
}

void TestExplain::decisiveDocumentHasTheLargestInfluence()
{
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, m_klRun);
    const QueryExplanation explanation = explainer.explain(queryIdOf(store, m_fixture.datasetId, "pull"));
    const JudgedInfluenceAnalysis& influence = explanation.influence;
    QCOMPARE(influence.documents.size(), size_t(5));
    QCOMPARE(influence.apFull, explanation.apAfter);
    QVERIFY2(explanation.apAfter > explanation.apBefore + 0.2,
             qPrintable(QStringLiteral("%1 -> %2").arg(explanation.apBefore).arg(explanation.apAfter)));

    // pull-j is first, helped (ΔAP > 0) and pulled the query towards itself; without it the
    // refinement does not lift the relevant documents (AP stays near the initial AP).
    const JudgedInfluence& top = influence.documents.front();
    QCOMPARE(top.extId, QStringLiteral("pull-j"));
    QVERIFY(top.deltaAp > 0.2);
    QVERIFY(top.apWithout < explanation.apBefore + 0.05);
    QVERIFY(top.pull > 0.0);
    for (size_t i = 1; i < influence.documents.size(); ++i) {
        const JudgedInfluence& other = influence.documents[i];
        QVERIFY(other.extId.startsWith(QStringLiteral("pull-i")));
        QVERIFY(std::abs(other.deltaAp) < top.deltaAp);
        QVERIFY2(other.pull < 0.0, qPrintable(other.extId)); // irrelevant feedback pushes away
    }
    double shares = 0.0;
    for (const JudgedInfluence& document : influence.documents)
        shares += document.pullShare;
    QCOMPARE_LE(std::abs(shares - 1.0), 1e-9);

    // The flip itself: with pull-j's feedback the relevant pull-r1 ends above every distractor,
    // without it below.
    const QueryReplay replay = QueryReplay::load(store, m_klRun, explanation.queryId);
    std::vector<std::optional<double>> without = replay.storedScores();
    size_t decisive = 0;
    for (size_t i = 0; i < replay.judged().size(); ++i) {
        if (replay.judged()[i].extId == u"pull-j")
            decisive = i;
    }
    without[decisive].reset();
    const auto rankOf = [&](const QueryReplay::Outcome& outcome, const char* extId) {
        std::vector<qint32> ranks;
        replay.evaluate(outcome.query, &ranks);
        for (size_t i = 0; i < replay.candidates().rows.size(); ++i) {
            if (replay.index().documentExtId(replay.candidates().rows[i]) == QLatin1String(extId))
                return ranks[i];
        }
        return -1;
    };
    const QueryReplay::Outcome with = replay.refine(replay.storedScores());
    const QueryReplay::Outcome withoutDecisive = replay.refine(without);
    QVERIFY(rankOf(with, "pull-r1") < rankOf(with, "pull-x3"));
    QVERIFY(rankOf(withoutDecisive, "pull-r1") > rankOf(withoutDecisive, "pull-x1"));
}

void TestExplain::moversSplitJudgedAndUnjudged()
{
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, m_klRun);
    const QueryExplanation explanation = explainer.explain(queryIdOf(store, m_fixture.datasetId, "pull"));
    const RankMovers& movers = explanation.movers;
    // The gain reaches documents the judge never saw: all three never-judged relevant ones rose.
    QCOMPARE(movers.unjudged.relevant, 3);
    QCOMPARE(movers.unjudged.relevantUp, 3);
    QCOMPARE(movers.unjudged.relevantDown, 0);
    QCOMPARE(movers.judged.relevant, 1);
    QVERIFY(findMove(movers.unjudged.risers, QStringLiteral("pull-r1")));
    QVERIFY(findMove(movers.unjudged.fallers, QStringLiteral("pull-x1")));
    QVERIFY(!findMove(movers.unjudged.risers, QStringLiteral("pull-j")));
    for (const RankMove& move : movers.unjudged.risers)
        QVERIFY(!move.judged && move.rise() > 0);
    for (size_t i = 1; i < movers.unjudged.risers.size(); ++i)
        QVERIFY(movers.unjudged.risers[i - 1].rise() >= movers.unjudged.risers[i].rise());
    // The two groups' contributions add up to AP, before and after.
    QVERIFY(std::abs(movers.judged.apBefore + movers.unjudged.apBefore - explanation.apBefore) < 1e-12);
    QVERIFY(std::abs(movers.judged.apAfter + movers.unjudged.apAfter - explanation.apAfter) < 1e-12);
    QVERIFY(movers.unjudged.apDelta() > 0.0);

    // Known answer for the contribution: ranks 1..4, relevant at 2 (group) and 4 (other), R = 3.
    const double contribution = RankMovers::apContribution({1, 2, 3, 4}, {0, 1, 0, 1}, {false, true, false, false}, 3);
    QCOMPARE(contribution, (1.0 / 2.0) / 3.0);
    QCOMPARE(RankMovers::apContribution({1, 2, 3, 4}, {0, 1, 0, 1}, {false, false, false, true}, 3), (2.0 / 4.0) / 3.0);
}

void TestExplain::noneRefinerDoesNotDrift()
{
    const qint64 runId = m_fixture.run(QStringLiteral("none"));
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, runId);
    for (qint64 queryId : explainer.finishedQueries()) {
        const QueryExplanation explanation = explainer.explain(queryId);
        QVERIFY(!explanation.drift.points.empty());
        for (const DriftPoint& point : explanation.drift.points) {
            QCOMPARE(point.distance, 0.0);
            QCOMPARE(point.cosine, 1.0);
        }
        QVERIFY(!explanation.drift.overshoot);
        for (const JudgedInfluence& influence : explanation.influence.documents) {
            QCOMPARE(influence.pull, 0.0);
            QCOMPARE(influence.deltaAp, 0.0);
        }
        QCOMPARE(explanation.movers.judged.risers.size(), size_t(0));
        QCOMPARE(explanation.movers.unjudged.fallers.size(), size_t(0));
        QVERIFY(!explanation.triage.worsened());
        QVERIFY(explanation.triage.findings.isEmpty());
    }
}

void TestExplain::driftFollowsTheTrajectory()
{
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, m_klRun);
    const qint64 queryId = queryIdOf(store, m_fixture.datasetId, "pull");
    const QueryExplanation explanation = explainer.explain(queryId);
    const auto& points = explanation.drift.points;
    QCOMPARE(int(points.size()), 31);
    QCOMPARE(points.front().distance, 0.0);
    const QueryReplay replay = QueryReplay::load(store, m_klRun, queryId);
    const Eigen::VectorXf refined = Eigen::Map<const Eigen::VectorXf>(replay.storedRefinedVector().data(), 6);
    QVERIFY(std::abs(points.back().distance - double((refined - replay.initialQuery()).norm())) < 1e-6);
    QVERIFY(std::abs(points.back().cosine - double(refined.normalized().dot(replay.initialQuery().normalized()))) < 1e-6);
    // Monotone on this query: every Adam step keeps moving towards b.
    for (size_t t = 1; t < points.size(); ++t) {
        QVERIFY(points[t].distance > points[t - 1].distance);
        QVERIFY(points[t].cosine < 1.0);
    }
}

void TestExplain::overshoot_data()
{
    QTest::addColumn<QList<double>>("losses");
    QTest::addColumn<QList<double>>("aps");
    QTest::addColumn<int>("peakStep");
    const double nan = std::nan("");
    QTest::newRow("rises then falls while the loss falls") << QList<double>{1.0, 0.8, 0.6, 0.5, 0.4}
                                                           << QList<double>{0.3, 0.5, 0.6, 0.5, 0.4} << 2;
    QTest::newRow("sparse evaluation") << QList<double>{1.0, 0.8, 0.6, 0.5, 0.4}
                                       << QList<double>{0.3, nan, 0.7, nan, 0.4} << 2;
    QTest::newRow("still rising") << QList<double>{1.0, 0.8, 0.6, 0.5, 0.4} << QList<double>{0.3, 0.4, 0.5, 0.6, 0.7} << -1;
    QTest::newRow("only falling (no peak after step 0)") << QList<double>{1.0, 0.8, 0.6, 0.5, 0.4}
                                                         << QList<double>{0.6, 0.5, 0.4, 0.3, 0.2} << -1;
    QTest::newRow("loss rose after the peak") << QList<double>{1.0, 0.8, 0.6, 0.7, 0.9}
                                              << QList<double>{0.3, 0.5, 0.6, 0.5, 0.4} << -1;
}

void TestExplain::overshoot()
{
    QFETCH(QList<double>, losses);
    QFETCH(QList<double>, aps);
    QFETCH(int, peakStep);
    QList<CurvePoint> curve;
    for (qsizetype t = 0; t < losses.size(); ++t)
        curve.append(CurvePoint{int(t), losses[t], aps[t], std::nan("")});
    const auto found = QueryDrift::detectOvershoot(curve);
    QCOMPARE(found.has_value(), peakStep >= 0);
    if (found) {
        QCOMPARE(found->peakStep, peakStep);
        QCOMPARE(found->finalStep, 4);
        QCOMPARE(found->apPeak, aps[peakStep]);
        QCOMPARE(found->apFinal, aps[4]);
    }
}

void TestExplain::triageFlagsNoRelevantJudged()
{
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, m_klRun);
    const QueryExplanation blind = explainer.explain(queryIdOf(store, m_fixture.datasetId, "blind"));
    QVERIFY2(blind.deltaAp() < 0.0, qPrintable(QStringLiteral("%1 -> %2").arg(blind.apBefore).arg(blind.apAfter)));
    QVERIFY(blind.triage.worsened());
    QVERIFY(blind.triage.has(FailureReason::NoRelevantJudged));
    QVERIFY(!blind.triage.has(FailureReason::JudgeDisagreedWithGold)); // gold judged it
    QVERIFY(blind.triage.has(FailureReason::LossFellApFell));
    for (const FailureFinding& finding : blind.triage.findings) {
        QVERIFY(!finding.evidence.isEmpty());
        if (finding.reason == FailureReason::NoRelevantJudged)
            QVERIFY2(finding.evidence.contains(QStringLiteral("rank 6")), qPrintable(finding.evidence));
    }
    // The query that improved gets no triage.
    const QueryExplanation pull = explainer.explain(queryIdOf(store, m_fixture.datasetId, "pull"));
    QVERIFY(pull.triage.findings.isEmpty());
}

void TestExplain::triageFlagsJudgeDisagreement()
{
    // A judge that flips every label: the refinement goes the wrong way on "pull".
    const qint64 runId = m_fixture.run(QStringLiteral("kl-adam"), QStringLiteral("simulated:flip=1"));
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, runId);
    const QueryExplanation pull = explainer.explain(queryIdOf(store, m_fixture.datasetId, "pull"));
    QVERIFY2(pull.deltaAp() < 0.0, qPrintable(QStringLiteral("%1 -> %2").arg(pull.apBefore).arg(pull.apAfter)));
    QVERIFY(pull.triage.has(FailureReason::JudgeDisagreedWithGold));
    QVERIFY(!pull.triage.has(FailureReason::NoRelevantJudged));
    for (const FailureFinding& finding : pull.triage.findings) {
        if (finding.reason == FailureReason::JudgeDisagreedWithGold) {
            QCOMPARE(finding.disagreements.size(), 5); // every one of the five judged documents
            QVERIFY(finding.evidence.contains(QStringLiteral("pull-j")));
        }
    }
}

void TestExplain::termsOnAnLsaSpace()
{
    TestUtils::ProjectBuilder project{QStringLiteral("lsa.tare"), QStringLiteral("animals")};
    ProjectStore& store = project.store();
    const qint64 datasetId = project.datasetId();
    const QList<QByteArray> texts{
        "zebra stripes",                  "zebra herd",                    "zebra foal",
        "tiger stripes hunting jungle",   "tiger cub sleeping jungle",     "striped shirt fashion store",
        "savanna sunset photography",     "river crossing bridge traffic", "plains wind farm energy",
        "running shoes marathon training", "grazing cattle farm pasture",  "jungle trek travel guide",
    };
    const qint64 queryId = store.datasets().insertQuery(datasetId, "q", "animal with stripes", "");
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const qint64 documentId = store.datasets().insertDocument(datasetId, QByteArray("d" + QByteArray::number(i)), "", texts[i]);
        store.datasets().insertLabel(queryId, documentId, texts[i].startsWith("zebra") ? 1 : 0);
    }
    LsaSpaceBuilder::Options options;
    options.lsa.dim = 8;
    const qint64 spaceId = LsaSpaceBuilder::build(store, datasetId, options);
    RunSettings settings;
    settings.datasetId = datasetId;
    settings.spaceId = spaceId;
    settings.refiner = QStringLiteral("kl-adam");
    settings.refine.lr = 0.02;
    settings.refine.steps = 40;
    settings.refine.total = 8;
    settings.refine.fromTop = 8;
    const qint64 runId = TestUtils::runToEnd(store, settings, 1);

    QueryExplainer explainer(store, runId);
    QVERIFY(explainer.hasTerms());
    const QueryExplanation explanation = explainer.explain(queryId);
    QVERIFY(explanation.terms);
    QStringList gained;
    for (const TermWeight& term : explanation.terms->gained) {
        QVERIFY(term.weight > 0.0f);
        gained << term.term;
    }
    for (const TermWeight& term : explanation.terms->lost)
        QVERIFY(term.weight < 0.0f);
    // The word the relevant documents share and the query lacks is what the query gained most.
    QVERIFY2(!gained.isEmpty() && gained.first() == u"zebra", qPrintable(gained.join(u' ')));

    // Direct: moving from "stripes" to "stripes zebra" gains "zebra".
    const LsaModel model = LsaSpaceBuilder::model(store, spaceId);
    const TermShift shift = TermShift::compute(model, model.embed(QStringLiteral("stripes")),
                                               model.embed(QStringLiteral("stripes zebra")), 3);
    QCOMPARE(shift.gained.first().term, QStringLiteral("zebra"));

    // Imported spaces have no terms.
    ProjectStore fixtureStore(m_fixture.path);
    QVERIFY(!QueryExplainer(fixtureStore, m_klRun).hasTerms());
}

void TestExplain::rocchioInfluence()
{
    const qint64 runId = m_fixture.run(QStringLiteral("rocchio"));
    ProjectStore store(m_fixture.path);
    QueryExplainer explainer(store, runId);
    const QueryExplanation explanation = explainer.explain(queryIdOf(store, m_fixture.datasetId, "pull"));
    // The one relevant judged document carries β, the four others share γ: it pulls, they push.
    for (const JudgedInfluence& influence : explanation.influence.documents) {
        if (influence.extId == u"pull-j")
            QVERIFY(influence.pull > 0.0);
        else
            QVERIFY(influence.pull < 0.0);
    }
    QCOMPARE(explanation.drift.points.size(), size_t(2));
    QVERIFY(explanation.drift.points.back().distance > 0.0);
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
