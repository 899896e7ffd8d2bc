// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/rundashboardwidget.h"

#include "core/jobs/runjob.h"
#include "core/models/queryresultsmodel.h"
#include "core/refine/refineparams.h"
#include "widgets/chartview.h"
#include "widgets/layoutsupport.h"
#include "widgets/rungainwidget.h"
#include "widgets/tablesupport.h"

#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

/// At most `limit` points, evenly spaced (the first and last kept): about two points per pixel.
QList<QPointF> decimated(const QList<QPointF>& points, int limit)
{
    if (points.size() <= limit || limit < 2)
        return points;
    QList<QPointF> result;
    result.reserve(limit);
    const double stride = double(points.size() - 1) / double(limit - 1);
    for (int i = 0; i < limit; ++i)
        result.append(points[qsizetype(std::lround(i * stride))]);
    return result;
}

/// Drops interior points of flat stretches (AP changes in jumps when documents swap ranks): the
/// drawn line is the same, with fewer joints, which antialiased segment-by-segment stroking shows
/// as faint ticks.
QList<QPointF> withoutFlatInteriors(const QList<QPointF>& points)
{
    if (points.size() < 3)
        return points;
    QList<QPointF> result;
    result.reserve(points.size());
    result.append(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        if (points[i].y() != points[i - 1].y() || points[i].y() != points[i + 1].y())
            result.append(points[i]);
    }
    result.append(points.last());
    return result;
}

QString formatDuration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunDashboardWidget::RunDashboardWidget(QueryResultsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_redrawTimer(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_pauseAction(new QAction(tr("&Pause"), this))
    , m_cancelAction(new QAction(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new ChartView(m_chart, this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_gain(new RunGainWidget(model, this))
    , m_mean(new QLineSeries(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    // The shown run: what ran (bold) and its settings, with Pause and Cancel for the run going.
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Shown run"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Settings of the shown run"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Pause the run going after the current step; press again to continue"));
    m_cancelAction->setToolTip(tr("Stop the run going; finished queries are kept"));
    auto* headingText = new QVBoxLayout;
    headingText->setSpacing(2);
    headingText->addWidget(m_heading);
    headingText->addWidget(m_details);
    auto* headingRow = new QHBoxLayout;
    headingRow->addLayout(headingText, 1);
    for (QAction* action : {m_pauseAction, m_cancelAction}) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("dashboardButton") + action->text().remove(QLatin1Char('&')));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        headingRow->addWidget(button, 0, Qt::AlignTop);
    }

    // The chart: AP in [0, 1] against the step.
    const int defaultSteps = RefineParams().steps;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setTitle(tr("AP by step"));
    m_axisX->setTitleText(tr("Step"));
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setRange(0, defaultSteps);
    m_axisY->setTitleText(tr("AP"));
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setRange(0.0, 1.0);
    m_axisY->setTickCount(6);
    m_yMax = 0.0;
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_mean->setName(tr("Mean AP"));
    QPen meanPen(QColor(0x1f, 0x4e, 0x9a));
    meanPen.setWidthF(2.5);
    meanPen.setCapStyle(Qt::RoundCap);
    m_mean->setPen(meanPen);
    m_chart->addSeries(m_mean);
    m_mean->attachAxis(m_axisX);
    m_mean->attachAxis(m_axisY);
    // Without antialiasing: Qt Charts strokes a line series segment by segment, and antialiased
    // joints of two dozen overlapping faint curves show as a grid of vertical ticks (seen in the
    // offscreen screenshots).
    m_chartView->setRenderHint(QPainter::Antialiasing, false);
    m_chartView->setMinimumSize(260, 200);
    m_chartView->setAccessibleName(tr("AP by step chart"));
    m_chartView->setToolTip(tr("Click a query's curve to open that query. Right-click to export the chart."));
    m_gain->insertChartView(0, m_chartView);

    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run shown"));
    m_progress->setAccessibleName(tr("Run progress"));
    m_eta->setMinimumWidth(160);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QueryResultsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter queries…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter queries"));
    TableSupport::showRecords(m_table, m_proxy, QueryResultsModel::TextColumn);
    TableSupport::compactRows(m_table);
    m_table->setAccessibleName(tr("Queries of the shown run"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueryResultsModel::QueryColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);

    QWidget* tablePane = LayoutSupport::column(this, {m_filter, {m_table, 1}});
    // The charts get the larger share; the table scrolls.
    QSplitter* splitter = LayoutSupport::splitter(Qt::Vertical, this, {{m_gain, 3}, {tablePane, 2}}, {600, 400});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);

    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(redrawIntervalMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &RunDashboardWidget::redraw);
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_eta->setText(paused ? tr("Paused") : QString());
        Q_EMIT pauseRequested(paused);
    });
    connect(m_cancelAction, &QAction::triggered, this, &RunDashboardWidget::cancelRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            Q_EMIT querySelected(m_model->runId(), current.data(QueryResultsModel::QueryIdRole).toLongLong());
    });
    // Names for accessibility tools and journey tests.
    m_filter->setObjectName(QStringLiteral("dashboardFilter"));
    m_filter->setAccessibleName(tr("Filter queries"));
    m_table->setObjectName(QStringLiteral("dashboardQueries"));
    m_table->setAccessibleName(tr("Queries of the run"));
    connect(m_gain, &RunGainWidget::queryActivated, this, &RunDashboardWidget::activateQuery);
    setShownRun(0, tr("No run shown"), tr("Start a run (F5), or open one from the run list."));
    updateActions();
}

bool RunDashboardWidget::selectQuery(qint64 queryId)
{
    const int row = m_model->rowOfQuery(queryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hid it
        return selectQuery(queryId);
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void RunDashboardWidget::activateQuery(qint64 queryId)
{
    if (selectQuery(queryId))
        Q_EMIT queryActivated(m_model->runId(), queryId);
}

void RunDashboardWidget::attach(RunJob* job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    if (!job)
        return;
    connect(job, &RunJob::started, this, &RunDashboardWidget::runStarted);
    connect(job, &RunJob::progress, this, &RunDashboardWidget::setProgress);
    connect(job, &RunJob::curvePointsAvailable, this, &RunDashboardWidget::scheduleRedraw);
    connect(job, &RunJob::finished, this, [this](RunStatus status) {
        runEnded(status == RunStatus::Finished ? tr("Run finished.") : tr("Run cancelled; finished queries are kept."));
    });
    connect(job, &RunJob::failed, this, [this](const QString& message) { runEnded(tr("Run failed: %1").arg(message)); });
}

void RunDashboardWidget::setShownRun(qint64 runId, const QString& heading, const QString& details)
{
    m_shownRun = runId;
    m_heading->setText(heading);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

QString RunDashboardWidget::shownRunText() const
{
    return m_details->text().isEmpty() ? m_heading->text() : m_heading->text() + QLatin1Char('\n') + m_details->text();
}

void RunDashboardWidget::setJobRunning(bool running)
{
    m_jobRunning = running;
    if (!running)
        m_pauseAction->setChecked(false);
    updateActions();
}

void RunDashboardWidget::resumeLive(int done, int total)
{
    m_running = true;
    m_jobRunning = true;
    m_doneAtStart = -1;
    setProgress(done, total);
    m_axisX->setRange(0, std::max(1, m_plannedSteps));
    updateActions();
    scheduleRedraw();
}

void RunDashboardWidget::setPlannedSteps(int steps)
{
    m_plannedSteps = std::max(1, steps);
}

void RunDashboardWidget::runStarted(qint64 runId)
{
    Q_UNUSED(runId);
    clearCurves();
    m_running = true;
    m_jobRunning = true;
    m_doneAtStart = -1;
    m_clock.start();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_eta->setText(tr("Starting…"));
    m_axisX->setRange(0, std::max(1, m_plannedSteps));
    updateActions();
}

void RunDashboardWidget::setProgress(int done, int total)
{
    m_progress->setFormat(tr("%v of %m queries"));
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    if (m_doneAtStart < 0 || done < m_doneAtStart) {
        m_doneAtStart = done; // queries recorded before (a resumed run) do not count for the rate
        m_clock.start();
    }
    const int doneHere = done - m_doneAtStart;
    if (!m_running)
        return; // a stored run, or the final count of a run that ended
    if (done >= total)
        m_eta->clear();
    else if (m_pauseAction->isChecked())
        m_eta->setText(tr("Paused"));
    else if (doneHere > 0) {
        const double perQuery = double(m_clock.elapsed()) / 1000.0 / doneHere;
        m_eta->setText(tr("about %1 left").arg(formatDuration(qint64(std::ceil(perQuery * (total - done))))));
    } else
        m_eta->setText(tr("estimating time left…"));
}

void RunDashboardWidget::appendCurvePoints(const QList<QueryCurvePoint>& points)
{
    m_pending.append(points);
    scheduleRedraw();
}

void RunDashboardWidget::runEnded(const QString& message)
{
    m_running = false;
    m_jobRunning = false;
    m_pauseAction->setChecked(false);
    m_eta->setText(message);
    flushRedraw();
    updateActions();
}

void RunDashboardWidget::clearCurves()
{
    m_pending.clear();
    m_dirty.clear();
    m_curves.clear();
    for (QLineSeries* series : std::as_const(m_querySeries)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_querySeries.clear();
    if (m_band) {
        m_chart->removeSeries(m_band);
        delete m_band;
        m_band = nullptr;
        m_bandUpper = nullptr;
        m_bandLower = nullptr;
    }
    m_bandMode = false;
    m_mean->clear();
    m_chart->setTitle(tr("AP by step"));
    m_gain->setStepDeltas({});
    m_axisY->setRange(0.0, 1.0);
    m_axisY->setTickCount(6);
    m_yMax = 0.0;
}

void RunDashboardWidget::flushRedraw()
{
    m_redrawTimer->stop();
    redraw();
}

void RunDashboardWidget::scheduleRedraw()
{
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void RunDashboardWidget::updateActions()
{
    m_pauseAction->setEnabled(m_jobRunning);
    m_cancelAction->setEnabled(m_jobRunning);
}

QLineSeries* RunDashboardWidget::querySeries(qint64 queryId)
{
    QLineSeries*& series = m_querySeries[queryId];
    if (series)
        return series;
    series = new QLineSeries(this);
    // Opaque and pale: a translucent pen darkens every vertex where segments overlap.
    QPen pen(QColor(0xb4, 0xc6, 0xdd));
    pen.setWidthF(1.0);
    pen.setCapStyle(Qt::RoundCap); // Qt Charts strokes segment by segment: square caps show as ticks, flat ones as gaps
    series->setPen(pen);
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    connect(series, &QLineSeries::clicked, this, [this, queryId] { activateQuery(queryId); });
    // One legend entry stands for all the faint curves.
    const bool first = m_querySeries.size() == 1;
    for (QLegendMarker* marker : m_chart->legend()->markers(series))
        marker->setVisible(first);
    if (first)
        series->setName(tr("Each query"));
    // Keep the mean on top of the faint curves.
    m_chart->removeSeries(m_mean);
    m_chart->addSeries(m_mean);
    m_mean->attachAxis(m_axisX);
    m_mean->attachAxis(m_axisY);
    return series;
}

void RunDashboardWidget::useBand()
{
    for (QLineSeries* series : std::as_const(m_querySeries)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_querySeries.clear();
    m_bandUpper = new QLineSeries(this);
    m_bandLower = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_band->setName(tr("Min–max over queries"));
    m_band->setColor(QColor(0x4a, 0x78, 0xb0, 60));
    m_band->setBorderColor(QColor(0x4a, 0x78, 0xb0, 110));
    m_chart->addSeries(m_band);
    m_band->attachAxis(m_axisX);
    m_band->attachAxis(m_axisY);
    m_chart->removeSeries(m_mean);
    m_chart->addSeries(m_mean);
    m_mean->attachAxis(m_axisX);
    m_mean->attachAxis(m_axisY);
    m_bandMode = true;
}

void RunDashboardWidget::redraw()
{
    // Move the new points out of the job's buffer (it locks briefly), then draw.
    if (m_job)
        m_pending.append(m_job->takeCurvePoints());
    if (!m_pending.isEmpty()) {
        m_dirty.unite(m_curves.add(m_pending));
        m_pending.clear();
    }
    if (m_dirty.isEmpty())
        return;
    const int pointLimit = std::max(50, 2 * int(m_chart->plotArea().width()));
    if (!m_bandMode && m_curves.queryCount() > maxQueryCurves)
        useBand();
    if (!m_bandMode) {
        for (qint64 queryId : std::as_const(m_dirty))
            querySeries(queryId)->replace(withoutFlatInteriors(decimated(m_curves.apCurve(queryId), pointLimit)));
    }
    m_dirty.clear();

    const QList<RunCurveSet::StepStats> stats = m_curves.apByStep();
    QList<QPointF> mean, upper, lower;
    mean.reserve(stats.size());
    for (const auto& s : stats) {
        mean.append(QPointF(s.step, s.mean));
        if (m_bandMode) {
            upper.append(QPointF(s.step, s.max));
            lower.append(QPointF(s.step, s.min));
        }
    }
    m_mean->replace(decimated(mean, pointLimit));
    if (m_bandMode) {
        m_bandUpper->replace(decimated(upper, pointLimit));
        m_bandLower->replace(decimated(lower, pointLimit));
    }
    m_axisX->setRange(0, std::max({1, m_curves.maxStep(), m_running ? m_plannedSteps : 0}));
    // AP lives in [0, 1]; the axis ends at the next 0.2 above the highest curve so low APs keep
    // some height, and it only grows during a run so the curves do not jump.
    double highest = 0.0;
    for (const auto& s : stats)
        highest = std::max(highest, s.max);
    const double yMax = std::min(1.0, std::ceil((highest + 0.02) * 5.0) / 5.0);
    m_yMax = m_running ? std::max(m_yMax, yMax) : yMax;
    m_axisY->setRange(0.0, std::max(0.2, m_yMax));
    // Ticks every 0.1 up to 0.4, else every 0.2: at most six labels, which fit a short chart.
    const double tickStep = m_axisY->max() <= 0.4 + 1e-9 ? 0.1 : 0.2;
    m_axisY->setTickCount(int(std::lround(m_axisY->max() / tickStep)) + 1);
    if (!stats.isEmpty()) {
        m_chart->setTitle(tr("Mean AP %1 → %2 over %n query(s)", nullptr, m_curves.queryCount())
                              .arg(stats.first().mean, 0, 'f', 3)
                              .arg(stats.last().mean, 0, 'f', 3));
    }
    m_gain->setStepDeltas(m_curves.deltaByStep());
}

} // namespace tare
