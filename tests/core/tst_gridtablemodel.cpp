// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/gridtablemodel.h"
#include "gridsample.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace tare;


/// The paper's table as an item model: the report's rows, a column per dataset and the mean, the
/// texts every export format writes, a failed cell with its reason.
class TestGridTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheReportsTable();
};

void TestGridTableModel::showsTheReportsTable()
{
    GridTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const GridReport report = TestUtils::sampleGridReport();
    model.setReport(report);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.meanColumn(), 5);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("argkp21"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("banking77"));
    QCOMPARE(model.index(0, GridTableModel::JudgeColumn).data().toString(), QStringLiteral("gold"));
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("0.4000 → 0.5000 (+25.0 %)"));
    QCOMPARE(model.index(0, 5).data().toString(), GridReport::mapText(0.3, 0.4));
    QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("failed"));
    QVERIFY(model.index(1, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("the endpoint refused")));
    // The mean of a row is over the datasets with a result.
    QCOMPARE(model.index(1, 5).data().toString(), GridReport::mapText(0.2, 0.18));
    QCOMPARE(model.index(0, 4).data(GridTableModel::RunIdRole).toLongLong(), qint64(9));
    // Every row is a line of the Markdown table.
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        QVERIFY(report.markdown().contains(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n")));
    }
    model.setReport({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 4);
}

QTEST_GUILESS_MAIN(TestGridTableModel)
#include "tst_gridtablemodel.moc"
