// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/gridcellmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tare;

namespace {

GridCellPlan planned(const QString& dataset, const QString& action, qint64 runId)
{
    GridCellPlan cell;
    cell.dataset = dataset;
    cell.space.name = QStringLiteral("lsa");
    cell.judge = QStringLiteral("gold");
    cell.refiner = QStringLiteral("kl-adam");
    cell.action = action;
    cell.runId = runId;
    return cell;
}

QString state(const GridCellModel& model, int row)
{
    return model.index(row, GridCellModel::StateColumn).data().toString();
}

} // namespace

/// A grid's cells while it runs: what each will do, its queries while it runs, reused, finished,
/// failed with the reason, stopped.
class TestGridCellModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheGrid();
};

void TestGridCellModel::followsTheGrid()
{
    GridCellModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<GridCellPlan> plan{planned(QStringLiteral("a"), QStringLiteral("reuse"), 4),
                                   planned(QStringLiteral("b"), QStringLiteral("run"), 0),
                                   planned(QStringLiteral("c"), QStringLiteral("resume"), 6),
                                   planned(QStringLiteral("d"), QStringLiteral("run"), 0)};
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(state(model, 0), QStringLiteral("waiting: will reuse run 4"));
    QCOMPARE(state(model, 1), QStringLiteral("waiting"));
    QCOMPARE(state(model, 2), QStringLiteral("waiting: will continue run 6"));
    QCOMPARE(model.countWithStatus(QStringLiteral("waiting")), 4);

    GridCellResult reused;
    reused.status = QStringLiteral("finished");
    reused.reused = true;
    reused.runId = 4;
    reused.mapBefore = 0.5;
    reused.mapAfter = 0.6;
    model.setStarted(0, plan[0]);
    model.setFinished(0, reused);
    QCOMPARE(state(model, 0), QStringLiteral("reused run 4"));
    QCOMPARE(model.index(0, GridCellModel::MapColumn).data().toString(), GridReport::mapText(0.5, 0.6));

    model.setStarted(1, plan[1]);
    model.setProgress(1, 3, 10);
    QCOMPARE(state(model, 1), GridCellModel::tr("running: %1 of %n query(ies)", nullptr, 10).arg(3));
    GridCellResult failed;
    failed.status = QStringLiteral("failed");
    failed.error = QStringLiteral("no endpoint");
    model.setFinished(1, failed);
    QCOMPARE(state(model, 1), QStringLiteral("failed: no endpoint"));
    QCOMPARE(model.index(1, 0).data(GridCellModel::StatusRole).toString(), QStringLiteral("failed"));

    // Stopped during cell c: the report has it cancelled with its run, d cancelled without one.
    GridReport report;
    report.cells = {reused, failed, {}, {}};
    report.cells[2].status = QStringLiteral("cancelled");
    report.cells[2].runId = 6;
    report.cells[3].status = QStringLiteral("cancelled");
    model.setReport(report);
    QCOMPARE(state(model, 2), QStringLiteral("stopped: run 6 keeps its finished queries"));
    QCOMPARE(state(model, 3), QStringLiteral("stopped"));
    QCOMPARE(model.countWithStatus(QStringLiteral("cancelled")), 2);
    QCOMPARE(model.countWithStatus(QStringLiteral("reused")), 1);
}

QTEST_GUILESS_MAIN(TestGridCellModel)
#include "tst_gridcellmodel.moc"
