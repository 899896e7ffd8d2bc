// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/run/runsettings.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tare {

class JudgeChooserWidget;

/// The form for the *next* run, kept apart from the run a dashboard shows: dataset, embedding
/// space, judge (JudgeChooserWidget), refiner from the refiner catalogue, Adam steps and learning
/// rate, the judged budget (documents judged per query, how many of them from the top, the seed of
/// the sampled rest), how often AP is evaluated, and an optional name; Start Run (F5) asks for the
/// run. The defaults are the paper's. GUI thread.
class RunFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunFormWidget(QWidget* parent = nullptr);

    /// Offers the datasets and spaces of a project (a dataset without a space cannot run), and
    /// selects the preferred space when it is offered (else the first).
    void setProject(const ProjectSummary& summary, qint64 preferredSpaceId = 0);
    /// Where the HTTP judges are served (Settings).
    void setJudgeEndpoint(const QString& endpoint, const QString& model);
    /// The run the form describes; datasetId and spaceId are 0 when nothing can run.
    RunSettings runSettings() const;
    /// Fills the form from a run's settings (judge, refiner, parameters; dataset and space when
    /// offered), as "Use these settings" does.
    void setSettings(const RunSettings& settings);
    /// While a run is going, Start Run is disabled (one run at a time).
    void setRunning(bool running);
    bool canRun() const;

    /// Start Run (F5).
    QAction* runAction() const { return m_runAction; }
    JudgeChooserWidget* judgeChooser() const { return m_judge; }
    QComboBox* datasetBox() const { return m_dataset; }
    QComboBox* spaceBox() const { return m_space; }
    QComboBox* refinerBox() const { return m_refiner; }
    QSpinBox* stepsBox() const { return m_steps; }
    QDoubleSpinBox* lrBox() const { return m_lr; }
    QSpinBox* totalBox() const { return m_total; }
    QSpinBox* fromTopBox() const { return m_fromTop; }
    QSpinBox* seedBox() const { return m_seed; }
    QSpinBox* evalEveryBox() const { return m_evalEvery; }
    QLineEdit* nameEdit() const { return m_name; }
    /// What Start Run will run, in words.
    QString targetText() const;

Q_SIGNALS:
    void runRequested();

private:
    void datasetChanged();
    void refinerChanged();
    void updateState();

    ProjectSummary m_summary;
    bool m_running = false;
    QComboBox* m_dataset;
    QComboBox* m_space;
    JudgeChooserWidget* m_judge;
    QComboBox* m_refiner;
    QSpinBox* m_steps;
    QDoubleSpinBox* m_lr;
    QSpinBox* m_total;
    QSpinBox* m_fromTop;
    QSpinBox* m_seed;
    QSpinBox* m_evalEvery;
    QLineEdit* m_name;
    QLabel* m_target;
    QAction* m_runAction;
};

} // namespace tare
