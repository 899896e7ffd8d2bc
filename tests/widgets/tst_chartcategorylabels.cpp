// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/chartcategorylabels.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"
#include "viewfixture.h"
#include "widgets/journey.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QTest>
#include <QValueAxis>

using namespace tare;

/// The numbers under a bar chart: every bar's when they fit (one row, else two staggered rows),
/// else every k-th from the first; each centred under its bar, none overlapping another, all in
/// the room below the plot area; relaid when the chart is resized.
class TestChartCategoryLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readableAtEveryWidth_data();
    void readableAtEveryWidth();
    void followsAResize();
};

namespace {

/// A bar chart of `count` categories "1", "4", "7" … (ranks, as the trajectory page numbers them).
struct BarChart
{
    explicit BarChart(int count)
        : chart(ChartSupport::makeChart(QStringLiteral("p and r")))
    {
        auto* set = new QBarSet(QStringLiteral("p"));
        for (int i = 0; i < count; ++i) {
            set->append(0.1 + 0.01 * (i % 7));
            categories.append(QString::number(1 + 3 * i));
        }
        series = new QBarSeries;
        series->append(set);
        axis = new QBarCategoryAxis;
        axis->append(categories);
        axis->setTitleText(QStringLiteral("Judged documents"));
        chart->addAxis(axis, Qt::AlignBottom);
        QValueAxis* y = ChartSupport::addValueAxis(chart, Qt::AlignLeft, QStringLiteral("Probability"), QStringLiteral("%.2f"));
        y->setRange(0.0, 0.2);
        chart->addSeries(series);
        series->attachAxis(axis);
        series->attachAxis(y);
        view = std::make_unique<ChartView>(chart);
        labels = new ChartCategoryLabels(chart, axis, series);
    }

    QChart* chart;
    QBarSeries* series = nullptr;
    QBarCategoryAxis* axis = nullptr;
    QStringList categories;
    std::unique_ptr<ChartView> view;
    ChartCategoryLabels* labels = nullptr;
};

/// Checks what is shown against the categories (a flaw fails the test).
void checkLabels(const BarChart& bars)
{
    bars.labels->relayout();
    const QStringList shown = bars.labels->shownTexts();
    const QList<QRectF> boxes = bars.labels->shownBoxes();
    const int stride = bars.labels->stride();
    QStringList expected;
    for (qsizetype i = 0; i < bars.categories.size(); i += stride)
        expected.append(bars.categories[i]);
    QCOMPARE(shown, expected);
    QCOMPARE(boxes.size(), shown.size());
    const QRectF plot = bars.chart->plotArea();
    for (qsizetype j = 0; j < boxes.size(); ++j) {
        const QRectF& box = boxes[j];
        const qreal centre = bars.chart->mapToPosition(QPointF(qreal(j * stride), 0.0), bars.series).x();
        QVERIFY2(std::abs(box.center().x() - centre) < 1.0, qPrintable(shown[j]));
        QVERIFY2(box.top() >= plot.bottom() && box.bottom() <= bars.chart->rect().bottom(), qPrintable(shown[j]));
        for (qsizetype k = j + 1; k < boxes.size(); ++k)
            QVERIFY2(!box.intersects(boxes[k]), qPrintable(shown[j] + QStringLiteral(" overlaps ") + shown[k]));
    }
}

} // namespace

void TestChartCategoryLabels::readableAtEveryWidth_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("rows");     // 0: either
    QTest::addColumn<bool>("everyBar"); // every bar labelled
    QTest::newRow("5 bars, wide: one row") << 5 << 900 << 1 << true;
    QTest::newRow("20 bars, as on the trajectory page") << 20 << 400 << 0 << true;
    QTest::newRow("40 bars, narrow: two rows") << 40 << 420 << 2 << false;
    // (Qt Charts itself draws no bars at all below about 2 pixels a category: 120 bars in 300.)
    QTest::newRow("60 bars, narrow: every k-th") << 60 << 300 << 2 << false;
}

void TestChartCategoryLabels::readableAtEveryWidth()
{
    QFETCH(int, count);
    QFETCH(int, width);
    QFETCH(int, rows);
    QFETCH(bool, everyBar);
    BarChart bars(count);
    QVERIFY(Journey::showExposed(bars.view.get(), {width, 300}));
    checkLabels(bars);
    if (QTest::currentTestFailed())
        return;
    ViewFixture::saveScreenshot(*bars.view, QStringLiteral("chartcategorylabels-%1-bars-%2px").arg(count).arg(width));
    if (rows != 0)
        QCOMPARE(bars.labels->rows(), rows);
    if (everyBar)
        QCOMPARE(bars.labels->shownTexts(), bars.categories);
    if (count >= 60)
        QVERIFY(bars.labels->stride() > 1);
    // Qt Charts' own labels stay in the axis (they keep the room) but are not drawn.
    QCOMPARE(bars.axis->categories(), bars.categories);
    QCOMPARE(bars.axis->labelsColor().alpha(), 0);
}

void TestChartCategoryLabels::followsAResize()
{
    BarChart bars(40);
    QVERIFY(Journey::showExposed(bars.view.get(), {1400, 300}));
    checkLabels(bars);
    QCOMPARE(bars.labels->shownTexts(), bars.categories);
    QCOMPARE(bars.labels->rows(), 1);
    // Narrower: the labels follow the plot area by themselves (next event-loop turn).
    bars.view->resize(260, 300);
    QTRY_VERIFY(bars.labels->stride() > 1);
    checkLabels(bars);
}

QTEST_MAIN(TestChartCategoryLabels)
#include "tst_chartcategorylabels.moc"
