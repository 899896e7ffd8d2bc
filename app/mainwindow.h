// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace tare {

class ProjectOverviewWidget;
class ProjectSummaryModel;
class QueryInspectorWidget;
class QueryResultsModel;
class RunDashboardWidget;
class RunJob;

/// The workbench window: menus and three pages (project, run dashboard, query inspector). A
/// wiring class: project files are opened on a worker thread (QtConcurrent), runs go through a
/// RunJob, and results reach the models and widgets on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        ProjectPage,
        DashboardPage,
        InspectorPage,
    };

    explicit MainWindow(const QString& sampleDataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file in the background; with createSample, creates it from sample_data.
    void openProject(const QString& path, bool createSample = false);
    /// The default project: sample.tare in the user's data folder, created on first start.
    static QString sampleProjectPath();

    /// Starts the dashboard's run, as Run (F5) does; false when nothing can run now.
    bool startRun();
    /// Selects the first query of the table, which shows it in the inspector.
    void selectFirstQuery();
    QTabWidget* pages() const { return m_pages; }

Q_SIGNALS:
    void projectLoaded(const QString& path);
    void projectFailed(const QString& message);
    /// A run ended: finished, cancelled or failed.
    void runFinished(const QString& status);
    void queryInspected(qint64 runId, qint64 queryId);

private:
    void chooseProject();
    void refreshSummary();
    void attachJob();

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
    RunJob* m_job = nullptr;
};

} // namespace tare
