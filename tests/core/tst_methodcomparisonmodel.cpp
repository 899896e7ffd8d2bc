// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/methodcomparisonmodel.h"
#include "checkedmodel.h"

#include <QTest>

using namespace tare;

class TestMethodComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerMethod();
    void formatsPValues_data();
    void formatsPValues();
};

void TestMethodComparisonModel::oneRowPerMethod()
{
    TestUtils::CheckedModel<MethodComparisonModel> model;
    MethodComparisonResult comparison;
    comparison.judge = QStringLiteral("gold");
    for (const QString& name : {QStringLiteral("none"), QStringLiteral("rocchio"), QStringLiteral("kl-adam")}) {
        MethodResult row;
        row.method = name;
        row.space = QStringLiteral("lsa");
        comparison.rows.append(row);
    }
    comparison.rows[2].map = 0.71234;
    comparison.rows[2].vsNone.meanDelta = 0.0512;
    comparison.rows[2].vsNone.wins = 15;
    comparison.rows[2].vsNone.ties = 3;
    comparison.rows[2].vsNone.losses = 5;
    comparison.rows[2].vsNone.tTestP = 0.0004;
    comparison.rows[2].vsNone.randomizationP = 0.0123;
    comparison.rows[2].vsNone.ciLower = 0.02;
    comparison.rows[2].vsNone.ciUpper = 0.08;
    model.setComparison(comparison);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(MethodComparisonModel::ColumnCount));
    QCOMPARE(model.cellText(2, MethodComparisonModel::MethodColumn), QStringLiteral("kl-adam"));
    QCOMPARE(model.cellText(2, MethodComparisonModel::MapColumn), QStringLiteral("0.7123"));
    QCOMPARE(model.cellText(2, MethodComparisonModel::DeltaColumn), QStringLiteral("+0.0512"));
    QCOMPARE(model.cellText(2, MethodComparisonModel::WinTieLossColumn), QStringLiteral("15 / 3 / 5"));
    QCOMPARE(model.cellText(2, MethodComparisonModel::TTestColumn), QStringLiteral("< 0.001"));
    QCOMPARE(model.cellText(2, MethodComparisonModel::RandomizationColumn), QStringLiteral("0.012"));
    QCOMPARE(model.cellText(2, MethodComparisonModel::CiColumn), QStringLiteral("[+0.0200, +0.0800]"));
    // Undefined figures show a dash, not "nan".
    QCOMPARE(model.cellText(0, MethodComparisonModel::MapColumn), QStringLiteral("–"));
    QCOMPARE(model.cellText(0, MethodComparisonModel::CiColumn), QStringLiteral("–"));
    QCOMPARE(model.index(2, MethodComparisonModel::DeltaColumn).data(MethodComparisonModel::SortRole).toDouble(), 0.0512);
    model.setComparison({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMethodComparisonModel::formatsPValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("text");
    QTest::newRow("tiny") << 1e-7 << QStringLiteral("< 0.001");
    QTest::newRow("at threshold") << 0.001 << QStringLiteral("0.001");
    QTest::newRow("ordinary") << 0.04567 << QStringLiteral("0.046");
    QTest::newRow("one") << 1.0 << QStringLiteral("1.000");
    QTest::newRow("undefined") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("–");
}

void TestMethodComparisonModel::formatsPValues()
{
    QFETCH(double, p);
    QFETCH(QString, text);
    QCOMPARE(MethodComparisonModel::formatP(p), text);
}

QTEST_GUILESS_MAIN(TestMethodComparisonModel)
#include "tst_methodcomparisonmodel.moc"
