// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/runcomparison.h"
#include "core/jobs/jobtracker.h"

#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;

namespace tare {

class ChartView;
class ComparedQueryModel;
class TsvTableView;

/// Compare: two runs, or a run against its own baseline (its AP before refinement), query by
/// query on AP: a scatter of A's AP against B's with the diagonal (points above it are queries B
/// ranks better), the per-query ΔAP as sorted bars (grouped in core when there are many queries),
/// win/tie/loss, the paired t-test, the randomization test and the bootstrap CI of the mean Δ,
/// and the per-query table (AP A, AP B, Δ; sortable). Hovering a point or bar names its query
/// and figures; clicking it (or double-clicking a row) opens that query of run A.
///
/// The run list and each comparison load on workers (JobTracker: their own ProjectStore; the
/// latest request wins, the list and a comparison alike). GUI thread.
class CompareWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CompareWidget(QWidget* parent = nullptr);

    /// Lists the project's runs in the background, then compares the newest against its baseline.
    void setProject(const QString& projectPath);
    void setRunChoices(const QList<RunChoice>& runs);
    /// Compares in the background (runB 0: run A before vs after refinement).
    void compare(qint64 runA, qint64 runB);
    void setComparison(const RunComparison& comparison);
    void showMessage(const QString& message);

    QComboBox* runACombo() const { return m_runA; }
    QComboBox* runBCombo() const { return m_runB; }
    QChart* scatterChart() const { return m_scatter; }
    QChart* deltaChart() const { return m_delta; }
    QString statisticsText() const;
    const RunComparison& comparison() const { return m_comparison; }
    ComparedQueryModel* queryModel() const { return m_queryModel; }
    TsvTableView* queryTable() const { return m_queryTable; }
    ChartView* scatterView() const { return m_scatterView; }
    ChartView* deltaView() const { return m_deltaView; }
    /// The text hovering a query's point shows ("q12: AP 0.412 → 0.455, Δ +0.043").
    QString queryHoverText(qint64 queryId) const;
    /// Opens the query nearest to a point of the scatter (AP of A, AP of B), as a click does.
    void activateNearest(const QPointF& point);

Q_SIGNALS:
    void runChoicesLoaded(int count);
    void comparisonShown(qint64 runA, qint64 runB);
    void comparisonFailed(const QString& message);
    /// A query was clicked in a chart or the table: open it in this run.
    void queryActivated(qint64 runId, qint64 queryId);

private:
    void clearCharts();
    void compareSelected();
    /// The query a bar of the sorted-Δ chart opens: its only one, or its largest |Δ| (0: none).
    qint64 queryOfBar(int index) const;

    JobTracker m_loads;
    QString m_projectPath;
    RunComparison m_comparison;
    QComboBox* m_runA;
    QComboBox* m_runB;
    QLabel* m_heading;
    QLabel* m_statistics;
    QChart* m_scatter;
    QChart* m_delta;
    ChartView* m_scatterView;
    ChartView* m_deltaView;
    ComparedQueryModel* m_queryModel;
    QSortFilterProxyModel* m_queryProxy;
    TsvTableView* m_queryTable;
};

} // namespace tare
