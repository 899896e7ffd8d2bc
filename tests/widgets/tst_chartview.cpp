// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/chartview.h"
#include "widgets/journey.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

class TestChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void reportsAnUnwritablePath();
};

void TestChartView::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("chart.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("chart.svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("chart.pdf") << QByteArray("%PDF");
}

void TestChartView::exportsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    auto* chart = new QChart;
    chart->setTitle(QStringLiteral("AP"));
    auto* series = new QLineSeries;
    series->append({{0, 0.1}, {1, 0.3}, {2, 0.4}});
    chart->addSeries(series);
    chart->createDefaultAxes();
    ChartView view(chart);
    QVERIFY(Journey::showExposed(&view, {400, 300}));
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QString error;
    QVERIFY2(view.exportTo(path, &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.size() > 200);
    QVERIFY(written.read(magic.size()).startsWith(magic));
    if (file.endsWith(u".png")) {
        const QImage image(path);
        QCOMPARE(image.width(), view.viewport()->width() * 2);
    }
}

void TestChartView::reportsAnUnwritablePath()
{
    ChartView view(new QChart);
    view.resize(200, 100);
    QString error;
    QVERIFY(!view.exportTo(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.png")));
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
