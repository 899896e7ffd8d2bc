// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/runlistmodel.h"
#include "core/run/runsettings.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace tare;

namespace {

RunOverview overview(qint64 id, RunOrigin origin, RunStatus status, double before, double after)
{
    RunOverview run;
    run.run.id = id;
    run.run.refiner = QStringLiteral("kl-adam");
    run.run.status = status;
    run.run.createdAt = QStringLiteral("2026-12-07T04:12:00Z");
    run.run.finishedQueries = 23;
    RunSettings settings;
    run.run.paramsJson = settings.definitionJson();
    run.datasetName = QStringLiteral("nuance");
    run.spaceName = QStringLiteral("lsa");
    run.judgeName = QStringLiteral("gold labels");
    run.origin = origin;
    run.plannedQueries = 23;
    run.mapBefore = before;
    run.mapAfter = after;
    return run;
}

} // namespace

class TestRunListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryRun();
    void describesParameters();
    void sortsByNumbers();
};

void TestRunListModel::showsEveryRun()
{
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunOverview cell = overview(7, RunOrigin::Experiment, RunStatus::Finished, 0.5, 0.52);
    cell.experimentIds = {3};
    RunOverview human = overview(8, RunOrigin::HumanFeedback, RunStatus::Finished, 0.4, 0.45);
    human.baselineRunId = 5;
    human.run.finishedQueries = 2; // a human feedback run holds only the re-refined queries
    RunOverview cancelled = overview(9, RunOrigin::Workbench, RunStatus::Cancelled, std::nan(""), std::nan(""));
    cancelled.run.finishedQueries = 4;
    cancelled.run.failedQueries = 1;
    cancelled.run.label = QStringLiteral("my run");
    model.setRuns({cancelled, human, cell, overview(2, RunOrigin::CommandLine, RunStatus::Finished, 0.25, 0.3)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(RunListModel::ColumnCount));
    const auto cell_ = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell_(0, RunListModel::NameColumn), QStringLiteral("my run"));
    QCOMPARE(cell_(0, RunListModel::OriginColumn), QStringLiteral("Workbench"));
    QCOMPARE(cell_(1, RunListModel::OriginColumn), QStringLiteral("Human feedback on run 5"));
    QCOMPARE(cell_(2, RunListModel::OriginColumn), QStringLiteral("Experiment 3"));
    QCOMPARE(cell_(3, RunListModel::OriginColumn), QStringLiteral("Command line"));
    QCOMPARE(cell_(3, RunListModel::MapBeforeColumn), QStringLiteral("0.2500"));
    QCOMPARE(cell_(3, RunListModel::MapAfterColumn), QStringLiteral("0.3000"));
    QCOMPARE(cell_(3, RunListModel::DeltaColumn), QStringLiteral("+0.0500"));
    QCOMPARE(cell_(0, RunListModel::MapBeforeColumn), QStringLiteral("–"));
    QCOMPARE(cell_(3, RunListModel::StatusColumn), QStringLiteral("finished"));
    QVERIFY2(cell_(0, RunListModel::StatusColumn).contains(QStringLiteral("cancelled")), qPrintable(cell_(0, RunListModel::StatusColumn)));
    QVERIFY(cell_(0, RunListModel::StatusColumn).contains(QStringLiteral("5 of 23 query")));
    QVERIFY(cell_(0, RunListModel::StatusColumn).contains(QStringLiteral("1 failed")));
    QVERIFY(cell_(1, RunListModel::StatusColumn).contains(QStringLiteral("2 of 23"))); // not "finished" alone
    QCOMPARE(cell_(3, RunListModel::DatasetColumn), QStringLiteral("nuance"));
    QCOMPARE(cell_(3, RunListModel::JudgeColumn), QStringLiteral("gold labels"));
    QCOMPARE(cell_(3, RunListModel::RefinerColumn), QStringLiteral("KL-Adam"));
    QVERIFY(cell_(3, RunListModel::CreatedColumn).startsWith(QStringLiteral("2026-12-0")));
    QCOMPARE(model.index(2, RunListModel::DeltaColumn).data(RunListModel::RunIdRole).toLongLong(), 7);
    QCOMPARE(model.rowOf(8), 1);
    QCOMPARE(model.rowOf(99), -1);
    QVERIFY(model.find(2));
    QCOMPARE(model.find(2)->mapAfter, 0.3);
    QCOMPARE(RunListModel::describe(model.run(3)), QStringLiteral("Run 2 · nuance · lsa · gold labels · KL-Adam"));
    model.setRuns({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRunListModel::describesParameters()
{
    RunOverview run = overview(1, RunOrigin::CommandLine, RunStatus::Finished, 0.1, 0.2);
    QCOMPARE(RunListModel::parametersText(run), QStringLiteral("100 step(s) · lr 0.0001 · 20 judged from the top"));
    RunSettings settings;
    settings.refine.steps = 50;
    settings.refine.lr = 0.005;
    settings.refine.total = 30;
    settings.refine.fromTop = 10;
    settings.refine.seed = 7;
    settings.evalEvery = 5;
    run.run.paramsJson = settings.definitionJson();
    QCOMPARE(RunListModel::parametersText(run),
             QStringLiteral("50 step(s) · lr 0.005 · 30 judged (10 from the top, seed 7) · AP every 5 step(s)"));
    run.run.refiner = QStringLiteral("rocchio"); // no steps or learning rate
    QCOMPARE(RunListModel::parametersText(run), QStringLiteral("30 judged (10 from the top, seed 7) · AP every 5 step(s)"));
}

void TestRunListModel::sortsByNumbers()
{
    RunListModel model;
    model.setRuns({overview(3, RunOrigin::Workbench, RunStatus::Finished, 0.5, 0.45),
                   overview(2, RunOrigin::Workbench, RunStatus::Cancelled, std::nan(""), std::nan("")),
                   overview(1, RunOrigin::Workbench, RunStatus::Finished, 0.5, 0.6)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RunListModel::SortRole);
    proxy.sort(RunListModel::DeltaColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RunListModel::RunIdRole).toLongLong(), 1);
    QCOMPARE(proxy.index(1, 0).data(RunListModel::RunIdRole).toLongLong(), 3);
    QCOMPARE(proxy.index(2, 0).data(RunListModel::RunIdRole).toLongLong(), 2); // no MAP: last
    proxy.sort(RunListModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RunListModel::RunIdRole).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
