// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runcurveset.h"
#include "core/run/runsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QAreaSeries;
class QChart;
class QLabel;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QValueAxis;

namespace tare {

class ChartView;
class QueryResultsModel;
class RunGainWidget;
class RunJob;

/// The run dashboard: the run it shows (any run of the project, stored or live) named with its
/// settings, Pause and Cancel for the run going, its progress with an estimate of the time left,
/// "is it helping" at a glance (RunGainWidget: MAP before → after, Δ, win/tie/loss, p-values, CI,
/// mean ΔAP by step with a band and the per-query ΔAP distribution) beside a chart of mean AP
/// against step with every query's AP curve drawn faint, and the query table (sortable,
/// filterable) below. Clicking a query's curve or a ΔAP bar selects that query. The form for the
/// next run lives elsewhere (RunFormWidget).
///
/// Live drawing follows STYLE.md §5: a RunJob's curvePointsAvailable() only starts a single-shot
/// timer (~40 ms); each tick moves the buffered points out, updates the RunCurveSet and calls
/// QXYSeries::replace() once per changed series. Up to maxQueryCurves queries get one faint
/// QLineSeries each; above that the per-query series are dropped and a min–max band around the
/// mean is drawn instead, so the chart never holds thousands of series. GUI thread.
class RunDashboardWidget : public QWidget
{
    Q_OBJECT

public:
    /// The largest number of queries drawn as one series each.
    static constexpr int maxQueryCurves = 200;
    /// Redraws are coalesced to one per this interval.
    static constexpr int redrawIntervalMs = 40;

    explicit RunDashboardWidget(QueryResultsModel* model, QWidget* parent = nullptr);

    /// Follows a job's signals (start, progress, curves, end) and draws its run live; the job may
    /// be replaced or destroyed. nullptr: show stored runs only (a job may still be going).
    void attach(RunJob* job);

    QAction* pauseAction() const { return m_pauseAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QTableView* tableView() const { return m_table; }
    QChart* chart() const { return m_chart; }
    ChartView* chartView() const { return m_chartView; }
    RunGainWidget* gainWidget() const { return m_gain; }

    /// Names the run shown: a heading (what ran) and a line of its settings; runId 0: none.
    void setShownRun(qint64 runId, const QString& heading, const QString& details);
    qint64 shownRun() const { return m_shownRun; }
    QString shownRunText() const;
    /// Whether a run is going somewhere (Pause and Cancel act on it), shown here or not.
    void setJobRunning(bool running);
    /// The shown run is the one going: draw it live from the attached job from now on; `done`
    /// of `total` queries are recorded already.
    void resumeLive(int done, int total);
    /// The steps the x axis spans while a run goes (its refiner's steps).
    void setPlannedSteps(int steps);

    /// Clears the chart for a new run and marks the dashboard as running.
    void runStarted(qint64 runId);
    void setProgress(int done, int total);
    /// Buffers points and schedules a redraw (for runs not driven by an attached job, or stored runs).
    void appendCurvePoints(const QList<QueryCurvePoint>& points);
    /// Shows the end of a run (a status text); re-enables Run.
    void runEnded(const QString& message);
    /// Clears the chart without starting a run (e.g. before showing a stored run).
    void clearCurves();
    /// Draws pending points now instead of at the next tick (tests, screenshots).
    void flushRedraw();
    /// Selects a query's row in the table (clearing a filter that hides it); false when the shown
    /// run has no such query.
    bool selectQuery(qint64 queryId);
    /// Selects a query and asks for it to be opened, as a click on its curve or ΔAP bar does.
    void activateQuery(qint64 queryId);

Q_SIGNALS:
    void pauseRequested(bool paused);
    void cancelRequested();
    /// The table's current query changed.
    void querySelected(qint64 runId, qint64 queryId);
    /// A query was clicked in a chart: open it.
    void queryActivated(qint64 runId, qint64 queryId);

private:
    void scheduleRedraw();
    void redraw();
    void updateActions();
    QLineSeries* querySeries(qint64 queryId);
    void useBand();

    QueryResultsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<RunJob> m_job;
    RunCurveSet m_curves;
    QList<QueryCurvePoint> m_pending;
    QSet<qint64> m_dirty;
    QTimer* m_redrawTimer;
    QElapsedTimer m_clock;
    int m_doneAtStart = -1;
    bool m_running = false;    ///< the shown run is going and drawn live
    bool m_jobRunning = false; ///< some run is going (Pause and Cancel act on it)
    qint64 m_shownRun = 0;
    int m_plannedSteps = 100;
    bool m_bandMode = false;
    double m_yMax = 0.0; ///< top of the AP axis for the current curves

    QLabel* m_heading;
    QLabel* m_details;
    QAction* m_pauseAction;
    QAction* m_cancelAction;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QChart* m_chart;
    ChartView* m_chartView;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    RunGainWidget* m_gain;
    QLineSeries* m_mean;
    QLineSeries* m_bandUpper = nullptr;
    QLineSeries* m_bandLower = nullptr;
    QAreaSeries* m_band = nullptr;
    QHash<qint64, QLineSeries*> m_querySeries;
    QLineEdit* m_filter;
    QTableView* m_table;
};

} // namespace tare
