// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runcurveset.h"

#include <QTest>

#include <limits>

using namespace tare;

class TestRunCurveSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregatesPerStep();
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

QTEST_GUILESS_MAIN(TestRunCurveSet)
#include "tst_runcurveset.moc"
