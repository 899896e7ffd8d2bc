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
    s.runCount = 3;
    s.queryTemplate = QStringLiteral("Instruct: {instruction}\nQuery: {text}");
    SpaceInfo remote = s;
    remote.id = 8;
    remote.name = QStringLiteral("qwen");
    remote.provider = QStringLiteral("openai-compatible");
    remote.model = QStringLiteral("Qwen3-Embedding-0.6B");
    remote.dim = 1024;
    remote.runCount = 1;
    summary.spaces = {s, remote};
    model.setSummary(summary);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    const QModelIndex datasetB = model.index(1, 0);
    QCOMPARE(model.rowCount(datasetB), 2);
    const QModelIndex space = model.index(0, ProjectSummaryModel::DocumentsColumn, datasetB);
    QCOMPARE(space.data().toLongLong(), 5);
    QCOMPARE(space.parent(), datasetB);
    QCOMPARE(space.data(ProjectSummaryModel::IdRole).toLongLong(), 7);
    QVERIFY(space.data(ProjectSummaryModel::IsSpaceRole).toBool());
    QCOMPARE(model.index(0, ProjectSummaryModel::DocumentsColumn).data().toLongLong(), 10);
    QVERIFY(model.index(1, ProjectSummaryModel::KindColumn).data().toString().contains(QStringLiteral("judged")));

    // Kind, dimension, runs and templates of each space; a dataset counts its spaces' runs.
    QCOMPARE(model.index(0, ProjectSummaryModel::KindColumn, datasetB).data().toString(), QStringLiteral("built-in LSA"));
    QCOMPARE(model.index(1, ProjectSummaryModel::KindColumn, datasetB).data().toString(), QStringLiteral("endpoint: Qwen3-Embedding-0.6B"));
    QCOMPARE(model.index(1, ProjectSummaryModel::DimensionColumn, datasetB).data().toInt(), 1024);
    QCOMPARE(model.index(0, ProjectSummaryModel::RunsColumn, datasetB).data().toLongLong(), 3);
    QCOMPARE(model.index(1, ProjectSummaryModel::RunsColumn).data().toLongLong(), 4);
    QCOMPARE(model.index(0, ProjectSummaryModel::TemplatesColumn, datasetB).data().toString(),
             QStringLiteral("query: Instruct: {instruction} ⏎ Query: {text} · document: {text}"));
    QCOMPARE(model.index(0, 0, datasetB).data(ProjectSummaryModel::DatasetIdRole).toLongLong(), 2);
    QCOMPARE(model.indexOfSpace(8), model.index(1, 0, datasetB));
    QCOMPARE(model.indexOfDataset(1), model.index(0, 0));
    QVERIFY(!model.indexOfSpace(99).isValid());

    model.setSummary({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjectSummaryModel)
#include "tst_projectsummarymodel.moc"
