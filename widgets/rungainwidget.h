// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/pairedstatistics.h"
#include "core/metrics/deltahistogram.h"
#include "core/run/runcurveset.h"

#include <QWidget>

#include <memory>

class QAreaSeries;
class QChart;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace tare {

class ChartView;
class JobTracker;
class QueryResultsModel;

/// "Is it helping?" at a glance, for the run a dashboard shows, live: MAP before → after, Δ and
/// relative Δ, win/tie/loss, the paired t-test and randomization p-values and the bootstrap 95 %
/// CI of the mean Δ, with a one-word verdict; the mean ΔAP against the step with a band (the
/// interquartile range of the queries, or the 95 % CI of the mean) and a zero line, on an axis
/// fitted to the data so a +0.01 change is visible; and the distribution of the per-query ΔAP as
/// a histogram (gains green, losses red, unchanged grey). Clicking a bar opens its query (or
/// offers the queries of the bar in a menu).
///
/// The figures follow the QueryResultsModel: a change starts a coalescing timer, and the paired
/// statistics (10,000 resamples) run on a worker (JobTracker), the latest request winning; the queries are
/// taken in id order, so the figures equal `tare-cli run --json`'s. setStepDeltas() is called
/// by the dashboard once per redraw tick and replaces each series once (STYLE.md §5). GUI thread.
class RunGainWidget : public QWidget
{
    Q_OBJECT

public:
    /// Figures are recomputed at most this often while results arrive.
    static constexpr int recomputeIntervalMs = 250;

    explicit RunGainWidget(QueryResultsModel* model, QWidget* parent = nullptr);
    ~RunGainWidget() override;

    /// Puts another chart into the row of charts (the dashboard's AP curves), at `index`.
    void insertChartView(int index, QWidget* view);
    /// Draws the mean ΔAP per step with its band.
    void setStepDeltas(const QList<RunCurveSet::DeltaStats>& steps);
    /// Computes the figures now (in the background) instead of after the coalescing pause.
    void recompute();

    /// The figures shown (NaN/0 before the first computation).
    const PairedComparison& comparison() const { return m_comparison; }
    const DeltaHistogram& histogram() const { return m_histogram; }
    QString summaryText() const;
    QString verdictText() const;
    QChart* stepChart() const { return m_stepChart; }
    QChart* distributionChart() const { return m_distributionChart; }
    ChartView* distributionView() const { return m_distributionView; }
    QComboBox* bandBox() const { return m_bandBox; }
    /// Opens the queries of the histogram bar holding `delta`, as a click on it does.
    void activateBar(double delta);

Q_SIGNALS:
    /// The figures of the current results are shown.
    void summaryShown(const tare::PairedComparison& comparison);
    /// A query was chosen in a chart.
    void queryActivated(qint64 queryId);

private:
    void scheduleRecompute();
    void showComparison(const PairedComparison& comparison);
    void drawSteps();
    void drawDistribution();

    QueryResultsModel* m_model;
    QTimer* m_recomputeTimer;
    std::unique_ptr<JobTracker> m_jobs; ///< the paired statistics: the latest request wins
    PairedComparison m_comparison;
    DeltaHistogram m_histogram;
    QList<RunCurveSet::DeltaStats> m_steps;
    QHBoxLayout* m_charts = nullptr;
    QLabel* m_verdict;
    QLabel* m_summary;
    QComboBox* m_bandBox;
    QChart* m_stepChart;
    QChart* m_distributionChart;
    QValueAxis* m_stepX = nullptr;
    QValueAxis* m_stepY = nullptr;
    QAreaSeries* m_stepBand = nullptr;
    QLineSeries* m_stepZero = nullptr;
    QLineSeries* m_stepMean = nullptr;
    QValueAxis* m_distributionX = nullptr;
    QValueAxis* m_distributionY = nullptr;
    QAreaSeries* m_bars[3] = {}; ///< losses, unchanged, gains
    ChartView* m_stepView;
    ChartView* m_distributionView;
};

} // namespace tare
