// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/queryresultsmodel.h"
#include "widgets/chartview.h"
#include "widgets/journey.h"
#include "widgets/rungainwidget.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace tare;

namespace {

RunQueryRecord record(qint64 queryId, double before, double after)
{
    RunQueryRecord r;
    r.runId = 1;
    r.queryId = queryId;
    r.apBefore = before;
    r.apAfter = after;
    return r;
}

QValueAxis* verticalAxis(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
        return qobject_cast<QValueAxis*>(axis);
    return nullptr;
}

} // namespace

/// "Is it helping": the figures follow the results (equal to PairedStatistics over the queries in
/// id order), the verdict reads the CI, a +0.01 mean change fills a good part of the chart, and a
/// click on a ΔAP bar opens its query.
class TestRunGainWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresFollowTheResults();
    void aSmallGainIsVisible();
    void barsOpenTheirQueries();
};

void TestRunGainWidget::figuresFollowTheResults()
{
    QueryResultsModel model;
    RunGainWidget widget(&model);
    QSignalSpy shown(&widget, &RunGainWidget::summaryShown);
    QCOMPARE(widget.comparison().n, 0);
    QVERIFY(widget.verdictText().contains(QStringLiteral("No results")));
    // Arriving out of id order, as a parallel run delivers them; one failed query stays out.
    const QList<std::pair<qint64, std::pair<double, double>>> aps{{5, {0.5, 0.6}}, {2, {0.2, 0.25}}, {9, {0.7, 0.7}},
                                                                  {3, {0.4, 0.38}}, {7, {0.1, 0.3}}};
    for (const auto& [id, ap] : aps)
        model.appendResult(record(id, ap.first, ap.second), QStringLiteral("q%1").arg(id));
    RunQueryRecord failed = record(8, std::nan(""), std::nan(""));
    failed.outcome = QueryOutcome::Failed;
    model.appendResult(failed, QStringLiteral("q8"));
    QVERIFY(shown.wait(5000)); // coalesced, then computed on a worker
    const std::vector<double> before{0.2, 0.4, 0.5, 0.1, 0.7}, after{0.25, 0.38, 0.6, 0.3, 0.7}; // ids 2, 3, 5, 7, 9
    const PairedComparison expected = PairedStatistics::compare(before, after);
    QTRY_COMPARE(widget.comparison().n, 5);
    QCOMPARE(widget.comparison().meanAfter, expected.meanAfter);
    QCOMPARE(widget.comparison().tTestP, expected.tTestP);
    QCOMPARE(widget.comparison().randomizationP, expected.randomizationP);
    QCOMPARE(widget.comparison().ciLower, expected.ciLower);
    QCOMPARE(widget.comparison().wins, 3);
    QCOMPARE(widget.comparison().ties, 1);
    QCOMPARE(widget.comparison().losses, 1);
    const QString text = widget.summaryText();
    QVERIFY2(text.contains(QStringLiteral("0.3800 → 0.4460")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("3 / 1 / 1")));
    QVERIFY(text.contains(QStringLiteral("+17.4")));
    QCOMPARE(widget.histogram().queries, 5);
    QVERIFY(!widget.verdictText().isEmpty());
    model.clear();
    QTRY_COMPARE(widget.comparison().n, 0);
}

void TestRunGainWidget::aSmallGainIsVisible()
{
    QueryResultsModel model;
    RunGainWidget widget(&model);
    widget.resize(900, 400);
    widget.show();
    // Mean ΔAP rising to +0.01 with a narrow band: the axis spans a few hundredths, not 0 … 1.
    QList<RunCurveSet::DeltaStats> steps;
    for (int step = 0; step <= 100; ++step) {
        const double mean = 0.0001 * step;
        steps.append({step, mean, mean - 0.004, mean, mean + 0.004, mean - 0.002, mean + 0.002, 40});
    }
    widget.setStepDeltas(steps);
    QValueAxis* y = verticalAxis(widget.stepChart());
    QVERIFY(y);
    QVERIFY2(y->max() - y->min() < 0.05, qPrintable(QStringLiteral("%1 … %2").arg(y->min()).arg(y->max())));
    QVERIFY(y->min() < 0.0 && y->max() > 0.014); // zero and the whole band are inside
    QLineSeries* mean = nullptr;
    QAreaSeries* band = nullptr;
    for (QAbstractSeries* series : widget.stepChart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series); line && line->count() == 101)
            mean = line;
        if (auto* area = qobject_cast<QAreaSeries*>(series))
            band = area;
    }
    QVERIFY(mean && band);
    QCOMPARE(band->upperSeries()->at(100).y(), 0.01 + 0.004); // interquartile range by default
    widget.bandBox()->setCurrentIndex(1);
    QCOMPARE(band->upperSeries()->at(100).y(), 0.01 + 0.002); // the 95% CI
    QVERIFY(widget.stepChart()->title().contains(QStringLiteral("CI")));
}

void TestRunGainWidget::barsOpenTheirQueries()
{
    QueryResultsModel model;
    RunGainWidget widget(&model);
    QVERIFY(Journey::showExposed(&widget, {900, 400}));
    // One big gain alone in its bar, two small losses together.
    model.appendResult(record(1, 0.2, 0.6), QStringLiteral("big"));
    model.appendResult(record(2, 0.5, 0.494), QStringLiteral("small1"));
    model.appendResult(record(3, 0.5, 0.496), QStringLiteral("small2"));
    widget.recompute();
    QCOMPARE(widget.histogram().queries, 3);
    QSignalSpy activated(&widget, &RunGainWidget::queryActivated);
    widget.activateBar(0.4);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), 1);
    // A bar of several queries offers them, largest change first.
    const int bin = widget.histogram().binOf(-0.005);
    QVERIFY(bin >= 0);
    QCOMPARE(widget.histogram().bins[bin].queryIds.size(), 2);
    widget.activateBar(-0.005);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())));
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().first()->text().startsWith(QStringLiteral("small1")));
    menu->actions().first()->trigger();
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toLongLong(), 2);
    menu->close();
    // A real click on the big gain's bar.
    QAreaSeries* gains = nullptr;
    for (QAbstractSeries* series : widget.distributionChart()->series()) {
        auto* area = qobject_cast<QAreaSeries*>(series);
        if (area && area->upperSeries()->count() > 0 && area->upperSeries()->at(0).x() > 0.1)
            gains = area;
    }
    QVERIFY(gains);
    const QPointF middle((gains->upperSeries()->at(0).x() + gains->upperSeries()->at(2).x()) / 2.0, 0.5);
    const QPoint at = widget.distributionView()->mapFromScene(widget.distributionChart()->mapToPosition(middle, gains));
    QTest::mouseClick(widget.distributionView()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.size(), 3);
    QCOMPARE(activated.last().first().toLongLong(), 1);
}

QTEST_MAIN(TestRunGainWidget)
#include "tst_rungainwidget.moc"
