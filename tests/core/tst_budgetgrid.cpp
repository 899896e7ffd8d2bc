// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/budgetgrid.h"

#include <QTest>

#include <cmath>

using namespace tare;

class TestBudgetGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridOfOneParameterPoint();
    void missingCellsAreNaN();
};

namespace {

BudgetCellResult cell(int total, double share, int steps, double lr, double mapAfter, double delta)
{
    static qint64 run = 100;
    BudgetCellResult c;
    c.runId = ++run;
    c.total = total;
    c.fromTopShare = share;
    c.fromTop = int(std::lround(share * total));
    c.steps = steps;
    c.lr = lr;
    c.mapAfter = mapAfter;
    c.delta = delta;
    return c;
}

} // namespace

void TestBudgetGrid::gridOfOneParameterPoint()
{
    BudgetSweepResult sweep;
    // Two (steps, lr) points; the cells come in an order the grid must not depend on.
    sweep.cells = {cell(20, 0.5, 100, 1e-4, 0.61, 0.02), cell(10, 1.0, 100, 1e-4, 0.62, 0.03),
                   cell(20, 1.0, 100, 1e-4, 0.65, 0.06), cell(10, 0.5, 100, 1e-4, 0.60, 0.01),
                   cell(10, 1.0, 50, 1e-3, 0.99, 0.40)};
    const auto points = BudgetGrid::parameterPoints(sweep);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.first(), qMakePair(100, 1e-4));

    const BudgetGrid map = BudgetGrid::from(sweep, 100, 1e-4, BudgetGrid::Measure::MapAfter);
    QCOMPARE(map.totals, (QList<int>{10, 20}));
    QCOMPARE(map.shares, (QList<double>{1.0, 0.5})); // from the top first
    QCOMPARE(map.values.size(), 4);
    QCOMPARE(map.value(0, 0), 0.62);
    QCOMPARE(map.value(0, 1), 0.65);
    QCOMPARE(map.value(1, 0), 0.60);
    QCOMPARE(map.value(1, 1), 0.61);
    QCOMPARE(map.minimum, 0.60);
    QCOMPARE(map.maximum, 0.65);
    // Each cell knows its run (a click on the heat map opens it).
    QCOMPARE(map.runAt(1, 0), sweep.cells[2].runId); // 20 judged, all from the top
    QCOMPARE(map.runAt(0, 1), sweep.cells[3].runId);
    QCOMPARE(map.runAt(2, 0), 0);
    QCOMPARE(map.runAt(0, 2), 0);

    const BudgetGrid delta = BudgetGrid::from(sweep, 100, 1e-4, BudgetGrid::Measure::Delta);
    QCOMPARE(delta.value(0, 1), 0.06);
    QCOMPARE(delta.minimum, 0.01);

    const BudgetGrid other = BudgetGrid::from(sweep, 50, 1e-3, BudgetGrid::Measure::Delta);
    QCOMPARE(other.values.size(), 1);
    QCOMPARE(other.value(0, 0), 0.40);
}

void TestBudgetGrid::missingCellsAreNaN()
{
    BudgetSweepResult sweep;
    sweep.cells = {cell(5, 1.0, 100, 1e-4, 0.5, 0.1), cell(50, 0.5, 100, 1e-4, std::nan(""), std::nan(""))};
    const BudgetGrid grid = BudgetGrid::from(sweep, 100, 1e-4, BudgetGrid::Measure::MapAfter);
    QCOMPARE(grid.values.size(), 4);
    QVERIFY(std::isnan(grid.value(0, 1))); // share 1.0 at 50 was not in the sweep
    QVERIFY(std::isnan(grid.value(1, 1))); // a cell without a result
    QVERIFY(std::isnan(grid.value(1, 0)));
    QCOMPARE(grid.minimum, 0.5);
    QCOMPARE(grid.maximum, 0.5);
    QVERIFY(BudgetGrid::from({}, 100, 1e-4, BudgetGrid::Measure::Delta).values.isEmpty());
}

QTEST_GUILESS_MAIN(TestBudgetGrid)
#include "tst_budgetgrid.moc"
