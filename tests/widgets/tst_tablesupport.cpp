// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/tablesupport.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace tare;

class TestTableSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAreWholeReadOnlyRows();
    void theStretchColumnTakesTheRest();
    void compactRowsAreOneLineHigh();
};

namespace {

QStandardItemModel* records(QObject* parent)
{
    auto* model = new QStandardItemModel(3, 4, parent);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 4; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("r%1c%2").arg(row).arg(column)));
    }
    return model;
}

} // namespace

void TestTableSupport::recordsAreWholeReadOnlyRows()
{
    QTableView table;
    QStandardItemModel* model = records(&table);
    TableSupport::showRecords(&table, model, 1);
    QCOMPARE(table.model(), model);
    QCOMPARE(table.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table.editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!table.wordWrap());
    QVERIFY(table.verticalHeader()->isHidden());
    table.selectRow(2);
    QCOMPARE(table.selectionModel()->selectedIndexes().size(), 4);
}

void TestTableSupport::theStretchColumnTakesTheRest()
{
    QTableView named;
    TableSupport::showRecords(&named, records(&named), 2);
    QCOMPARE(named.horizontalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    QCOMPARE(named.horizontalHeader()->sectionResizeMode(2), QHeaderView::Stretch);
    QVERIFY(!named.horizontalHeader()->stretchLastSection());

    QTableView last;
    TableSupport::showRecords(&last, records(&last));
    QCOMPARE(last.horizontalHeader()->sectionResizeMode(3), QHeaderView::ResizeToContents);
    QVERIFY(last.horizontalHeader()->stretchLastSection());
}

void TestTableSupport::compactRowsAreOneLineHigh()
{
    QTableView table;
    TableSupport::compactRows(&table);
    QCOMPARE(table.verticalHeader()->defaultSectionSize(), table.fontMetrics().height() + 6);
}

QTEST_MAIN(TestTableSupport)
#include "tst_tablesupport.moc"
