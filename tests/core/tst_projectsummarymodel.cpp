// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/projectsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tare;

class TestProjectSummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfDatasetsAndSpaces();
};

void TestProjectSummaryModel::treeOfDatasetsAndSpaces()
{
    ProjectSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectSummary summary;
    DatasetInfo a;
    a.id = 1;
    a.name = QStringLiteral("a");
    a.documentCount = 10;
    DatasetInfo b;
    b.id = 2;
    b.name = QStringLiteral("b");
    b.pool = PoolRule::Judged;
    summary.datasets = {a, b};
    SpaceInfo s;
    s.id = 7;
    s.datasetId = 2;
    s.name = QStringLiteral("lsa");
    s.provider = QStringLiteral("lsa");
    s.dim = 256;
    s.documentVectorCount = 5;
    summary.spaces = {s};
    model.setSummary(summary);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    const QModelIndex datasetB = model.index(1, 0);
    QCOMPARE(model.rowCount(datasetB), 1);
    const QModelIndex space = model.index(0, ProjectSummaryModel::DocumentsColumn, datasetB);
    QCOMPARE(space.data().toLongLong(), 5);
    QCOMPARE(space.parent(), datasetB);
    QCOMPARE(space.data(ProjectSummaryModel::IdRole).toLongLong(), 7);
    QVERIFY(space.data(ProjectSummaryModel::IsSpaceRole).toBool());
    QCOMPARE(model.index(0, ProjectSummaryModel::DocumentsColumn).data().toLongLong(), 10);
    QVERIFY(model.index(1, ProjectSummaryModel::KindColumn).data().toString().contains(QStringLiteral("judged")));

    model.setSummary({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjectSummaryModel)
#include "tst_projectsummarymodel.moc"
