// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/experimentlistmodel.h"
#include "checkedmodel.h"

#include <QTest>

using namespace tare;

class TestExperimentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsExperiments();
};

void TestExperimentListModel::listsExperiments()
{
    TestUtils::CheckedModel<ExperimentListModel> model;
    ExperimentRecord noise;
    noise.id = 7;
    noise.spaceId = 3;
    noise.kind = QStringLiteral("noise-sweep");
    noise.status = RunStatus::Finished;
    noise.createdAt = QStringLiteral("2026-11-26 01:00:00");
    ExperimentRecord broken;
    broken.id = 4;
    broken.spaceId = 9; // a space the caller has no name for
    broken.kind = QStringLiteral("methods");
    broken.status = RunStatus::Failed;
    broken.error = QStringLiteral("the judge could not be reached");
    model.setExperiments({noise, broken}, {{3, QStringLiteral("nuance · lsa")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.cellText(0, ExperimentListModel::IdColumn), QStringLiteral("7"));
    QCOMPARE(model.cellText(0, ExperimentListModel::KindColumn), QStringLiteral("Noise sweep"));
    QCOMPARE(model.cellText(0, ExperimentListModel::SpaceColumn), QStringLiteral("nuance · lsa"));
    QCOMPARE(model.cellText(1, ExperimentListModel::KindColumn), QStringLiteral("Method comparison"));
    QCOMPARE(model.cellText(1, ExperimentListModel::SpaceColumn), QStringLiteral("9"));
    QCOMPARE(model.cellText(1, ExperimentListModel::StatusColumn, Qt::ToolTipRole), broken.error);
    QCOMPARE(model.rowOf(4), 1);
    QCOMPARE(model.rowOf(5), -1);
    QCOMPARE(model.experiment(0).id, 7);
    for (ExperimentKind kind : {ExperimentKind::NoiseSweep, ExperimentKind::BudgetSweep, ExperimentKind::Methods, ExperimentKind::JudgeQuality})
        QVERIFY(!ExperimentListModel::kindTitle(kind).isEmpty());
}

QTEST_GUILESS_MAIN(TestExperimentListModel)
#include "tst_experimentlistmodel.moc"
