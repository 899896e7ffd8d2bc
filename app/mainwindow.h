// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"
#include "core/jobs/jobtracker.h"

#include <QHash>
#include <QMainWindow>
#include <QPair>

class QTabWidget;

namespace tare {

class CompareWidget;
class CorpusBrowserWidget;
class ExperimentWidget;
class ExplanationWidget;
class FeedbackInspectorWidget;
class ProjectOverviewWidget;
class ProjectSummaryModel;
class QueryInspectorWidget;
class QueryResultsModel;
class RunDashboardWidget;
class RunJob;
class TrajectoryWidget;
struct WorkbenchSettings;

/// The workbench window: menus and pages (project, run dashboard, query inspector, feedback,
/// trajectory, compare, corpus, explain, experiments). A wiring class: project files are opened,
/// summarised and reported on by JobTracker jobs, runs go through a RunJob, and results reach the
/// models and widgets on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        ProjectPage,
        DashboardPage,
        InspectorPage,
        FeedbackPage,
        TrajectoryPage,
        ComparePage,
        CorpusPage,
        ExplanationPage,
        ExperimentsPage,
    };

    explicit MainWindow(const QString& sampleDataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file in the background; with createSample, creates it from sample_data.
    void openProject(const QString& path, bool createSample = false);
    /// The default project: sample.tare in the user's data folder, created on first start.
    static QString sampleProjectPath();

    /// Starts the dashboard's run, as Run (F5) does; false when nothing can run now.
    bool startRun();
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
    void projectLoaded(const QString& path);
    void projectFailed(const QString& message);
    /// A run ended: finished, cancelled or failed.
    void runFinished(tare::RunStatus status);
    void queryInspected(qint64 runId, qint64 queryId);

private:
    void chooseProject();
    void refreshSummary();
    void attachJob();
    /// Loads the selected query into the current page when it is one of the per-query views
    /// and does not show it yet (each view replays the query on a worker: only on demand).
    void showSelectionInCurrentPage();
    /// File ▸ Export Report: the experiment shown on the Experiments page, else the selected run.
    void exportReport();

    JobTracker m_projectLoads;
    JobTracker m_summaries;
    JobTracker m_reports;
    QString m_sampleDataDir;
    QString m_projectPath;
    qint64 m_datasetId = 0;
    qint64 m_spaceId = 0;
    ProjectSummaryModel* m_summaryModel;
    QueryResultsModel* m_queryModel;
    QTabWidget* m_pages;
    ProjectOverviewWidget* m_overview;
    RunDashboardWidget* m_dashboard;
    QueryInspectorWidget* m_inspector;
    FeedbackInspectorWidget* m_feedback = nullptr;
    TrajectoryWidget* m_trajectory = nullptr;
    CompareWidget* m_compare = nullptr;
    CorpusBrowserWidget* m_corpus = nullptr;
    ExplanationWidget* m_explanation = nullptr;
    ExperimentWidget* m_experiments = nullptr;
    QPair<qint64, qint64> m_selection{0, 0};      ///< run, query selected in the dashboard
    QHash<QWidget*, QPair<qint64, qint64>> m_shownSelection; ///< what each per-query view shows
    RunJob* m_job = nullptr;
};

} // namespace tare
