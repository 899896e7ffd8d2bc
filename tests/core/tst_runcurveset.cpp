// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runcurveset.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tare;

class TestRunCurveSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregatesPerStep();
    void deltaPerStep();
};

void TestRunCurveSet::aggregatesPerStep()
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    RunCurveSet curves;
    QCOMPARE(curves.queryCount(), 0);
    QVERIFY(curves.apByStep().isEmpty());
    // Query 5 is evaluated at steps 0, 2; query 9 at 0, 1, 2. Step 1 of query 5 has only a loss.
    const QSet<qint64> changed = curves.add({{5, {0, 1.0, 0.2, 0.5}}, {5, {1, 0.8, nan, nan}}, {5, {2, 0.6, 0.6, 0.7}},
                                             {9, {0, 2.0, 0.4, 0.5}}, {9, {1, 1.5, 0.5, 0.6}}});
    QCOMPARE(changed, (QSet<qint64>{5, 9}));
    QCOMPARE(curves.add({{9, {2, 1.0, 0.8, 0.9}}}), QSet<qint64>{9});
    QCOMPARE(curves.queryCount(), 2);
    QCOMPARE(curves.queryIds(), (QList<qint64>{5, 9}));
    QCOMPARE(curves.maxStep(), 2);
    QCOMPARE(curves.apCurve(5), (QList<QPointF>{{0, 0.2}, {2, 0.6}}));
    QCOMPARE(curves.lossCurve(5).size(), 3);
    const auto stats = curves.apByStep();
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats[0].count, 2);
    QCOMPARE(stats[0].mean, 0.3);
    QCOMPARE(stats[1].count, 1);
    QCOMPARE(stats[1].mean, 0.5);
    QCOMPARE(stats[2].min, 0.6);
    QCOMPARE(stats[2].max, 0.8);
    curves.clear();
    QCOMPARE(curves.queryCount(), 0);
    QCOMPARE(curves.maxStep(), 0);
}

void TestRunCurveSet::deltaPerStep()
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const auto close = [](double a, double b) { return std::abs(a - b) < 1e-5; };
    RunCurveSet curves;
    QVERIFY(curves.deltaByStep().isEmpty());
    // Query 1: AP 0.2, 0.3, 0.5; query 2: 0.4 at step 0, 0.3 at step 2; query 3: 0.1, 0.1, 0.2;
    // query 4 has no AP at step 0 and stays out.
    curves.add({{1, {0, 1.0, 0.2, nan}}, {1, {1, 1.0, 0.3, nan}}, {1, {2, 1.0, 0.5, nan}},
                {2, {0, 1.0, 0.4, nan}}, {2, {2, 1.0, 0.3, nan}},
                {3, {0, 1.0, 0.1, nan}}, {3, {1, 1.0, 0.1, nan}}, {3, {2, 1.0, 0.2, nan}},
                {4, {0, 1.0, nan, nan}}, {4, {2, 1.0, 0.9, nan}}});
    const auto stats = curves.deltaByStep();
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats[0].count, 3);
    QVERIFY(close(stats[0].mean, 0.0));
    QVERIFY(close(stats[0].ciLower, 0.0) && close(stats[0].ciUpper, 0.0));
    // Step 1: Δ = 0.1 and 0.0; t(0.975, 1) = 12.7062, s = 0.0707107, s/√2 = 0.05.
    QCOMPARE(stats[1].step, 1);
    QCOMPARE(stats[1].count, 2);
    QVERIFY(close(stats[1].mean, 0.05));
    QVERIFY(close(stats[1].q1, 0.025));
    QVERIFY(close(stats[1].median, 0.05));
    QVERIFY(close(stats[1].q3, 0.075));
    QVERIFY2(close(stats[1].ciLower, 0.05 - 12.7062 * 0.05), qPrintable(QString::number(stats[1].ciLower)));
    QVERIFY(close(stats[1].ciUpper, 0.05 + 12.7062 * 0.05));
    // Step 2: Δ = 0.3, −0.1, 0.1; quartiles 0 and 0.2; t(0.975, 2) = 4.30265, s/√3 = 0.2/√3.
    QCOMPARE(stats[2].count, 3);
    QVERIFY(close(stats[2].mean, 0.1));
    QVERIFY(close(stats[2].q1, 0.0));
    QVERIFY(close(stats[2].median, 0.1));
    QVERIFY(close(stats[2].q3, 0.2));
    QVERIFY(close(stats[2].ciUpper - stats[2].mean, 4.30265 * 0.2 / std::sqrt(3.0)));
    // One query alone has no interval.
    RunCurveSet single;
    single.add({{1, {0, 1.0, 0.2, nan}}, {1, {1, 1.0, 0.3, nan}}});
    QVERIFY(std::isnan(single.deltaByStep()[1].ciLower));
}

QTEST_GUILESS_MAIN(TestRunCurveSet)
#include "tst_runcurveset.moc"
