// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/inspect/trajectory.h"
#include "core/jobs/jobtracker.h"

#include <QRectF>
#include <QWidget>

#include <memory>

class QAction;
class QBarSet;
class QChart;
class QComboBox;
class QFrame;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSlider;
class QTableView;
class QTimer;
class QValueAxis;

namespace tare {

class ChartCategoryLabels;
class ChartPointLabels;
class LessonScript;
class TrajectoryTopModel;

/// The teaching view: one query's refinement replayed step by step. The judged documents on the
/// first two principal components (colour: judge score, shape: gold label, each numbered by its
/// rank before refinement, its text on hover) with the query's path; the path again, magnified,
/// so both the documents and the path are readable from the start; the target distribution p
/// beside the current model distribution r as numbered bars that converge; the loss and the AP
/// of the ranking with the current step marked; and the ten best documents at that step
/// (judged ones marked). Play, pause, step back and forward, a slider over the steps and a speed
/// in steps per second; Space plays and pauses wherever the focus is on the page.
///
/// Lesson mode (setLesson()) adds captions that explain p, r and the KL loss as the steps play
/// (LessonScript) and a choice of the lesson's queries.
///
/// inspect() computes the Trajectory on a worker (JobTracker: its own ProjectStore; the latest
/// request wins); a step only updates a few series from the stored states. GUI thread.
class TrajectoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TrajectoryWidget(QWidget* parent = nullptr);
    ~TrajectoryWidget() override;

    /// Loads and shows a query of a run in the background.
    void inspect(const QString& projectPath, qint64 runId, qint64 queryId);
    void setTrajectory(const Trajectory& trajectory);
    void showMessage(const QString& message);
    /// Forgets the shown query (and drops a result still loading): another project was opened.
    void clear();

    /// Lesson mode on a run: captions beside the steps and a choice of `queries`; loads the
    /// first query. An empty run id leaves lesson mode.
    void setLesson(const QString& projectPath, qint64 runId, const QList<QueryRecord>& queries);
    bool isLesson() const { return m_lessonRunId != 0; }
    /// The lesson's run (0 outside lesson mode).
    qint64 lessonRun() const { return m_lessonRunId; }
    /// The caption shown now (title and text), empty outside lesson mode.
    QString captionText() const;

    /// Shows state `step` (0 = initial query); clamped to the range.
    void setStep(int step);
    int step() const { return m_step; }
    const Trajectory& trajectory() const { return m_trajectory; }
    /// The AP of the ranking at the step shown, as the page prints it.
    QString apText() const;
    void play();
    void pause();
    bool isPlaying() const;
    /// Steps per second while playing.
    void setSpeed(double stepsPerSecond);

    QChart* projectionChart() const { return m_projection; }
    QChart* closeUpChart() const { return m_closeUp; }
    QChart* distributionChart() const { return m_distribution; }
    QChart* lossChart() const { return m_loss; }
    TrajectoryTopModel* topModel() const { return m_topModel; }
    /// The numbers shown beside the documents in the projection (others are hover-only).
    QStringList projectionLabels() const;
    /// The numbers shown under the bars of p and r, in bar order (every bar's when they fit in
    /// two staggered rows; else every k-th, the others hover-only).
    QStringList distributionLabels() const;
    /// Play/Pause (Space).
    QAction* playAction() const { return m_playAction; }
    /// The hover text of a judged document (index into Trajectory::documents).
    QString documentToolTip(int index) const;

Q_SIGNALS:
    void trajectoryShown(qint64 runId, qint64 queryId);
    void trajectoryFailed(const QString& message);
    void stepChanged(int step);

private:
    void clearCharts();
    void advance();
    void buildProjection(QChart* chart, const QRectF& range, bool closeUp);
    void buildDistribution();
    void buildLossAndAp();
    void showDocumentTip(int index);

    JobTracker m_replays;
    Trajectory m_trajectory;
    std::unique_ptr<LessonScript> m_script;
    int m_step = 0;
    QString m_lessonProject;
    qint64 m_lessonRunId = 0;
    bool m_focusWhenShown = false; ///< a lesson started: the step slider takes the focus once shown
    QLabel* m_heading;
    QFrame* m_captionFrame;
    QLabel* m_caption;
    QComboBox* m_lessonQueries;
    QLabel* m_stepLabel;
    QChart* m_projection;
    QChart* m_closeUp;
    QChart* m_distribution;
    QChart* m_loss;
    QList<QLineSeries*> m_paths;       ///< in the projection and the close-up
    QList<QScatterSeries*> m_currents; ///< "query now" in both
    QScatterSeries* m_lossMarker = nullptr;
    QScatterSeries* m_apMarker = nullptr;
    QBarSet* m_modelBars = nullptr;
    ChartPointLabels* m_projectionLabels = nullptr;
    ChartPointLabels* m_closeUpLabels = nullptr;
    ChartCategoryLabels* m_distributionLabels = nullptr;
    QRectF m_allRange;
    QRectF m_pathRange;
    TrajectoryTopModel* m_topModel;
    QLabel* m_topHeading;
    QTableView* m_topView;
    QAction* m_playAction;
    QPushButton* m_playButton;
    QPushButton* m_backButton;
    QPushButton* m_forwardButton;
    QSlider* m_slider;
    QComboBox* m_speed;
    QTimer* m_timer;
};

} // namespace tare
