// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/gridreport.h"
#include "gridsample.h"

#include <QTest>

#include <cmath>

using namespace tare;

class TestGridReport : public QObject
{
    Q_OBJECT

private slots:
    void medianAndPercentile_data();
    void medianAndPercentile();
    void paperTableRowsAndMeans();
    void markdownTable();
    void csvHasOneLinePerCell();
    void latencyTables();
    void htmlIsOnePage();
};

void TestGridReport::medianAndPercentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p95");
    QTest::newRow("one value") << QList<double>{4.0} << 4.0 << 4.0;
    QTest::newRow("even count: mean of the middle two") << QList<double>{4.0, 1.0, 3.0, 2.0} << 2.5 << 4.0;
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred.append(i);
    QTest::newRow("1..100: nearest rank 95") << hundred << 50.5 << 95.0;
    QList<double> twenty;
    for (int i = 1; i <= 20; ++i)
        twenty.append(i * 10.0);
    QTest::newRow("20 values: the 19th") << twenty << 105.0 << 190.0;
}

void TestGridReport::medianAndPercentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, median);
    QFETCH(double, p95);
    QCOMPARE(GridReport::median(values), median);
    QCOMPARE(GridReport::percentile95(values), p95);
    QVERIFY(std::isnan(GridReport::median({})));
    QVERIFY(std::isnan(GridReport::percentile95({})));
}

void TestGridReport::paperTableRowsAndMeans()
{
    const GridReport report = TestUtils::sampleGridReport();
    const QList<GridReport::Row> rows = report.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].judge, QStringLiteral("gold"));
    QCOMPARE(rows[0].meanBefore, 0.3);
    QCOMPARE(rows[0].meanAfter, 0.4);
    // The failed cell has no MAP: the mean is over the one dataset that ran.
    QCOMPARE(rows[1].perDataset[0]->status, QStringLiteral("failed"));
    QCOMPARE(rows[1].meanBefore, 0.2);
    QCOMPARE(rows[1].meanAfter, 0.18);
    QCOMPARE(report.cells[0].relativeDelta(), 0.25);
}

void TestGridReport::markdownTable()
{
    const QString text = TestUtils::sampleGridReport().markdown();
    QVERIFY(text.startsWith(QStringLiteral("# Paper grid\n")));
    QVERIFY2(text.contains(QStringLiteral("| embedder | judge | refiner | argkp21 | banking77 | mean |")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("| lsa | gold | kl-adam | 0.4000 → 0.5000 (+25.0 %) | 0.2000 → 0.3000 (+50.0 %) | "
                                          "0.3000 → 0.4000 (+33.3 %) |")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("| lsa | simulated:flip=0.2 | kl-adam | failed | 0.2000 → 0.1800 (-10.0 %) |")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("the endpoint refused")));
}

void TestGridReport::csvHasOneLinePerCell()
{
    const QStringList lines = TestUtils::sampleGridReport().csv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("dataset,embedder,judge,refiner,run,status,reused,queries,failed_queries,map_before,"
                                      "map_after,delta,relative_delta"));
    QCOMPARE(lines[1], QStringLiteral("argkp21,lsa,gold,kl-adam,7,finished,0,3,0,0.4,0.5,0.1,0.25"));
    QVERIFY(lines[3].startsWith(QStringLiteral("argkp21,lsa,simulated:flip=0.2,kl-adam,7,failed,0,3,0,,,,")));
}

void TestGridReport::latencyTables()
{
    GridReport report = TestUtils::sampleGridReport();
    QueryLatency a;
    a.scoreMs = 1.0;
    a.judgeMs = 200.0;
    a.refineMs = 4.0;
    a.rescoreMs = 1.0;
    QueryLatency b = a;
    b.judgeMs = 400.0;
    report.cells[0].latencies = {a, b};
    const QString text = report.latencyMarkdown();
    QVERIFY2(text.contains(QStringLiteral("| argkp21 | lsa | gold | kl-adam | 2 | – | 1.00 / 1.00 | 300.0 / 400.0 | "
                                          "4.00 / 4.00 | 1.00 / 1.00 | 306.0 / 406.0 |")),
             qPrintable(text));
    const QStringList csv = report.latencyCsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), 2);
    QVERIFY(csv[0].contains(QStringLiteral("judge_median_ms,judge_p95_ms")));
    QCOMPARE(csv[1], QStringLiteral("argkp21,lsa,gold,kl-adam,2,,,1,1,300,400,4,4,1,1,306,406"));
}

void TestGridReport::htmlIsOnePage()
{
    const QString html = TestUtils::sampleGridReport().html();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"pos\">0.4000 → 0.5000 (+25.0 %)</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"neg\">0.2000 → 0.1800 (-10.0 %)</td>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

QTEST_GUILESS_MAIN(TestGridReport)
#include "tst_gridreport.moc"
