// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/runcomparison.h"
#include "core/jobs/jobtracker.h"

#include <QWidget>

class QChart;
class QComboBox;
class QLabel;

namespace tare {

/// Compare: two runs, or a run against its own baseline (its AP before refinement), query by
/// query on AP: a scatter of A's AP against B's with the diagonal (points above it are queries B
/// ranks better), the per-query ΔAP as sorted bars (grouped in core when there are many queries),
/// win/tie/loss, the paired t-test, the randomization test and the bootstrap CI of the mean Δ.
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

Q_SIGNALS:
    void runChoicesLoaded(int count);
    void comparisonShown(qint64 runA, qint64 runB);
    void comparisonFailed(const QString& message);

private:
    void clearCharts();
    void compareSelected();

    JobTracker m_loads;
    QString m_projectPath;
    RunComparison m_comparison;
    QComboBox* m_runA;
    QComboBox* m_runB;
    QLabel* m_heading;
    QLabel* m_statistics;
    QChart* m_scatter;
    QChart* m_delta;
};

} // namespace tare
