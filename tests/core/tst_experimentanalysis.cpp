// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/db/runqueryjson.h"
#include "core/experiment/budgetsweep.h"
#include "core/experiment/experimentresult.h"
#include "core/db/experimentstore.h"
#include "core/experiment/judgequality.h"
#include "core/experiment/noisesweep.h"
#include "core/experiment/rerankonly.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tare;

// The pure parts of the experiments on hand-made inputs whose answers are worked out in the
// comments, plus the experiments table and the result's JSON form.
class TestExperimentAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgedAuc_data();
    void judgedAuc();
    void fitOnHandMadePoints();
    void spearmanWithTies();
    void rerankOnly_data();
    void rerankOnly();
    void noiseCellsUseGoldAtRateZero();
    void budgetFromTop_data();
    void budgetFromTop();
    void definitionIsCanonical();
    void storeRoundTrip();
    void resultJsonRoundTrip();
};

void TestExperimentAnalysis::judgedAuc_data()
{
    QTest::addColumn<QJsonArray>("judged");
    QTest::addColumn<double>("auc");
    auto doc = [](QJsonValue score, int grade) {
        return QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("grade"), grade}};
    };
    // Relevant 0.9, 0.3 against irrelevant 0.8, 0.3: pairs (0.9>0.8) 1, (0.9>0.3) 1, (0.3<0.8) 0,
    // (0.3=0.3) 1/2, so 2.5 / 4.
    QTest::newRow("ties count half") << QJsonArray{doc(0.9, 1), doc(0.8, 0), doc(0.3, 2), doc(0.3, 0)} << 0.625;
    QTest::newRow("perfect") << QJsonArray{doc(1.0, 1), doc(0.0, 0), doc(0.0, 0)} << 1.0;
    QTest::newRow("inverted") << QJsonArray{doc(0.0, 1), doc(1.0, 0)} << 0.0;
    // An unscored (failed) judgment is left out: 1 relevant over 1 irrelevant.
    QTest::newRow("failed skipped") << QJsonArray{doc(0.7, 1), doc(QJsonValue(), 1), doc(0.2, 0)} << 1.0;
    QTest::newRow("all relevant") << QJsonArray{doc(0.7, 1), doc(0.2, 1)} << std::numeric_limits<double>::quiet_NaN();
}

void TestExperimentAnalysis::judgedAuc()
{
    QFETCH(QJsonArray, judged);
    QFETCH(double, auc);
    const double value = JudgeQuality::judgedAuc(RunQueryJson::parseJudged(QJsonDocument(judged).toJson()));
    if (std::isnan(auc))
        QVERIFY(std::isnan(value));
    else
        QCOMPARE(value, auc);
}

void TestExperimentAnalysis::fitOnHandMadePoints()
{
    // x = AUC, y = ΔAP: (0.5, 0), (0.75, 0.1), (1, 0.3). Means 0.75 and 0.4/3.
    // Sxx = 0.125, Sxy = 0.25·(0.4/3) + 0.25·(0.3 − 0.4/3) = 0.075, Syy = 0.14/3.
    // slope = 0.6, intercept = 0.4/3 − 0.45, r = 0.075 / √(0.125 · 0.14/3); the points rise
    // monotonically, so ρ = 1. A point without an AUC is not fitted.
    JudgeQualityResult result;
    auto point = [](double auc, double delta) {
        JudgeQualityPoint p;
        p.auc = auc;
        p.deltaAp = delta;
        return p;
    };
    result.points = {point(0.5, 0.0), point(0.75, 0.1), point(std::numeric_limits<double>::quiet_NaN(), 0.9), point(1.0, 0.3)};
    JudgeQuality::fit(result);
    QCOMPARE(result.n, 3);
    QVERIFY(std::abs(result.slope - 0.6) < 1e-12);
    QVERIFY(std::abs(result.intercept - (0.4 / 3.0 - 0.45)) < 1e-12);
    QVERIFY(std::abs(result.pearson - 0.075 / std::sqrt(0.125 * 0.14 / 3.0)) < 1e-12);
    QVERIFY(std::abs(result.pearson - 0.9819805060619657) < 1e-12);
    QCOMPARE(result.spearman, 1.0);

    JudgeQualityResult single;
    single.points = {point(0.5, 0.1)};
    JudgeQuality::fit(single);
    QCOMPARE(single.n, 1);
    QVERIFY(std::isnan(single.slope) && std::isnan(single.pearson));
}

void TestExperimentAnalysis::spearmanWithTies()
{
    // x ranks: 1, 2.5, 2.5, 4; y ranks: 1, 2, 3, 4. Pearson of the ranks: means 2.5 and 2.5,
    // Sxy = 2.25 + 0 + 0 + 2.25 = 4.5, Sxx = 2.25 + 0 + 0 + 2.25 = 4.5, Syy = 5, ρ = 4.5 / √22.5.
    const std::vector<double> x{0.1, 0.5, 0.5, 0.9};
    const std::vector<double> y{-1.0, 0.0, 2.0, 3.0};
    QVERIFY(std::abs(JudgeQuality::spearman(x, y) - 4.5 / std::sqrt(22.5)) < 1e-12);
    QVERIFY(std::isnan(JudgeQuality::pearson(std::vector<double>{1.0, 1.0}, std::vector<double>{0.0, 1.0})));
}

void TestExperimentAnalysis::rerankOnly_data()
{
    QTest::addColumn<QList<int>>("grades");
    QTest::addColumn<QList<double>>("judgeScores"); // NaN: not judged
    QTest::addColumn<double>("ap");
    const double no = std::numeric_limits<double>::quiet_NaN();
    // Original ranking d0..d5 with relevant d1 and d3 (AP before 0.5). Judging d0 (0) and d1 (1)
    // moves d1 first: relevant at ranks 1 and 4, AP = (1/1 + 2/4) / 2.
    QTest::newRow("top two judged") << QList<int>{0, 1, 0, 1, 0, 0} << QList<double>{0.0, 1.0, no, no, no, no} << 0.75;
    // Every relevant document judged by a perfect judge: both on top.
    QTest::newRow("all relevant judged") << QList<int>{0, 1, 0, 1, 0, 0} << QList<double>{0.0, 1.0, 0.0, 1.0, no, no} << 1.0;
    // Nothing judged: the original ranking.
    QTest::newRow("nothing judged") << QList<int>{0, 1, 0, 1, 0, 0} << QList<double>{no, no, no, no, no, no} << 0.5;
    // A wrong judge pushes the relevant d1 below the judged d2: judged order d2, d1, then d0, d3...
    // relevant at 2 and 4: (1/2 + 2/4) / 2.
    QTest::newRow("wrong judge") << QList<int>{0, 1, 0, 1, 0, 0} << QList<double>{no, 0.2, 0.9, no, no, no} << 0.5;
    // Equal judge scores keep the original order: d0 before d1 → relevant at 2 and 4.
    QTest::newRow("ties stable") << QList<int>{0, 1, 0, 1, 0, 0} << QList<double>{1.0, 1.0, no, no, no, no} << 0.5;
}

void TestExperimentAnalysis::rerankOnly()
{
    QFETCH(QList<int>, grades);
    QFETCH(QList<double>, judgeScores);
    QFETCH(double, ap);
    std::vector<quint32> order(size_t(grades.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    const std::vector<int> gradeVector(grades.begin(), grades.end());
    const std::vector<int> qrels{1, 1, 0};
    const std::vector<double> scores(judgeScores.begin(), judgeScores.end());
    QCOMPARE(RerankOnly::averagePrecision(order, gradeVector, qrels, scores), ap);
}

void TestExperimentAnalysis::noiseCellsUseGoldAtRateZero()
{
    ExperimentSettings settings;
    settings.rates = {0.0, 0.25};
    settings.seeds = 3;
    const QList<ExperimentCell> cells = NoiseSweep::cells(settings);
    QCOMPARE(cells.size(), 4);
    QCOMPARE(cells[0].settings.judgeSpec, QStringLiteral("gold"));
    QCOMPARE(cells[1].settings.judgeSpec, QStringLiteral("simulated:flip=0.25,seed=1"));
    QCOMPARE(cells[3].settings.judgeSpec, QStringLiteral("simulated:flip=0.25,seed=3"));
    QCOMPARE(NoiseSweep::judgeSpec(QStringLiteral("sigma"), 0.1, 2), QStringLiteral("simulated:sigma=0.1,seed=2"));
}

void TestExperimentAnalysis::budgetFromTop_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("fromTop");
    QTest::newRow("all top") << 20 << 1.0 << 20;
    QTest::newRow("half") << 10 << 0.5 << 5;
    QTest::newRow("half of odd rounds") << 5 << 0.5 << 3;
    QTest::newRow("none from top") << 30 << 0.0 << 0;
}

void TestExperimentAnalysis::budgetFromTop()
{
    QFETCH(int, total);
    QFETCH(double, share);
    QFETCH(int, fromTop);
    QCOMPARE(BudgetSweep::fromTop(total, share), fromTop);
}

void TestExperimentAnalysis::definitionIsCanonical()
{
    ExperimentSettings a;
    a.kind = ExperimentKind::Methods;
    ExperimentSettings b = a;
    b.threads = 7;
    b.label = QStringLiteral("another label");
    b.rates = {0.3}; // not part of a method comparison
    QCOMPARE(a.definitionJson(), b.definitionJson());
    b.judgeSpec = QStringLiteral("simulated:flip=0.1");
    QVERIFY(a.definitionJson() != b.definitionJson());
    for (const QString& name : {QStringLiteral("noise-sweep"), QStringLiteral("budget-sweep"), QStringLiteral("methods"),
                                QStringLiteral("judge-quality")})
        QCOMPARE(experimentKindName(*experimentKindFromName(name)), name);
    QVERIFY(!experimentKindFromName(QStringLiteral("sweep")));
}

void TestExperimentAnalysis::storeRoundTrip()
{
    TestUtils::ProjectBuilder project{QStringLiteral("e.tare"), QStringLiteral("d")};
    const qint64 datasetId = project.datasetId();
    ExperimentStore& experiments = project.store().experiments();
    ExperimentRecord record;
    record.datasetId = datasetId;
    record.kind = QStringLiteral("methods");
    record.paramsJson = QByteArrayLiteral("{\"a\":1}");
    record.label = QStringLiteral("first");
    const qint64 first = experiments.create(record);
    const qint64 second = experiments.create(record);
    QVERIFY(second > first);
    QCOMPARE(experiments.latestWithDefinition(datasetId, 0, QStringLiteral("methods"), record.paramsJson)->id, second);
    QVERIFY(!experiments.latestWithDefinition(datasetId, 0, QStringLiteral("methods"), QByteArrayLiteral("{\"a\":2}")));
    QVERIFY(!experiments.latestWithDefinition(datasetId, 0, QStringLiteral("noise-sweep"), record.paramsJson));

    experiments.setResult(first, QByteArrayLiteral("{\"x\":3}"));
    experiments.setStatus(first, RunStatus::Finished);
    const auto read = experiments.find(first);
    QVERIFY(read);
    QCOMPARE(read->status, RunStatus::Finished);
    QVERIFY(!read->finishedAt.isEmpty());
    QCOMPARE(read->resultJson, QByteArrayLiteral("{\"x\":3}"));
    QCOMPARE(read->label, QStringLiteral("first"));
    QCOMPARE(experiments.all(datasetId).size(), 2);
    QCOMPARE(experiments.all(datasetId).first().id, second);

    // A status the schema does not know is refused by its CHECK.
    QVERIFY_THROWS_EXCEPTION(TareError, experiments.setStatus(first, RunStatus::Paused));
}

void TestExperimentAnalysis::resultJsonRoundTrip()
{
    ExperimentResult result;
    result.experimentId = 4;
    result.kind = ExperimentKind::NoiseSweep;
    result.status = RunStatus::Finished;
    result.runIds = {7, 8};
    result.noise.noise = QStringLiteral("flip");
    result.noise.mapBefore = 0.25;
    result.noise.queries = 3;
    NoiseLevelResult level;
    level.rate = 0.1;
    level.meanDelta = 0.05;
    level.minDelta = 0.01;
    level.maxDelta = 0.09;
    level.sdDelta = 0.04;
    level.seeds = {1, 2};
    level.seedDeltas = {0.01, 0.09};
    level.runIds = {7, 8};
    result.noise.levels.append(level);
    const QByteArray json = result.toJson();
    const ExperimentResult back = ExperimentResult::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.noise.levels.first().seedDeltas, level.seedDeltas);
    QVERIFY(std::isnan(back.noise.levels.first().ciLower)); // null in JSON, NaN again

    ExperimentResult methods;
    methods.kind = ExperimentKind::Methods;
    MethodResult row;
    row.method = QStringLiteral("rocchio");
    row.map = 0.5;
    row.vsNone.n = 3;
    row.vsNone.wins = 2;
    row.vsNone.tTestP = 0.04;
    methods.methods.rows.append(row);
    const ExperimentResult methodsBack = ExperimentResult::fromJson(methods.toJson());
    QCOMPARE(methodsBack.kind, ExperimentKind::Methods);
    QCOMPARE(methodsBack.methods.rows.first().vsNone.wins, 2);
    QCOMPARE(methodsBack.methods.rows.first().vsNone.tTestP, 0.04);
    QCOMPARE(methodsBack.toJson(), methods.toJson());
}

QTEST_GUILESS_MAIN(TestExperimentAnalysis)
#include "tst_experimentanalysis.moc"
