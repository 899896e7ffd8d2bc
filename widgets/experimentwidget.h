// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentresult.h"
#include "core/jobs/jobtracker.h"
#include "core/judge/judgefactory.h"
#include "core/experiment/budgetgrid.h"
#include "core/run/runengine.h"

#include <QWidget>

class QChart;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tare {

class ExperimentJob;
class ExperimentListModel;
class GridWidget;
class HeatmapChart;
class JudgeChooserWidget;
class MethodComparisonModel;
class TsvTableView;

/// An embedding space an experiment can run on, as the form offers it.
struct ExperimentSpaceChoice
{
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    QString label; ///< "nuance · lsa (23 queries)"
    qint64 queries = 0;
    QString spaceName;
    bool hasHydeTwin = false; ///< the dataset has a "<space>-hyde" space (the HyDE methods can run)
};

/// Experiments: a form to define one (kind, space, queries, judge, refiner and the kind's own
/// parameters), Run and Cancel with progress, the project's stored experiments to open again, and
/// the result drawn for its kind — noise sweep: mean ΔMAP against the noise level with a band
/// (min–max over seeds or the 95 % CI over queries), single seeds and a zero line; budget sweep: a
/// heat map of judged documents × share from the top (MAP or ΔMAP, with a colour scale) and MAP
/// against judge calls; methods: the table with ΔMAP, W/T/L, p-values and CI, and ΔMAP bars with
/// CI whiskers; judge quality: AUC against ΔAP per query with the least-squares line and r.
///
/// A second tab holds the grid (GridWidget): datasets × spaces × judges × refiners and the
/// paper's table.
///
/// An ExperimentJob runs the experiment on its own thread with its own ProjectStore; Cancel sets
/// its atomic directly; progress comes back at most about 10 times a second. Listing and opening
/// experiments are JobTracker jobs (the latest request wins). The destructor cancels a running
/// experiment and waits for it (finished runs are kept). GUI thread.
class ExperimentWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentWidget(QWidget* parent = nullptr);
    ~ExperimentWidget() override;

    /// Lists the project's spaces and experiments in the background.
    void setProject(const QString& projectPath);
    /// Where HTTP judges are served (Settings): the judge choice offers them once configured.
    void setJudgeEndpoint(const QString& endpoint, const QString& model);
    /// How experiments reach an HTTP judge (key source, concurrency, timeouts), as runs do.
    void setJudgeConnection(const RemoteJudgeSettings& connection);
    /// The definition the form describes (dataset and space from the chosen space).
    ExperimentSettings settings() const;
    /// Runs the form's experiment; false when one is running or there is no space to run on.
    bool start();
    bool start(const ExperimentSettings& settings);
    void cancel();
    bool isRunning() const;
    /// Loads a stored experiment's result in the background and shows it.
    void openExperiment(qint64 experimentId);
    void setResult(const ExperimentResult& result);
    void showMessage(const QString& message);

    /// The experiment whose result is shown (0: none).
    qint64 shownExperiment() const { return m_result.experimentId; }
    const ExperimentResult& result() const { return m_result; }

    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* spaceCombo() const { return m_space; }
    JudgeChooserWidget* judgeChooser() const { return m_judge; }
    QListWidget* methodsList() const { return m_methods; }
    /// Why a method of the list cannot run on the chosen space (empty: it can).
    QString methodUnavailableReason(const QString& method) const;
    /// Build HyDE Space…: shown with the methods while the chosen space has no HyDE twin.
    QPushButton* buildHydeButton() const { return m_buildHyde; }
    QComboBox* bandCombo() const { return m_band; }
    QComboBox* measureCombo() const { return m_measure; }
    QProgressBar* progressBar() const { return m_progress; }
    ExperimentListModel* experimentsModel() const { return m_experiments; }
    QChart* noiseChart() const { return m_noiseChart; }
    HeatmapChart* heatmapChart() const { return m_heatmap; }
    QChart* budgetLineChart() const { return m_budgetLine; }
    QChart* methodsChart() const { return m_methodsChart; }
    MethodComparisonModel* methodsModel() const { return m_methodsModel; }
    QChart* qualityChart() const { return m_qualityChart; }
    QString headingText() const;
    /// The grid (datasets × spaces × judges × refiners), the page's second tab.
    GridWidget* gridWidget() const { return m_grid; }
    /// The tabs: one experiment, or a grid.
    QTabWidget* modeTabs() const { return m_modes; }

Q_SIGNALS:
    void projectListed(int spaces, int experiments);
    void experimentStarted(qint64 experimentId, bool resumed);
    /// The experiment ended (Finished or Cancelled); its result is shown when finished.
    void experimentFinished(qint64 experimentId, tare::RunStatus status);
    void experimentFailed(const QString& message);
    void resultShown(qint64 experimentId);
    /// The HyDE methods need "<space>-hyde": build it from this space (Build HyDE Space…).
    void hydeSpaceRequested(qint64 datasetId, qint64 spaceId);
    /// A point or bar was clicked: open that run in the dashboard.
    void runActivated(qint64 runId);
    /// A query's point was clicked (judge quality): open that query of the run.
    void queryActivated(qint64 runId, qint64 queryId);

private:
    void attachJob();
    void buildForm(QWidget* box);
    void updateFormForKind();
    void updateMethods();
    void setSpaceChoices(const QList<ExperimentSpaceChoice>& choices);
    void listExperiments(qint64 select);
    void setRunning(bool running);
    void drawNoise();
    void drawBudget();
    void drawMethods();
    void drawQuality();

    QString m_projectPath;
    QList<ExperimentSpaceChoice> m_spaces;
    ExperimentResult m_result;
    JobTracker m_listings;
    JobTracker m_openings;
    ExperimentJob* m_job;

    // The form.
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind;
    QComboBox* m_space;
    QSpinBox* m_queries;
    JudgeChooserWidget* m_judge;
    QComboBox* m_refiner;
    QSpinBox* m_steps;
    QSpinBox* m_total;
    QComboBox* m_noise;
    QLineEdit* m_rates;
    QSpinBox* m_seeds;
    QLineEdit* m_totals;
    QLineEdit* m_shares;
    QListWidget* m_methods;
    QLabel* m_methodsNote;
    QPushButton* m_buildHyde;
    QLineEdit* m_label;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    ExperimentListModel* m_experiments;
    QTableView* m_experimentList;

    // The result.
    QLabel* m_heading;
    QStackedWidget* m_pages;
    QComboBox* m_band;
    QChart* m_noiseChart;
    QComboBox* m_measure;
    QComboBox* m_point;
    HeatmapChart* m_heatmap;
    QChart* m_budgetLine;
    MethodComparisonModel* m_methodsModel;
    TsvTableView* m_methodsTable;
    QChart* m_methodsChart;
    QChart* m_qualityChart;
    BudgetGrid m_budgetGrid; ///< what the heat map shows (for clicks)

    QTabWidget* m_modes;
    GridWidget* m_grid;
};

} // namespace tare
