// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/nonerefiner.h"
#include "core/refine/refinercatalogue.h"
#include "core/refine/rocchio.h"
#include "core/util/tareerror.h"

#include <QTest>

#include <cmath>

using namespace tare;

namespace {

Eigen::VectorXf vectorOf(const QList<float>& values)
{
    Eigen::VectorXf result(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        result(i) = values.at(i);
    return result;
}

Eigen::VectorXf scoresOneZero()
{
    Eigen::VectorXf scores(2);
    scores << 1.0f, 0.0f;
    return scores;
}

} // namespace

class TestRocchio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputed_data();
    void handComputed();
    void reportsOneStep();
    void mismatchedInputThrows();
    void cancelledBeforeStart();
    void noneRefinerIsIdentity();
};

void TestRocchio::handComputed_data()
{
    QTest::addColumn<QList<float>>("query");
    QTest::addColumn<QList<float>>("docs"); // rows of length query.size(), flattened
    QTest::addColumn<QList<float>>("scores");
    QTest::addColumn<QList<double>>("abgt"); // alpha, beta, gamma, threshold
    QTest::addColumn<QList<float>>("expected");

    const QList<double> defaults{1.0, 0.75, 0.15, 0.5};
    // (1,0) + 0.75·mean((1,1),(3,1)) − 0.15·mean((0,2)) = (1 + 1.5, 0.75 − 0.3)
    QTest::newRow("both groups, score at threshold counts as relevant")
        << QList<float>{1, 0} << QList<float>{1, 1, 3, 1, 0, 2} << QList<float>{1.0f, 0.5f, 0.2f} << defaults
        << QList<float>{2.5f, 0.45f};
    // (0,0,1) + 0.75·mean((2,0,0),(0,2,0)) = (0.75, 0.75, 1); no non-relevant group
    QTest::newRow("only relevant") << QList<float>{0, 0, 1} << QList<float>{2, 0, 0, 0, 2, 0}
                                   << QList<float>{0.9f, 0.8f} << defaults << QList<float>{0.75f, 0.75f, 1.0f};
    // (1,1) − 0.15·mean((2,0),(0,4)) = (1 − 0.15, 1 − 0.3)
    QTest::newRow("only non-relevant") << QList<float>{1, 1} << QList<float>{2, 0, 0, 4} << QList<float>{0.0f, 0.49f}
                                       << defaults << QList<float>{0.85f, 0.7f};
    // 2·(1,2) + 1·mean((4,0)) − 0.5·mean((0,2),(2,2)) with threshold 3 on 0–5 ratings
    QTest::newRow("custom weights and threshold")
        << QList<float>{1, 2} << QList<float>{4, 0, 0, 2, 2, 2} << QList<float>{5.0f, 2.0f, 2.99f}
        << QList<double>{2.0, 1.0, 0.5, 3.0} << QList<float>{5.5f, 3.0f};
    QTest::newRow("no judged documents") << QList<float>{1, -2} << QList<float>{} << QList<float>{}
                                         << QList<double>{1.5, 0.75, 0.15, 0.5} << QList<float>{1.5f, -3.0f};
}

void TestRocchio::handComputed()
{
    QFETCH(QList<float>, query);
    QFETCH(QList<float>, docs);
    QFETCH(QList<float>, scores);
    QFETCH(QList<double>, abgt);
    QFETCH(QList<float>, expected);

    RefineParams params;
    params.rocchioAlpha = abgt.at(0);
    params.rocchioBeta = abgt.at(1);
    params.rocchioGamma = abgt.at(2);
    params.rocchioThreshold = abgt.at(3);
    RefineInput input;
    input.query = vectorOf(query);
    input.documents = Eigen::Map<const RowMatrixXf>(docs.constData(), scores.size(), query.size());
    input.scores = vectorOf(scores);

    const RefineResult result = RocchioRefiner(params).refine(input, {}, {});
    QCOMPARE(result.query.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(result.query(i) - expected.at(i)) <= 1e-6f,
                 qPrintable(QStringLiteral("component %1: %2, expected %3")
                                .arg(i)
                                .arg(result.query(i))
                                .arg(expected.at(i))));
}

void TestRocchio::reportsOneStep()
{
    RefineInput input;
    input.query = Eigen::VectorXf::Ones(3);
    input.documents = RowMatrixXf::Identity(2, 3);
    input.scores = scoresOneZero();
    int calls = 0;
    int lastStep = 0;
    Eigen::VectorXf observed;
    const auto refiner = RefinerCatalogue::create(QStringLiteral("rocchio"));
    QCOMPARE(refiner->name(), QStringLiteral("rocchio"));
    const RefineResult result = refiner->refine(
        input,
        [&](int step, float, const Eigen::VectorXf& query) {
            ++calls;
            lastStep = step;
            observed = query;
        },
        {});
    QCOMPARE(calls, 1);
    QCOMPARE(lastStep, 1);
    QCOMPARE(result.losses.size(), std::size_t(1));
    QVERIFY(observed == result.query);
    QVERIFY(std::abs(result.query(0) - 1.75f) <= 1e-6f);
    QVERIFY(std::abs(result.query(1) - 0.85f) <= 1e-6f);
    QVERIFY(std::abs(result.query(2) - 1.0f) <= 1e-6f);
}

void TestRocchio::mismatchedInputThrows()
{
    RefineInput input;
    input.query = Eigen::VectorXf::Ones(3);
    input.documents = RowMatrixXf::Identity(2, 4);
    input.scores = scoresOneZero();
    try {
        RocchioRefiner().refine(input, {}, {});
        QFAIL("a dimension mismatch was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
    }
}

void TestRocchio::cancelledBeforeStart()
{
    RefineInput input;
    input.query = Eigen::VectorXf::Ones(2);
    input.documents = RowMatrixXf::Identity(2, 2);
    input.scores = scoresOneZero();
    try {
        RocchioRefiner().refine(input, {}, [] { return true; });
        QFAIL("refine() returned although cancelled");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
}

void TestRocchio::noneRefinerIsIdentity()
{
    RefineInput input;
    input.query = vectorOf({0.5f, -1.0f, 2.0f});
    input.documents = RowMatrixXf::Identity(2, 3);
    input.scores = scoresOneZero();
    int calls = 0;
    const auto refiner = RefinerCatalogue::create(QStringLiteral("none"));
    QCOMPARE(refiner->name(), QStringLiteral("none"));
    const RefineResult result = refiner->refine(input, [&](int, float, const Eigen::VectorXf&) { ++calls; }, {});
    QVERIFY(result.query == input.query);
    QVERIFY(result.losses.empty());
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestRocchio)
#include "tst_rocchio.moc"
