// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/querylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tare;

class TestQueryListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsQueriesInOrder();
};

void TestQueryListModel::listsQueriesInOrder()
{
    QueryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<QueryListModel::Entry> entries;
    for (int i = 0; i < 1000; ++i)
        entries.append({100 + i, QStringLiteral("q%1").arg(i), QStringLiteral("text\nof %1").arg(i)});
    entries[1].text = QString(300, QLatin1Char('x'));
    entries[2].text.clear();
    model.setQueries(entries);
    QCOMPARE(resets.size(), 1); // one reset, not a thousand insertions
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("q0 · text of 0"));
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("text\nof 0"));
    QCOMPARE(model.index(1).data().toString().size(), 5 + 120); // "q1 · " and the shortened text
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("q2"));
    QCOMPARE(model.index(999).data(QueryListModel::QueryIdRole).toLongLong(), 1099);
    QCOMPARE(model.rowOf(1099), 999);
    QCOMPARE(model.rowOf(5), -1);
    QCOMPARE(model.queryAt(3), 103);
    QCOMPARE(model.queryAt(1000), 0);
    model.setQueries({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(1099), -1);
}

QTEST_GUILESS_MAIN(TestQueryListModel)
#include "tst_querylistmodel.moc"
