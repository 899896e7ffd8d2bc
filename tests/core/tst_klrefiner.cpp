// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/judgedselection.h"
#include "core/refine/kladamloop.h"
#include "core/refine/klrefiner.h"
#include "core/refine/refinercatalogue.h"
#include "core/util/tareerror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace tare;

namespace {

using VectorF = KlAdamLoop<float>::Vector;
using MatrixF = KlAdamLoop<float>::Matrix;
using VectorD = KlAdamLoop<double>::Vector;
using MatrixD = KlAdamLoop<double>::Matrix;

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

// JSON numbers -> float: toDouble() then a cast gives the exact float32 (the file writes
// 9 significant digits, README §1.2).
VectorF floatVector(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    VectorF result(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        result(i) = float(array.at(i).toDouble());
    return result;
}

VectorD doubleVector(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    VectorD result(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        result(i) = array.at(i).toDouble();
    return result;
}

MatrixF floatMatrix(const QJsonValue& value)
{
    const QJsonArray rows = value.toArray();
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first().toArray().size();
    MatrixF result(rows.size(), columns);
    for (qsizetype i = 0; i < rows.size(); ++i)
        result.row(i) = floatVector(rows.at(i)).transpose();
    return result;
}

std::vector<int> intVector(const QJsonValue& value)
{
    std::vector<int> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        result.push_back(v.toInt(-1));
    return result;
}

// Descending by score, ties by lower index: the ranking the pipeline reports.
template <typename Vector>
std::vector<int> rankingOf(const Vector& scores)
{
    std::vector<int> order(std::size_t(scores.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores(a) > scores(b); });
    return order;
}

template <typename Vector>
double maxAbs(const Vector& v)
{
    return v.size() == 0 ? 0.0 : double(v.template cast<double>().cwiseAbs().maxCoeff());
}

// Worst measured deviations per quantity, printed at the end (for the report).
std::map<QString, double>& worst()
{
    static std::map<QString, double> s_worst;
    return s_worst;
}

void record(const QString& what, double deviation)
{
    double& slot = worst()[what];
    slot = std::max(slot, deviation);
}

// Compares actual with expected elementwise; the deviation (max abs, divided by `scale`) must be
// <= tolerance. Records the deviation under `what`.
template <typename A>
bool close(const QString& what, const A& actual, const VectorD& expected, double tolerance, double scale = 1.0)
{
    if (actual.size() != expected.size()) {
        qWarning("%s: size %lld, expected %lld", qPrintable(what), qlonglong(actual.size()),
                 qlonglong(expected.size()));
        return false;
    }
    const double deviation = maxAbs((actual.template cast<double>() - expected).eval()) / scale;
    record(what, deviation);
    if (deviation > tolerance) {
        qWarning("%s: deviation %.3g exceeds tolerance %.3g", qPrintable(what), deviation, tolerance);
        return false;
    }
    return true;
}

bool closeScalar(const QString& what, double actual, double expected, double tolerance)
{
    VectorD a(1);
    a(0) = actual;
    VectorD e(1);
    e(0) = expected;
    return close(what, a, e, tolerance);
}

struct LoopParams
{
    RefineParams params;
    double refinedTolerance = 0; // 2e-6 + 1e-4 * lr * steps (README §1.3)
};

LoopParams loopParams(const QJsonObject& json, const char* stepsKey)
{
    LoopParams result;
    result.params.lr = json.value(key("lr")).toDouble();
    result.params.steps = json.value(key(stepsKey)).toInt();
    result.params.refit = json.value(key("refit")).toBool();
    result.params.refitTemperature = json.value(key("refit_temperature")).toDouble(2.0);
    result.refinedTolerance = 2e-6 + 1e-4 * result.params.lr * result.params.steps;
    return result;
}

// Runs the float32 loop (KlAdamLoop<float> for the intermediates, KlAdamRefiner for the result)
// and checks every quantity of an expected_float32 block with README §1.3's tolerances.
bool checkFloat32Loop(const MatrixF& docs, const VectorF& scores, const VectorF& query, const LoopParams& lp,
                      const QJsonObject& expected, VectorF* refined)
{
    const RefineParams& params = lp.params;
    KlAdamLoop<float> loop(docs, scores, query, params);
    bool ok = close(key("f32 p"), loop.target(), doubleVector(expected.value(key("p"))), 1e-6);
    const float loss0 = loop.evaluate(true);
    ok &= close(key("f32 cos_step0"), loop.cosines(), doubleVector(expected.value(key("cos_step0"))), 2e-6);
    ok &= close(key("f32 model_dist_step0"), loop.modelDistribution(),
                doubleVector(expected.value(key("model_dist_step0"))), 1e-6);
    const VectorD expectedGrad = doubleVector(expected.value(key("grad_step0")));
    ok &= close(key("f32 grad_step0 / max|g|"), loop.gradient(), expectedGrad, 2e-5, maxAbs(expectedGrad));
    ok &= closeScalar(key("f32 losses"), loss0, expected.value(key("kl_step0")).toDouble(), 2e-6);
    if (params.steps >= 1) {
        loop.step();
        ok &= close(key("f32 query_after_step1"), loop.query(), doubleVector(expected.value(key("query_after_step1"))),
                    2e-6 + 1e-4 * params.lr);
    }

    const RefineResult result = KlAdamRefiner(params).refine({query, docs, scores}, {}, {});
    VectorF losses = Eigen::Map<const VectorF>(result.losses.data(), Eigen::Index(result.losses.size()));
    ok &= close(key("f32 losses"), losses, doubleVector(expected.value(key("losses"))), 2e-6);
    ok &= close(key("f32 refined_query"), result.query, doubleVector(expected.value(key("refined_query"))),
                lp.refinedTolerance);
    ok &= close(key("f32 refined_query / (lr*steps)"), result.query,
                doubleVector(expected.value(key("refined_query"))), 1e30, params.lr * params.steps);
    ok &= closeScalar(key("f32 kl_after_last_step"), result.finalLoss,
                      expected.value(key("kl_after_last_step")).toDouble(), 2e-6);
    const VectorF cosFinal = KlAdamLoop<float>::cosineSimilarities(docs, result.query);
    ok &= close(key("f32 cos_final"), cosFinal, doubleVector(expected.value(key("cos_final"))),
                lp.refinedTolerance);
    if (refined)
        *refined = result.query;
    return ok;
}

// The same with the float64 instantiation against expected_float64 (inputs: the float32 values
// widened to double, as the reference does).
constexpr double s_f64Tolerance = 1e-12;

bool checkFloat64Loop(const MatrixD& docs, const VectorD& scores, const VectorD& query, const LoopParams& lp,
                      const QJsonObject& expected, VectorD* refined)
{
    const RefineParams& params = lp.params;
    KlAdamLoop<double> loop(docs, scores, query, params);
    bool ok = close(key("f64 p"), loop.target(), doubleVector(expected.value(key("p"))), s_f64Tolerance);
    loop.evaluate(true);
    ok &= close(key("f64 cos_step0"), loop.cosines(), doubleVector(expected.value(key("cos_step0"))), s_f64Tolerance);
    ok &= close(key("f64 model_dist_step0"), loop.modelDistribution(),
                doubleVector(expected.value(key("model_dist_step0"))), s_f64Tolerance);
    const VectorD expectedGrad = doubleVector(expected.value(key("grad_step0")));
    ok &= close(key("f64 grad_step0 / max|g|"), loop.gradient(), expectedGrad, s_f64Tolerance, maxAbs(expectedGrad));

    const VectorD expectedLosses = doubleVector(expected.value(key("losses")));
    VectorD losses(params.steps);
    for (int t = 0; t < params.steps; ++t) {
        losses(t) = loop.step();
        if (t == 0)
            ok &= close(key("f64 query_after_step1"), loop.query(),
                        doubleVector(expected.value(key("query_after_step1"))), s_f64Tolerance);
    }
    ok &= close(key("f64 losses"), losses, expectedLosses, s_f64Tolerance);
    ok &= closeScalar(key("f64 losses"), losses.size() > 0 ? losses(0) : 0.0,
                      expected.value(key("kl_step0")).toDouble(), s_f64Tolerance);
    ok &= close(key("f64 refined_query"), loop.query(), doubleVector(expected.value(key("refined_query"))),
                s_f64Tolerance);
    ok &= closeScalar(key("f64 kl_after_last_step"), loop.evaluate(false),
                      expected.value(key("kl_after_last_step")).toDouble(), s_f64Tolerance);
    ok &= close(key("f64 cos_final"), loop.cosines(), doubleVector(expected.value(key("cos_final"))), s_f64Tolerance);
    if (refined)
        *refined = loop.query();
    return ok;
}

struct RandomProblem
{
    MatrixD docs;
    VectorD scores;
    VectorD query;
};

RandomProblem randomProblem(unsigned seed, int n, int d, bool gold)
{
    std::mt19937 engine(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    RandomProblem problem{MatrixD(n, d), VectorD(n), VectorD(d)};
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < d; ++j)
            problem.docs(i, j) = normal(engine) * (1.0 + i % 3); // not unit norm on purpose
        problem.scores(i) = gold ? double(i % 3 == 0) : uniform(engine);
    }
    for (int j = 0; j < d; ++j)
        problem.query(j) = normal(engine);
    return problem;
}

RefineInput floatInput(const RandomProblem& problem)
{
    return {problem.query.cast<float>(), problem.docs.cast<float>(), problem.scores.cast<float>()};
}

} // namespace

class TestKlRefiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void goldenLoopFloat32_data();
    void goldenLoopFloat32();
    void goldenLoopFloat64_data();
    void goldenLoopFloat64();
    void goldenPipeline_data();
    void goldenPipeline();

    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void refitTiesShareTheMinMaxTerms();
    void observerSeesEveryStep();
    void cancellationStops();
    void zeroStepsKeepsQuery();
    void badInputThrows();

    void selectionTiesAndClamping();
    void selectionEqualsFullSort_data();
    void selectionEqualsFullSort();
    void factoryNames();
    void refitDefaults();

private:
    void addGoldenRows(const char* listKey);

    QJsonObject m_golden;
    bool m_haveGolden = false;
};

void TestKlRefiner::initTestCase()
{
    const QString path = QString::fromUtf8(TARE_SHARED_DIR) + QStringLiteral("/reference/refine_golden.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // the golden tests skip with the path
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_golden = document.object();
    QCOMPARE(m_golden.value(key("schema_version")).toInt(), 1);
    m_haveGolden = true;
}

void TestKlRefiner::cleanupTestCase()
{
    for (const auto& [what, deviation] : worst())
        qInfo("worst %-34s %.3g", qPrintable(what), deviation);
}

void TestKlRefiner::addGoldenRows(const char* listKey)
{
    if (!m_haveGolden)
        QSKIP(qPrintable(QStringLiteral("golden file missing: ") + QString::fromUtf8(TARE_SHARED_DIR)
                         + QStringLiteral("/reference/refine_golden.json")));
    QTest::addColumn<QJsonObject>("goldenCase");
    const QJsonArray cases = m_golden.value(key(listKey)).toArray();
    QVERIFY(!cases.isEmpty());
    for (const QJsonValue& value : cases) {
        const QJsonObject c = value.toObject();
        QTest::newRow(c.value(key("name")).toString().toUtf8().constData()) << c;
    }
}

void TestKlRefiner::goldenLoopFloat32_data()
{
    addGoldenRows("cases");
}

void TestKlRefiner::goldenLoopFloat32()
{
    QFETCH(QJsonObject, goldenCase);
    const LoopParams lp = loopParams(goldenCase.value(key("params")).toObject(), "num_steps");
    QVERIFY(checkFloat32Loop(floatMatrix(goldenCase.value(key("docs"))), floatVector(goldenCase.value(key("scores"))),
                             floatVector(goldenCase.value(key("query"))), lp,
                             goldenCase.value(key("expected_float32")).toObject(), nullptr));
}

void TestKlRefiner::goldenLoopFloat64_data()
{
    addGoldenRows("cases");
}

void TestKlRefiner::goldenLoopFloat64()
{
    QFETCH(QJsonObject, goldenCase);
    const LoopParams lp = loopParams(goldenCase.value(key("params")).toObject(), "num_steps");
    QVERIFY(checkFloat64Loop(floatMatrix(goldenCase.value(key("docs"))).cast<double>(),
                             floatVector(goldenCase.value(key("scores"))).cast<double>(),
                             floatVector(goldenCase.value(key("query"))).cast<double>(), lp,
                             goldenCase.value(key("expected_float64")).toObject(), nullptr));
}

void TestKlRefiner::goldenPipeline_data()
{
    addGoldenRows("pipeline_cases");
}

void TestKlRefiner::goldenPipeline()
{
    QFETCH(QJsonObject, goldenCase);
    const QJsonObject json = goldenCase.value(key("params")).toObject();
    const LoopParams lp = loopParams(json, "num_steps");
    const int fromTop = json.value(key("scores_from_top")).toInt();
    const int total = json.value(key("total_scores")).toInt();
    const auto seed = qint64(json.value(key("random_seed")).toDouble());
    const MatrixF corpus = floatMatrix(goldenCase.value(key("corpus")));
    const VectorF query = floatVector(goldenCase.value(key("query")));
    const VectorF docScores = floatVector(goldenCase.value(key("doc_scores")));
    const QJsonObject expected32 = goldenCase.value(key("expected_float32")).toObject();
    const QJsonObject expected64 = goldenCase.value(key("expected_float64")).toObject();

    // Steps 1-2: initial cosines, sort order and selection (float32, as the application runs).
    const VectorF initial = KlAdamLoop<float>::cosineSimilarities(corpus, query);
    QVERIFY(close(key("f32 initial_cos"), initial, doubleVector(expected32.value(key("initial_cos"))), 2e-6));
    const std::span<const float> initialSpan(initial.data(), std::size_t(initial.size()));
    const JudgedSelection selection = JudgedSelection::select(initialSpan, fromTop, total, seed);
    QCOMPARE(JudgedSelection::sortOrder(initialSpan), intVector(expected32.value(key("sort_order"))));
    QCOMPARE(selection.positions(), intVector(expected32.value(key("positions"))));
    QCOMPARE(selection.chosen(), intVector(expected32.value(key("chosen_doc_indices"))));
    QCOMPARE(selection.chosen(), intVector(expected64.value(key("chosen_doc_indices"))));

    const auto k = Eigen::Index(selection.chosen().size());
    MatrixF judgedDocs(k, corpus.cols());
    VectorF judgedScores(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        judgedDocs.row(i) = corpus.row(selection.chosen()[std::size_t(i)]);
        judgedScores(i) = docScores(selection.chosen()[std::size_t(i)]);
    }
    const VectorF expectedChosenScores = floatVector(expected32.value(key("chosen_scores")));
    QCOMPARE(judgedScores.size(), expectedChosenScores.size());
    QVERIFY(judgedScores == expectedChosenScores);

    // Steps 3-5 in float32.
    VectorF refined32;
    QVERIFY(checkFloat32Loop(judgedDocs, judgedScores, query, lp, expected32.value(key("refine")).toObject(),
                             &refined32));
    const VectorF final32 = KlAdamLoop<float>::cosineSimilarities(corpus, refined32);
    QVERIFY(close(key("f32 final_cos_all_docs"), final32, doubleVector(expected32.value(key("final_cos_all_docs"))),
                  lp.refinedTolerance));
    QCOMPARE(rankingOf(final32), intVector(expected32.value(key("final_ranking"))));

    // The same in float64 from the widened float32 inputs.
    const MatrixD corpus64 = corpus.cast<double>();
    const VectorD initial64 = KlAdamLoop<double>::cosineSimilarities(corpus64, query.cast<double>());
    QVERIFY(close(key("f64 initial_cos"), initial64, doubleVector(expected64.value(key("initial_cos"))),
                  s_f64Tolerance));
    QCOMPARE(rankingOf(initial64), intVector(expected64.value(key("sort_order"))));
    VectorD refined64;
    QVERIFY(checkFloat64Loop(judgedDocs.cast<double>(), judgedScores.cast<double>(), query.cast<double>(), lp,
                             expected64.value(key("refine")).toObject(), &refined64));
    const VectorD final64 = KlAdamLoop<double>::cosineSimilarities(corpus64, refined64);
    QVERIFY(close(key("f64 final_cos_all_docs"), final64, doubleVector(expected64.value(key("final_cos_all_docs"))),
                  s_f64Tolerance));
    QCOMPARE(rankingOf(final64), intVector(expected64.value(key("final_ranking"))));
}

void TestKlRefiner::gradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<bool>("refit");
    QTest::addColumn<bool>("gold");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("d");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("plain llm n7 d16") << false << false << 7 << 16 << 1u;
    QTest::newRow("plain gold n20 d48") << false << true << 20 << 48 << 2u;
    QTest::newRow("refit llm n7 d16") << true << false << 7 << 16 << 3u;
    QTest::newRow("refit gold n20 d48") << true << true << 20 << 48 << 4u;
    QTest::newRow("refit llm n3 d5") << true << false << 3 << 5 << 5u;
}

void TestKlRefiner::gradientMatchesFiniteDifferences()
{
    QFETCH(bool, refit);
    QFETCH(bool, gold);
    QFETCH(int, n);
    QFETCH(int, d);
    QFETCH(unsigned, seed);
    const RandomProblem problem = randomProblem(seed, n, d, gold);
    RefineParams params;
    params.refit = refit;

    KlAdamLoop<double> loop(problem.docs, problem.scores, problem.query, params);
    loop.evaluate(true);
    const VectorD analytic = loop.gradient();
    VectorD numeric(d);
    const double h = 1e-5 * problem.query.norm();
    for (int j = 0; j < d; ++j) {
        VectorD plus = problem.query;
        VectorD minus = problem.query;
        plus(j) += h;
        minus(j) -= h;
        const double lossPlus = KlAdamLoop<double>(problem.docs, problem.scores, plus, params).evaluate(false);
        const double lossMinus = KlAdamLoop<double>(problem.docs, problem.scores, minus, params).evaluate(false);
        numeric(j) = (lossPlus - lossMinus) / (2 * h);
    }
    const double scale = maxAbs(analytic);
    QVERIFY(scale > 0);
    const double relative = maxAbs((numeric - analytic).eval()) / scale;
    record(key("finite difference / max|g|"), relative);
    QVERIFY2(relative < 1e-6, qPrintable(QStringLiteral("relative error %1").arg(relative)));
    // The gradient of a function of cosines is orthogonal to q.
    QVERIFY(std::abs(analytic.dot(problem.query)) < 1e-12 * analytic.norm() * problem.query.norm() * d);
}

void TestKlRefiner::refitTiesShareTheMinMaxTerms()
{
    // Two documents tie exactly for the lowest cosine and two for the highest (every number is
    // exact in binary). Torch gives each tied document an equal share of ReFIT's min (max) term,
    // so the gradient at the tie is the mean of the gradients obtained when a tiny perturbation
    // makes one or the other document the unique minimum (maximum): g is affine in the shares.
    const double delta = 1e-9;
    const auto gradientWith = [](double loA, double loB, double hiA, double hiB) {
        MatrixD docs(6, 4);
        docs << 1, hiA, 0, 0,      // ties for the max (cos 0.5) unless hiA > 0
            0, 0, hiB, 1,          // ties for the max unless hiB > 0
            -loA, -1, 0, 0,        // ties for the min (cos -0.5) unless loA > 0
            0, 0, -1, -loB,        // ties for the min unless loB > 0
            0.3, 0.2, 0.1, -0.4,   // in between
            1, -1, 0.5, 0;         // in between
        VectorD scores(6);
        scores << 0.9, 0.2, 0.7, 0.1, 0.5, 0.3;
        const VectorD query = VectorD::Constant(4, 1.0);
        KlAdamLoop<double> loop(docs, scores, query, RefineParams::refitDefaults());
        loop.evaluate(true);
        return std::make_pair(VectorD(loop.gradient()), VectorD(loop.cosines()));
    };
    const auto [tied, cos] = gradientWith(0, 0, 0, 0);
    QCOMPARE(cos(0), 0.5);
    QCOMPARE(cos(1), 0.5);
    QCOMPARE(cos(2), -0.5);
    QCOMPARE(cos(3), -0.5);
    VectorD mean = VectorD::Zero(4);
    for (const double lo : {0.0, 1.0}) {
        for (const double hi : {0.0, 1.0})
            mean += 0.25 * gradientWith(lo * delta, (1 - lo) * delta, hi * delta, (1 - hi) * delta).first;
    }
    const VectorD oneSided = gradientWith(delta, 0, delta, 0).first;
    const double scale = maxAbs(tied);
    // The corners differ clearly, so the check can tell an even split from a one-sided one.
    QVERIFY(maxAbs((oneSided - tied).eval()) > 1e-3 * scale);
    QVERIFY2(maxAbs((mean - tied).eval()) < 1e-6 * scale, qPrintable(QString::number(maxAbs((mean - tied).eval()))));
}

void TestKlRefiner::observerSeesEveryStep()
{
    const RefineInput input = floatInput(randomProblem(21, 9, 32, false));
    RefineParams params;
    params.steps = 7;
    params.lr = 1e-2;
    std::vector<int> steps;
    std::vector<float> losses;
    Eigen::VectorXf lastQuery;
    const RefineResult result = KlAdamRefiner(params).refine(
        input,
        [&](int step, float loss, const Eigen::VectorXf& query) {
            steps.push_back(step);
            losses.push_back(loss);
            lastQuery = query;
        },
        {});
    QCOMPARE(steps, std::vector<int>({1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(losses, result.losses);
    QCOMPARE(int(result.losses.size()), params.steps);
    QVERIFY(lastQuery == result.query);
    QVERIFY(result.query != input.query);
    // The loss falls on this easy problem, and the final loss is evaluated after the last step.
    QVERIFY(result.finalLoss < result.losses.front());
}

void TestKlRefiner::cancellationStops()
{
    const RefineInput input = floatInput(randomProblem(31, 5, 8, true));
    int polls = 0;
    int observed = 0;
    try {
        KlAdamRefiner().refine(input, [&](int, float, const Eigen::VectorXf&) { ++observed; },
                               [&] { return ++polls == 3; });
        QFAIL("refine() returned although cancelled");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    QCOMPARE(polls, 3);
    QCOMPARE(observed, 2);
}

void TestKlRefiner::zeroStepsKeepsQuery()
{
    const RefineInput input = floatInput(randomProblem(41, 4, 6, true));
    RefineParams params;
    params.steps = 0;
    const RefineResult result = KlAdamRefiner(params).refine(input, {}, {});
    QVERIFY(result.query == input.query);
    QVERIFY(result.losses.empty());
    KlAdamLoop<float> loop(input.documents, input.scores, input.query, params);
    QCOMPARE(result.finalLoss, loop.evaluate(false));
    QVERIFY(result.finalLoss > 0);
}

void TestKlRefiner::badInputThrows()
{
    RefineInput input = floatInput(randomProblem(51, 4, 6, true));
    const auto kindOf = [](const RefineInput& in) {
        try {
            KlAdamRefiner().refine(in, {}, {});
        } catch (const TareError& error) {
            return int(error.kind());
        }
        return -1;
    };
    RefineInput wrongScores = input;
    wrongScores.scores.resize(3);
    QCOMPARE(kindOf(wrongScores), int(TareError::Kind::Usage));
    RefineInput wrongDim = input;
    wrongDim.query.resize(5);
    QCOMPARE(kindOf(wrongDim), int(TareError::Kind::Usage));
    RefineInput empty = input;
    empty.documents.resize(0, 6);
    empty.scores.resize(0);
    QCOMPARE(kindOf(empty), int(TareError::Kind::Usage));
    RefineInput nan = input;
    nan.scores(1) = std::nanf("");
    QCOMPARE(kindOf(nan), int(TareError::Kind::Input));
    QCOMPARE(kindOf(input), -1);
}

void TestKlRefiner::selectionTiesAndClamping()
{
    const std::vector<float> scores{0.5f, 0.9f, 0.5f, 0.1f, 0.9f, 0.5f};
    const JudgedSelection top = JudgedSelection::select(scores, 20, 20, 42);
    // Exact ties keep the lower index first; N < K takes every candidate.
    QCOMPARE(JudgedSelection::sortOrder(scores), std::vector<int>({1, 4, 0, 2, 5, 3}));
    QCOMPARE(top.chosen(), JudgedSelection::sortOrder(scores));
    QCOMPARE(top.fromTop(), 6);
    QCOMPARE(top.total(), 6);

    const JudgedSelection sampled = JudgedSelection::select(scores, 2, 20, 42);
    QCOMPARE(sampled.total(), 6);
    QCOMPARE(sampled.fromTop(), 2);
    QCOMPARE(int(sampled.positions().size()), 6);
    QCOMPARE(sampled.positions()[0], 0);
    QCOMPARE(sampled.positions()[1], 1);
    std::vector<int> sorted = sampled.positions();
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, std::vector<int>({0, 1, 2, 3, 4, 5}));

    const JudgedSelection few = JudgedSelection::select(scores, 1, 3, 7);
    QCOMPARE(int(few.chosen().size()), 3);
    QCOMPARE(few.chosen()[0], 1);

    QVERIFY_THROWS_EXCEPTION(TareError, JudgedSelection::select(scores, -1, 3, 7));
}

void TestKlRefiner::selectionEqualsFullSort_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("fromTop");
    QTest::addColumn<int>("total");
    QTest::newRow("top 20 of 50,000, 7 score levels") << 50000 << 7 << 20 << 20;
    QTest::newRow("top 10 + 30 sampled of 20,000, 3 levels") << 20000 << 3 << 10 << 40;
    QTest::newRow("0 top + 25 sampled of 5,000, distinct") << 5000 << 0 << 0 << 25;
    QTest::newRow("all of 300, 2 levels") << 300 << 2 << 300 << 300;
}

// select() finds the judged candidates by partial selection; they must be exactly π's entries at
// the judged positions, π computed by a full stable sort (ties, -0 and NaN included).
void TestKlRefiner::selectionEqualsFullSort()
{
    QFETCH(int, count);
    QFETCH(int, levels);
    QFETCH(int, fromTop);
    QFETCH(int, total);
    std::mt19937 rng(uint32_t(count + levels));
    std::vector<float> scores(static_cast<size_t>(count));
    for (float& score : scores) {
        const auto r = rng();
        score = levels > 0 ? float(r % uint32_t(levels)) / 8.0f - 0.25f : float(r) / 4294967296.0f;
        if (r % 97 == 0)
            score = -0.0f;
        else if (r % 89 == 0)
            score = std::nanf("");
    }
    for (qint64 seed : {qint64(1), qint64(42)}) {
        const JudgedSelection selection = JudgedSelection::select(scores, fromTop, total, seed);
        const std::vector<int> order = JudgedSelection::sortOrder(scores);
        QCOMPARE(int(selection.positions().size()), std::min(total, count));
        std::vector<int> expected;
        for (int position : selection.positions())
            expected.push_back(order[size_t(position)]);
        QCOMPARE(selection.chosen(), expected);
    }
}

void TestKlRefiner::factoryNames()
{
    for (const QString& name : RefinerCatalogue::names())
        QCOMPARE(RefinerCatalogue::create(name)->name(), name);
    try {
        RefinerCatalogue::create(QStringLiteral("adam-kl"));
        QFAIL("an unknown refiner name was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY(error.message().contains(QLatin1String("adam-kl")));
    }
}

void TestKlRefiner::refitDefaults()
{
    const RefineParams refit = RefineParams::refitDefaults();
    QVERIFY(refit.refit);
    QCOMPARE(refit.lr, 0.005);
    QCOMPARE(refit.steps, RefineParams().steps);
    QCOMPARE(KlAdamRefiner(refit).name(), QStringLiteral("refit"));
    QCOMPARE(KlAdamRefiner().name(), QStringLiteral("kl-adam"));
}

QTEST_GUILESS_MAIN(TestKlRefiner)
#include "tst_klrefiner.moc"
