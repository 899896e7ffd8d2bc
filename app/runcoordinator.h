// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/db/runoverview.h"
#include "core/run/runsettings.h"

#include <QObject>

#include <memory>

namespace tare {

class JobTracker;
class QueryResultsModel;
class RunDashboardWidget;
class RunJob;
class RunListModel;
class RunsPage;
struct RunSummary;

/// The runs of the open project in the workbench: the form for the next run and the run list on
/// the Runs page, the one RunJob that runs, and which run the dashboard shows. Start Run runs the
/// form's settings (HTTP judges reach their endpoint with the connection from Settings) and shows
/// the new run live; any run of the list opens in the dashboard and feeds the query table every
/// per-query page reads; renaming and deleting go through core/db after the list's confirmation.
/// A run going on keeps going while another run is shown; showing it again picks its live curves
/// up. Every database read and write runs on a worker with its own ProjectStore; replies to an
/// older project or an older request are dropped. Kept out of MainWindow so the window stays a
/// wiring class. GUI thread; a child of the window.
class RunCoordinator : public QObject
{
    Q_OBJECT

public:
    RunCoordinator(RunsPage* page, RunDashboardWidget* dashboard, QueryResultsModel* queries, QObject* parent);
    ~RunCoordinator() override;

    /// A project was opened: the form offers its spaces (the preferred one selected), the list is
    /// loaded and the newest run made outside experiments (else the newest with results) is shown.
    void setProject(const QString& path, const ProjectSummary& summary, qint64 preferredSpaceId);
    /// No project: everything empty, a running run cancelled.
    void clearProject();
    /// New spaces or datasets (an import, a new space): the form follows, the list is kept.
    void setSummary(const ProjectSummary& summary);
    /// Where the form's HTTP judges are served (Settings).
    void setJudgeEndpoint(const QString& endpoint, const QString& model);

    /// Starts the form's run (Start Run, F5); false when nothing can run now.
    bool startRun();
    /// Shows a run in the dashboard (loaded in the background; runShown() follows).
    void showRun(qint64 runId);
    /// Reloads the run list.
    void refreshList();

    qint64 shownRun() const { return m_shownRun; }
    /// The run going now (0: none).
    qint64 liveRun() const;
    bool isRunning() const;
    RunListModel* runList() const { return m_runs; }
    RunJob* job() const { return m_job; }
    const QString& projectPath() const { return m_path; }

Q_SIGNALS:
    /// The dashboard shows this run of that dataset (its results are in the query table); 0: none.
    void runShown(qint64 runId, qint64 datasetId);
    /// A run was created and started.
    void runStarted(qint64 runId);
    /// The run going ended: finished, cancelled or failed.
    void runFinished(tare::RunStatus status);
    /// The run list was (re)loaded; the first load after setProject() has `initial` set.
    void runsListed(int count, bool initial);
    /// Once per setProject(): the list is loaded and its newest run shown (or there is none).
    void projectReady();
    /// A run was deleted (other views drop what they showed of it).
    void runDeleted(qint64 runId);
    /// Something to say in the status bar.
    void message(const QString& text);

private:
    void attachJob();
    /// The run asked for needs more memory than is available: says so, and starts it anyway when
    /// the user confirms.
    void offerToForce(const QString& refusal);
    void apply(const RunSummary& summary, const RunOverview& overview);
    void showNothing();
    void rename(qint64 runId, const QString& name);
    void remove(qint64 runId);
    void useSettings(qint64 runId);
    QString heading(const RunOverview& overview) const;
    QString details(const RunOverview& overview) const;

    RunsPage* m_page;
    RunDashboardWidget* m_dashboard;
    QueryResultsModel* m_queries;
    RunListModel* m_runs; ///< the Runs page's (owned by the window)
    RunJob* m_job = nullptr;
    QString m_path;
    std::unique_ptr<JobTracker> m_showJobs;  ///< loading the run to show: the latest wins
    std::unique_ptr<JobTracker> m_listJobs;  ///< listing the runs: the latest wins
    std::unique_ptr<JobTracker> m_writeJobs; ///< origin marks, renames, deletions: every one
    quint64 m_generation = 0;   ///< bumped by every project change: writes' replies about an older project are dropped
    bool m_listedOnce = false;
    bool m_readyPending = false; ///< projectReady() is due after the first run shown
    qint64 m_shownRun = 0;
    qint64 m_liveRun = 0;        ///< the job's run while it goes
    qint64 m_startingDataset = 0; ///< the dataset of the run Start Run started
    RunSettings m_startingSettings; ///< the run Start Run asked for (started again when forced)
    QList<QPair<RunQueryRecord, QString>> m_liveResults; ///< of the live run, to merge into a reload
};

} // namespace tare
