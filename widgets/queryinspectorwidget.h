// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/queryinspection.h"
#include "core/jobs/jobtracker.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace tare {

class RankMoversModel;
class TsvTableView;

/// The query inspector: for one query of a run, the score distributions of relevant and
/// irrelevant candidates before and after refinement (shared bins, shared axes, each class as a
/// share of its own size so a handful of relevant documents stays visible beside hundreds of
/// irrelevant ones), the ROC curves before and after with their AUC, the separation figures
/// (d′, KS, best F1), the loss curve, and the rank movers (documents that rose or fell most, with
/// text, gold label and judgment; double-click shows the whole text).
///
/// inspect() computes a QueryInspection on a worker (JobTracker: its own ProjectStore; the latest
/// request wins and stale results are dropped). The GUI thread only draws. GUI thread.
class QueryInspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QueryInspectorWidget(QWidget* parent = nullptr);

    /// Loads and shows a query of a run from a project file, in the background.
    void inspect(const QString& projectPath, qint64 runId, qint64 queryId);
    /// Shows computed figures (also what inspect() ends with).
    void setInspection(const QueryInspection& inspection);
    /// Shows a message instead of figures.
    void showMessage(const QString& message);
    /// Forgets the shown query (and drops a result still loading): another project was opened.
    void clear();

    QChart* distributionChart(bool after) const { return after ? m_distAfter : m_distBefore; }
    QChart* rocChart() const { return m_roc; }
    QChart* lossChart() const { return m_loss; }
    QString figuresText() const;
    RankMoversModel* moversModel() const { return m_moversModel; }
    TsvTableView* moversView() const { return m_movers; }
    /// The whole text of a rank mover, as the double-click dialog shows it.
    QString moverText(int row) const;

Q_SIGNALS:
    /// A query's figures are on screen.
    void inspectionShown(qint64 runId, qint64 queryId);
    void inspectionFailed(const QString& message);

private:
    void fillDistribution(QChart* chart, const ScoreHistogram& histogram, double yMax);

    JobTracker m_inspections;
    QLabel* m_heading;
    QLabel* m_figures;
    QChart* m_distBefore;
    QChart* m_distAfter;
    QChart* m_roc;
    QChart* m_loss;
    RankMoversModel* m_moversModel;
    TsvTableView* m_movers;
};

} // namespace tare
