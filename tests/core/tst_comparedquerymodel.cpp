// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/comparedquerymodel.h"
#include "checkedmodel.h"

#include <QSortFilterProxyModel>
#include <QTest>

using namespace tare;

class TestComparedQueryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerQuery();
    void sortsByDelta();
};

void TestComparedQueryModel::oneRowPerQuery()
{
    TestUtils::CheckedModel<ComparedQueryModel> model;
    const RunComparison comparison = RunComparison::compute({{11, 0.5}, {12, 0.25}, {13, 0.9}}, {{11, 0.75}, {12, 0.125}, {14, 1.0}},
                                                            {{11, QStringLiteral("q1")}, {12, QStringLiteral("q2")}});
    model.setQueries(comparison.queries);
    QCOMPARE(model.rowCount(), 2); // query 13 has no B, 14 no A
    QCOMPARE(model.columnCount(), int(ComparedQueryModel::ColumnCount));
    QCOMPARE(model.cellText(0, ComparedQueryModel::QueryColumn), QStringLiteral("q1"));
    QCOMPARE(model.cellText(0, ComparedQueryModel::ApAColumn), QStringLiteral("0.5000"));
    QCOMPARE(model.cellText(0, ComparedQueryModel::ApBColumn), QStringLiteral("0.7500"));
    QCOMPARE(model.cellText(0, ComparedQueryModel::DeltaColumn), QStringLiteral("+0.2500"));
    QCOMPARE(model.cellText(1, ComparedQueryModel::DeltaColumn), QStringLiteral("-0.1250"));
    QCOMPARE(model.index(1, ComparedQueryModel::ApBColumn).data(ComparedQueryModel::QueryIdRole).toLongLong(), 12);
    QCOMPARE(model.rowOfQuery(12), 1);
    QCOMPARE(model.rowOfQuery(13), -1);
    QCOMPARE(model.headerData(ComparedQueryModel::ApAColumn, Qt::Horizontal).toString(), QStringLiteral("AP A"));
    QVERIFY(model.headerData(ComparedQueryModel::DeltaColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("minus")));
    model.setQueries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestComparedQueryModel::sortsByDelta()
{
    ComparedQueryModel model;
    model.setQueries({{1, QStringLiteral("a"), 0.5, 0.6}, {2, QStringLiteral("b"), 0.5, 0.1}, {3, QStringLiteral("c"), 0.2, 0.9}});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ComparedQueryModel::SortRole);
    proxy.sort(ComparedQueryModel::DeltaColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ComparedQueryModel::QueryIdRole).toLongLong(), 2);
    QCOMPARE(proxy.index(2, 0).data(ComparedQueryModel::QueryIdRole).toLongLong(), 3);
}

QTEST_GUILESS_MAIN(TestComparedQueryModel)
#include "tst_comparedquerymodel.moc"
