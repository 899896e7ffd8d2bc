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
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;
class QValueAxis;

namespace tare {

class ChartView;
class QueryResultsModel;
class RunJob;

/// The run dashboard: a settings row (judge, refiner, steps, learning rate) with Run (F5), Pause
/// and Cancel; a live chart of mean AP against step with every query's AP curve drawn faint; the
/// progress with an estimate of the time left; and the query table (sortable, filterable) below.
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

    /// Follows a job's signals (progress, curves, end); the job may be replaced or destroyed.
    void attach(RunJob* job);

    QAction* runAction() const { return m_runAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QTableView* tableView() const { return m_table; }
    QChart* chart() const { return m_chart; }
    ChartView* chartView() const { return m_chartView; }

    /// What a Run will run (shown above the chart); enables Run when ready.
    void setRunTarget(const QString& description, bool ready);
    /// The judge, refiner and parameters chosen in the settings row (dataset and space unset);
    /// for an HTTP judge also the endpoint and model given to setJudgeEndpoint().
    RunSettings runSettings() const;
    /// Where the HTTP judges (llm-yesno, llm-rating, rerank, rerank-cohere) are served. They are
    /// always listed, and enabled once what they need is set (the LLM judges and the Cohere-shape
    /// reranker an endpoint and a model, TEI's reranker an endpoint); a disabled one's tooltip
    /// says what is missing. A chosen judge that becomes unavailable falls back to gold labels.
    void setJudgeEndpoint(const QString& endpoint, const QString& model);
    /// Selects the judge with this spec ("gold", "llm-yesno", …) when it is offered and enabled.
    bool selectJudge(const QString& spec);
    /// Whether the judge choice offers `spec` enabled.
    bool isJudgeAvailable(const QString& spec) const;
    QComboBox* judgeBox() const { return m_judge; }

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

Q_SIGNALS:
    void runRequested();
    void pauseRequested(bool paused);
    void cancelRequested();
    void querySelected(qint64 runId, qint64 queryId);

private:
    void scheduleRedraw();
    void redraw();
    void updateActions();
    void refinerChanged();
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
    bool m_running = false;
    bool m_ready = false;
    QString m_judgeEndpoint;
    QString m_judgeModel;
    bool m_bandMode = false;
    double m_yMax = 0.0; ///< top of the AP axis for the current curves

    QLabel* m_target;
    QComboBox* m_judge;
    QComboBox* m_refiner;
    QSpinBox* m_steps;
    QDoubleSpinBox* m_lr;
    QAction* m_runAction;
    QAction* m_pauseAction;
    QAction* m_cancelAction;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QChart* m_chart;
    ChartView* m_chartView;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QLineSeries* m_mean;
    QLineSeries* m_bandUpper = nullptr;
    QLineSeries* m_bandLower = nullptr;
    QAreaSeries* m_band = nullptr;
    QHash<qint64, QLineSeries*> m_querySeries;
    QLineEdit* m_filter;
    QTableView* m_table;
};

} // namespace tare
