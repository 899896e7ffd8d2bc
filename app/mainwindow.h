// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/db/runrecords.h"
#include "core/jobs/jobtracker.h"

#include <QHash>
#include <QMainWindow>
#include <QPair>

#include <memory>

class QStackedWidget;
class QTabWidget;
class QTimer;

namespace tare {

class AnnotationQueueWidget;
class CompareWidget;
class JobTracker;
class LanguageManager;
class ShellActions;
class ProjectActions;
class CorpusBrowserWidget;
class ExperimentWidget;
class ExplanationWidget;
class FeedbackInspectorWidget;
class ProjectOverviewWidget;
class ProjectSummaryModel;
class QueryInspectorWidget;
class QueryNavigator;
class QueryResultsModel;
class RunCoordinator;
class RunDashboardWidget;
class RunsPage;
class TrajectoryWidget;
class WelcomePage;
struct WorkbenchSettings;

/// The workbench window: menus and pages (project, runs, run dashboard, query inspector, feedback,
/// trajectory, compare, corpus, explain, experiments, annotate). A wiring class: project files are opened,
/// summarised and reported on by JobTracker jobs, runs and the run list go through the
/// RunCoordinator, the per-query pages share one query selection (QueryNavigator, a picker on
/// each), and results reach the models and widgets on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        ProjectPage,
        RunListPage,
        DashboardPage,
        InspectorPage,
        FeedbackPage,
        TrajectoryPage,
        ComparePage,
        CorpusPage,
        ExplanationPage,
        ExperimentsPage,
        AnnotatePage,
    };

    /// The window with its menus; `languages` (may be null) serves the settings dialog's choice.
    explicit MainWindow(const QString& sampleDataDir, LanguageManager* languages = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file in the background; with createSample, creates it from sample_data.
    /// The newest request wins; one that fails leaves the open project (if any) open and usable.
    void openProject(const QString& path, bool createSample = false);
    /// Opens the sample project (sampleProjectPath()), creating it from sample_data first.
    void openSampleProject();
    /// The default project: sample.tare in the user's data folder, created on first start.
    static QString sampleProjectPath();
    /// File ▸ Export Report: the experiment shown on the Experiments page, else the selected run.
    void exportReport();
    /// Shows a page (a MainWindow::Page or a later tab index).
    void showPage(int page);
    /// The welcome page instead of the pages (Help ▸ Welcome; also while no project is open).
    void showWelcome();
    /// The pages instead of the welcome page (when a project is open).
    void showPages();
    bool isWelcomeShown() const;
    WelcomePage* welcomePage() const { return m_welcome; }
    /// The run the dashboard shows (0: none).
    qint64 shownRun() const;
    /// What the open project holds (datasets, spaces, counts); empty before one opened.
    const ProjectSummary& projectSummary() const;
    /// A run or an experiment is going on (the project's spaces must stay as they are).
    bool isBusy() const;

    /// Starts the run the Runs page's form describes, as Start Run (F5) does; false when nothing
    /// can run now.
    bool startRun();
    /// Shows a run of the project in the dashboard and every per-query page (in the background).
    void showRun(qint64 runId);
    /// Shows a query of a run in the query inspector (showing that run first when needed).
    void openQuery(qint64 runId, qint64 queryId);
    RunCoordinator* runCoordinator() const { return m_runCoordinator; }
    QueryNavigator* queryNavigator() const { return m_navigator; }
    /// Follows changed settings: the dashboard offers the HTTP judges of the configured endpoint
    /// and model. Runs read the connection (key source, concurrency, timeouts) when they start.
    void applySettings(const WorkbenchSettings& settings);
    /// Selects the first query of the table, which shows it in the inspector; false when the
    /// table is empty.
    bool selectFirstQuery();
    QTabWidget* pages() const { return m_pages; }
    /// The open project's file; empty before one opened.
    QString projectPath() const { return m_projectPath; }

Q_SIGNALS:
    /// The file opened and its pages were reset; projectLoaded follows once its newest run is shown.
    void projectOpened(const QString& path);
    void projectLoaded(const QString& path);
    void projectFailed(const QString& message);
    /// A run ended: finished, cancelled or failed.
    void runFinished(tare::RunStatus status);
    void queryInspected(qint64 runId, qint64 queryId);

private:
    void refreshSummary();
    /// The shown run changed: the per-query pages forget what they showed.
    void runShown(qint64 runId, qint64 datasetId);
    /// The navigator follows the dashboard table's queries and order.
    void updateNavigatorQueries();
    /// A page with the query picker above it.
    QWidget* withQueryPicker(QWidget* page);
    /// Loads the selected query into the current page when it is one of the per-query views
    /// and does not show it yet (each view replays the query on a worker: only on demand).
    void showSelectionInCurrentPage();

    /// Every per-query page forgets the query it showed (a new project, or none).
    void resetPages();
    /// Help ▸ Lesson: the lesson run on the bundled teaching dataset (prepared in the open project
    /// when missing), shown on the trajectory page with its captions.
    void startLesson();

    JobTracker m_projectLoads;
    JobTracker m_summaries;
    JobTracker m_reports;
    QString m_sampleDataDir;
    QString m_projectPath;
    qint64 m_corpusDataset = 0; ///< the dataset the corpus page shows
    ProjectSummaryModel* m_summaryModel;
    QueryResultsModel* m_queryModel;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    QTabWidget* m_pages;
    ProjectOverviewWidget* m_overview;
    RunsPage* m_runsPage;
    RunDashboardWidget* m_dashboard;
    QueryInspectorWidget* m_inspector;
    FeedbackInspectorWidget* m_feedback = nullptr;
    TrajectoryWidget* m_trajectory = nullptr;
    CompareWidget* m_compare = nullptr;
    CorpusBrowserWidget* m_corpus = nullptr;
    ExplanationWidget* m_explanation = nullptr;
    ExperimentWidget* m_experiments = nullptr;
    RunCoordinator* m_runCoordinator;
    QueryNavigator* m_navigator;
    QTimer* m_navigatorUpdate;
    QPair<qint64, qint64> m_pendingQuery{0, 0}; ///< run, query to select once that run is shown
    AnnotationQueueWidget* m_annotate = nullptr;
    JobTracker m_lessons{this, JobTracker::Policy::LatestWins};
    QHash<QWidget*, QWidget*> m_pageOf;                       ///< tab (picker + page) -> per-query page
    QHash<QWidget*, QPair<qint64, qint64>> m_shownSelection; ///< what each per-query view shows
    ShellActions* m_shell = nullptr;
    ProjectActions* m_project = nullptr;
};

} // namespace tare
