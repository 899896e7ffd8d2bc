// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/models/queryresultsmodel.h"
#include "core/jobs/runjob.h"
#include "core/run/runsummary.h"
#include "widgets/chartreading.h"
#include "widgets/chartview.h"
#include "widgets/journey.h"
#include "widgets/rundashboardwidget.h"
#include "projectbuilder.h"
#include "widgets/rungainwidget.h"

#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace tare;

using ChartReading::seriesOf;

namespace {

QLineSeries* meanSeries(QChart* chart)
{
    for (QLineSeries* series : seriesOf<QLineSeries>(chart)) {
        if (series->name() == u"Mean AP")
            return series;
    }
    return nullptr;
}

/// Synthetic curves: `queries` queries, steps 0..steps, AP rising from 0.2 + q/1000 by 0.001 per step.
QList<QueryCurvePoint> syntheticCurves(int queries, int steps)
{
    QList<QueryCurvePoint> points;
    for (int q = 0; q < queries; ++q) {
        for (int step = 0; step <= steps; ++step)
            points.append(QueryCurvePoint{qint64(q + 1), {step, 1.0 - 0.001 * step, 0.2 + q / 1000.0 + 0.001 * step, 0.6}});
    }
    return points;
}

/// The bundled sample written to `path` with its LSA space: settings for a run over nuance, and
/// how many queries nuance has.
RunSettings sampleProject(const QString& path, int& queryCount)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    const RunSettings settings = TestUtils::sampleRunSettings(store);
    queryCount = int(store.datasets().find(settings.datasetId)->queryCount);
    return settings;
}

} // namespace

class TestRunDashboardWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsOneFaintCurvePerQuery();
    void drawsABandForManyQueries();
    void namesTheShownRunAndItsControls();
    void runsTheSampleAndFillsTheTable();
    void cancelFromTheDashboardKeepsFinishedQueries();
};

void TestRunDashboardWidget::drawsOneFaintCurvePerQuery()
{
    QueryResultsModel model;
    RunDashboardWidget widget(&model);
    QVERIFY(Journey::showExposed(&widget, {1000, 700}));
    QChart* chart = widget.chart();
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
    const auto axes = chart->axes();
    QCOMPARE(axes.size(), 2);
    QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Step"));
    QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("AP"));

    widget.runStarted(1);
    widget.appendCurvePoints(syntheticCurves(23, 100));
    // Coalesced: nothing is drawn until the timer fires.
    QCOMPARE(meanSeries(chart)->count(), 0);
    QTRY_COMPARE(meanSeries(chart)->count(), 101);
    const auto lines = seriesOf<QLineSeries>(chart);
    QCOMPARE(lines.size(), 23 + 1);
    for (QLineSeries* series : lines) {
        QCOMPARE(series->count(), 101);
        for (int i = 1; i < series->count(); ++i)
            QVERIFY(series->at(i).x() > series->at(i - 1).x());
    }
    QCOMPARE(meanSeries(chart)->at(0).y(), 0.2 + 0.011);
    // Legend: one entry for all faint curves and one for the mean.
    QTRY_COMPARE(ChartReading::visibleLegendLabels(chart), (QStringList{QStringLiteral("Each query"), QStringLiteral("Mean AP")}));
    auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(x->max(), 100.0);
    auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->max(), 0.4); // the highest AP is 0.2 + 0.022 + 0.1, so the next 0.2 above it
    QVERIFY(chart->title().contains(QStringLiteral("23")));

    widget.runEnded(QStringLiteral("done"));
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    image.save(QStringLiteral("rundashboardwidget-synthetic.png"));
}

void TestRunDashboardWidget::drawsABandForManyQueries()
{
    QueryResultsModel model;
    RunDashboardWidget widget(&model);
    QVERIFY(Journey::showExposed(&widget, {1000, 700}));
    widget.runStarted(1);
    widget.appendCurvePoints(syntheticCurves(RunDashboardWidget::maxQueryCurves + 50, 20));
    widget.flushRedraw();
    QChart* chart = widget.chart();
    // Only the mean as a line (plus the band's two edges, which are not chart series).
    QCOMPARE(seriesOf<QLineSeries>(chart).size(), 1);
    QAreaSeries* band = nullptr;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* area = qobject_cast<QAreaSeries*>(series))
            band = area;
    }
    QVERIFY(band);
    QCOMPARE(band->upperSeries()->count(), 21);
    QCOMPARE(band->lowerSeries()->at(0).y(), 0.2);
    QCOMPARE(band->upperSeries()->at(0).y(), 0.2 + (RunDashboardWidget::maxQueryCurves + 49) / 1000.0);
}

void TestRunDashboardWidget::namesTheShownRunAndItsControls()
{
    QueryResultsModel model;
    RunDashboardWidget widget(&model);
    // Nothing shown yet; Pause and Cancel wait for a run going.
    QCOMPARE(widget.shownRun(), 0);
    QVERIFY(!widget.pauseAction()->isEnabled());
    QVERIFY(!widget.cancelAction()->isEnabled());
    widget.setShownRun(12, QStringLiteral("Run 12 · nuance · lsa"), QStringLiteral("Workbench · 100 steps"));
    QCOMPARE(widget.shownRun(), 12);
    QCOMPARE(widget.shownRunText(), QStringLiteral("Run 12 · nuance · lsa\nWorkbench · 100 steps"));
    // Another run going while this one is shown: Pause and Cancel act on that one.
    QSignalSpy cancel(&widget, &RunDashboardWidget::cancelRequested);
    widget.setJobRunning(true);
    QVERIFY(widget.pauseAction()->isEnabled());
    widget.cancelAction()->trigger();
    QCOMPARE(cancel.size(), 1);
    widget.setJobRunning(false);
    QVERIFY(!widget.cancelAction()->isEnabled());
}

void TestRunDashboardWidget::runsTheSampleAndFillsTheTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.tare"));
    int queryCount = 0;
    RunSettings settings = sampleProject(path, queryCount);
    QueryResultsModel model;
    RunDashboardWidget widget(&model);
    RunJob job(path);
    widget.attach(&job);
    connect(&job, &RunJob::queryFinished, &model, &QueryResultsModel::appendResult);
    QVERIFY(Journey::showExposed(&widget, {1100, 800}));
    QSignalSpy finished(&job, &RunJob::finished);
    QSignalSpy selected(&widget, &RunDashboardWidget::querySelected);
    QSignalSpy started(&job, &RunJob::started);
    QVERIFY(job.start(settings));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Finished);
    QTRY_COMPARE(meanSeries(widget.chart())->count(), settings.refine.steps + 1);
    QCOMPARE(seriesOf<QLineSeries>(widget.chart()).size(), queryCount + 1);
    QCOMPARE(widget.tableView()->model()->rowCount(), queryCount);
    QVERIFY(!widget.cancelAction()->isEnabled()); // the run ended

    widget.tableView()->selectRow(2);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toLongLong(), started.first().first().toLongLong());
    QVERIFY(selected.first().at(1).toLongLong() > 0);

    // Sorting by ΔAP descending puts the biggest gain first.
    widget.tableView()->sortByColumn(QueryResultsModel::DeltaApColumn, Qt::DescendingOrder);
    const auto* view = widget.tableView()->model();
    const double top = view->index(0, QueryResultsModel::DeltaApColumn).data(QueryResultsModel::SortRole).toDouble();
    const double next = view->index(1, QueryResultsModel::DeltaApColumn).data(QueryResultsModel::SortRole).toDouble();
    QVERIFY(top >= next);

    // Is it helping: the live figures are the stored run's summary (same queries, same order).
    const qint64 runId = started.first().first().toLongLong();
    RunSummary summary;
    {
        ProjectStore store(path);
        summary = RunSummary::load(store, runId);
    }
    RunGainWidget* gain = widget.gainWidget();
    QTRY_COMPARE(gain->comparison().n, summary.comparison.n);
    QCOMPARE(gain->comparison().meanBefore, summary.mapBefore);
    QCOMPARE(gain->comparison().meanAfter, summary.mapAfter);
    QCOMPARE(gain->comparison().tTestP, summary.comparison.tTestP);
    QCOMPARE(gain->comparison().randomizationP, summary.comparison.randomizationP);
    QCOMPARE(gain->comparison().ciLower, summary.comparison.ciLower);
    QVERIFY2(gain->summaryText().contains(QString::number(summary.mapAfter, 'f', 4)), qPrintable(gain->summaryText()));
    QVERIFY(!gain->verdictText().isEmpty());
    QCOMPARE(gain->histogram().queries, queryCount);
    // Mean ΔAP by step: one point per step, ending at the mean ΔAP of the run.
    const auto steps = [&] {
        for (QAbstractSeries* series : gain->stepChart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            if (line && line->count() > 2)
                return line;
        }
        return static_cast<QLineSeries*>(nullptr);
    }();
    QVERIFY(steps);
    QCOMPARE(steps->count(), settings.refine.steps + 1);
    QVERIFY(std::abs(steps->at(steps->count() - 1).y() - summary.comparison.meanDelta) < 1e-9);

    // A click on a query's faint curve (the chart reports which) opens that query.
    QSignalSpy activated(&widget, &RunDashboardWidget::queryActivated);
    QLineSeries* curve = nullptr;
    for (QLineSeries* series : seriesOf<QLineSeries>(widget.chart())) {
        if (series != meanSeries(widget.chart()) && series->count() > 1 && !series->name().isEmpty())
            curve = series;
    }
    QVERIFY(curve);
    Q_EMIT curve->clicked(curve->at(0));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), runId);
    const qint64 clicked = activated.first().at(1).toLongLong();
    QCOMPARE(widget.tableView()->currentIndex().data(QueryResultsModel::QueryIdRole).toLongLong(), clicked);

    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    image.save(QStringLiteral("rundashboardwidget.png"));
}

void TestRunDashboardWidget::cancelFromTheDashboardKeepsFinishedQueries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.tare"));
    int queryCount = 0;
    RunSettings settings = sampleProject(path, queryCount);
    settings.threads = 1;
    settings.refine.steps = 200000; // long per query, so the cancel lands mid-run
    settings.evalEvery = 1000;
    QueryResultsModel model;
    RunDashboardWidget widget(&model);
    RunJob job(path);
    widget.attach(&job);
    // The wiring MainWindow does.
    connect(&job, &RunJob::queryFinished, &model, &QueryResultsModel::appendResult);
    connect(&widget, &RunDashboardWidget::cancelRequested, &job, &RunJob::cancel);
    widget.show();
    QSignalSpy started(&job, &RunJob::started);
    QSignalSpy queries(&job, &RunJob::queryFinished);
    QSignalSpy finished(&job, &RunJob::finished);
    QVERIFY(job.start(settings));
    QVERIFY(started.wait(30000));
    QTRY_VERIFY(widget.cancelAction()->isEnabled());
    QVERIFY(widget.pauseAction()->isEnabled());
    QVERIFY(queries.wait(60000));
    QTRY_VERIFY(!meanSeries(widget.chart())->points().isEmpty());
    widget.resize(1100, 700);
    widget.grab().save(QStringLiteral("rundashboardwidget-running.png"));
    widget.cancelAction()->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Cancelled);
    QVERIFY(queries.size() < queryCount);
    QCOMPARE(model.rowCount(), queries.size());
    QVERIFY(!widget.cancelAction()->isEnabled());
    ProjectStore store(path);
    QCOMPARE(store.runs().recordedQueryIds(started.first().first().toLongLong()).size(), queries.size());
}

QTEST_MAIN(TestRunDashboardWidget)
#include "tst_rundashboardwidget.moc"
