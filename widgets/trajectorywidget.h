// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/trajectory.h"
#include "core/jobs/jobtracker.h"

#include <QRectF>
#include <QWidget>

class QBarSet;
class QChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSlider;
class QTimer;
class QValueAxis;

namespace tare {

/// The teaching view: one query's refinement replayed step by step. Left, the judged documents on
/// the first two principal components (colour: judge score, shape: gold label) and the query's
/// path from its start to the current step; right, the target distribution p beside the current
/// model distribution r as bars that converge, and the loss with the current step marked. Play,
/// pause, step back and forward, a slider over the steps and a speed in steps per second.
///
/// inspect() computes the Trajectory on a worker (JobTracker: its own ProjectStore; the latest
/// request wins); a step only updates a few series from the stored states. GUI thread.
class TrajectoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TrajectoryWidget(QWidget* parent = nullptr);

    /// Loads and shows a query of a run in the background.
    void inspect(const QString& projectPath, qint64 runId, qint64 queryId);
    void setTrajectory(const Trajectory& trajectory);
    void showMessage(const QString& message);
    /// Forgets the shown query (and drops a result still loading): another project was opened.
    void clear();

    /// Shows state `step` (0 = initial query); clamped to the range.
    void setStep(int step);
    int step() const { return m_step; }
    const Trajectory& trajectory() const { return m_trajectory; }
    void play();
    void pause();
    bool isPlaying() const;
    /// Steps per second while playing.
    void setSpeed(double stepsPerSecond);
    /// Narrows the projection to the query's path (with the paper's small learning rate the
    /// query moves little compared with the spread of the documents), or shows everything.
    void setZoomedToPath(bool zoomed);

    QChart* projectionChart() const { return m_projection; }
    QChart* distributionChart() const { return m_distribution; }
    QChart* lossChart() const { return m_loss; }

Q_SIGNALS:
    void trajectoryShown(qint64 runId, qint64 queryId);
    void trajectoryFailed(const QString& message);
    void stepChanged(int step);

private:
    void clearCharts();
    void advance();

    JobTracker m_replays;
    Trajectory m_trajectory;
    int m_step = 0;
    QLabel* m_heading;
    QLabel* m_stepLabel;
    QChart* m_projection;
    QChart* m_distribution;
    QChart* m_loss;
    QLineSeries* m_path = nullptr;
    QScatterSeries* m_current = nullptr;
    QScatterSeries* m_lossMarker = nullptr;
    QBarSet* m_modelBars = nullptr;
    QValueAxis* m_projectionX = nullptr;
    QValueAxis* m_projectionY = nullptr;
    QRectF m_allRange;
    QRectF m_pathRange;
    QCheckBox* m_zoom;
    QPushButton* m_playButton;
    QPushButton* m_backButton;
    QPushButton* m_forwardButton;
    QSlider* m_slider;
    QComboBox* m_speed;
    QTimer* m_timer;
};

} // namespace tare
