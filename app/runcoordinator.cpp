// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/runcoordinator.h"

#include "app/appsettings.h"
#include "core/db/projectstore.h"
#include "core/models/queryresultsmodel.h"
#include "core/models/runlistmodel.h"
#include "core/refine/refinercatalogue.h"
#include "core/jobs/jobtracker.h"
#include "core/jobs/runjob.h"
#include "core/run/runsettings.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/runformwidget.h"
#include "widgets/runlistwidget.h"
#include "widgets/runspage.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSet>

#include <optional>

namespace tare {

namespace {

/// What showing a run loads.
struct ShownRun
{
    RunSummary summary;
    RunOverview overview;
};

/// What a starting run's page needs: the query texts of its dataset and its overview.
struct StartedRun
{
    QHash<qint64, QString> texts;
    RunOverview overview;
};

} // namespace

RunCoordinator::RunCoordinator(RunsPage* page, RunDashboardWidget* dashboard, QueryResultsModel* queries, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_dashboard(dashboard)
    , m_queries(queries)
    , m_runs(page->list()->model())
    , m_showJobs(std::make_unique<JobTracker>(this, JobTracker::Policy::LatestWins))
    , m_listJobs(std::make_unique<JobTracker>(this, JobTracker::Policy::LatestWins))
    , m_writeJobs(std::make_unique<JobTracker>(this, JobTracker::Policy::EveryResult))
{
    RunListWidget* list = page->list();
    connect(page->form(), &RunFormWidget::runRequested, this, &RunCoordinator::startRun);
    connect(list, &RunListWidget::openRequested, this, &RunCoordinator::showRun);
    connect(list, &RunListWidget::renameRequested, this, &RunCoordinator::rename);
    connect(list, &RunListWidget::deleteRequested, this, &RunCoordinator::remove);
    connect(list, &RunListWidget::useSettingsRequested, this, &RunCoordinator::useSettings);
    connect(dashboard, &RunDashboardWidget::pauseRequested, this, [this](bool paused) {
        if (m_job)
            paused ? m_job->pause() : m_job->resume();
    });
    connect(dashboard, &RunDashboardWidget::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

RunCoordinator::~RunCoordinator()
{
    delete m_job; // cancels a run in flight and joins its thread before the models go
}

qint64 RunCoordinator::liveRun() const
{
    return isRunning() ? m_liveRun : 0;
}

bool RunCoordinator::isRunning() const
{
    return m_job && m_job->isRunning();
}

void RunCoordinator::setProject(const QString& path, const ProjectSummary& summary, qint64 preferredSpaceId)
{
    // Replies about the previous project go nowhere.
    ++m_generation;
    m_showJobs->abandon();
    m_listJobs->abandon();
    m_dashboard->attach(nullptr);
    delete m_job;
    m_job = nullptr;
    m_path = path;
    m_liveRun = 0;
    m_liveResults.clear();
    m_listedOnce = false;
    m_readyPending = false;
    m_runs->setRuns({});
    m_page->form()->setRunning(false);
    m_page->form()->setProject(summary, preferredSpaceId);
    showNothing();
    if (path.isEmpty())
        return;
    m_job = new RunJob(path, this);
    attachJob();
    refreshList();
}

void RunCoordinator::clearProject()
{
    setProject({}, {}, 0);
}

void RunCoordinator::setSummary(const ProjectSummary& summary)
{
    m_page->form()->setProject(summary);
}

void RunCoordinator::setJudgeEndpoint(const QString& endpoint, const QString& model)
{
    m_page->form()->setJudgeEndpoint(endpoint, model);
}

void RunCoordinator::attachJob()
{
    connect(m_job, &RunJob::started, this, [this](qint64 runId) {
        m_liveRun = runId;
        m_shownRun = runId;
        m_queries->clear(runId);
        m_dashboard->setShownRun(runId, tr("Run %1 · starting…").arg(runId), QString());
        Q_EMIT message(tr("Run %1 started").arg(runId));
        Q_EMIT runShown(runId, m_startingDataset);
        const quint64 generation = m_generation;
        m_writeJobs->run(
            JobProject(m_path),
            [runId](ProjectStore& store) {
                RunStore& runs = store.runs();
                runs.setOrigin(runId, RunOrigin::Workbench);
                StartedRun started;
                if (const auto overview = runs.overview(runId))
                    started.overview = *overview;
                for (const QueryRecord& query : store.datasets().queries(started.overview.run.datasetId))
                    started.texts.insert(query.id, query.text);
                return started;
            },
            [this, runId, generation](const JobResult<StartedRun>& outcome) {
                if (generation != m_generation || !outcome)
                    return;
                if (m_queries->runId() == runId)
                    m_queries->setQueryTexts(outcome->texts);
                if (m_shownRun == runId)
                    m_dashboard->setShownRun(runId, heading(outcome->overview), details(outcome->overview));
                refreshList();
            });
        Q_EMIT runStarted(runId);
    });
    connect(m_job, &RunJob::queryFinished, this, [this](const RunQueryRecord& result, const QString& extId) {
        m_liveResults.append({result, extId});
        if (m_shownRun == result.runId && m_queries->runId() == result.runId)
            m_queries->appendResult(result, extId);
    });
    const auto ended = [this](RunStatus status, const QString& text) {
        const qint64 run = m_liveRun;
        m_liveResults.clear();
        m_page->form()->setRunning(false);
        if (m_shownRun != run)
            m_dashboard->setJobRunning(false);
        Q_EMIT message(text);
        refreshList(); // the shown run's heading follows from the list
        Q_EMIT runFinished(status);
    };
    connect(m_job, &RunJob::finished, this, [this, ended](RunStatus status) {
        ended(status, status == RunStatus::Finished ? tr("Run %1 finished").arg(m_liveRun)
                                                    : tr("Run %1 cancelled; its finished queries are kept").arg(m_liveRun));
    });
    connect(m_job, &RunJob::failed, this, [ended](const QString& text) { ended(RunStatus::Failed, tr("Run failed: %1").arg(text)); });
    connect(m_job, &RunJob::doesNotFit, this, &RunCoordinator::offerToForce);
}

void RunCoordinator::offerToForce(const QString& refusal)
{
    m_page->form()->setRunning(false);
    m_dashboard->setJobRunning(false);
    QMessageBox ask(QMessageBox::Warning, tr("Not Enough Memory"),
                    tr("Not enough memory: %1.\n\nStarted anyway, the run may be stopped by the system half-way "
                       "(its finished queries are kept).")
                        .arg(refusal),
                    QMessageBox::Cancel, m_page->window());
    ask.setObjectName(QStringLiteral("notEnoughMemory"));
    QPushButton* force = ask.addButton(tr("Run Anyway"), QMessageBox::AcceptRole);
    force->setAccessibleName(tr("Run anyway"));
    ask.setDefaultButton(qobject_cast<QPushButton*>(ask.button(QMessageBox::Cancel)));
    ask.exec();
    if (ask.clickedButton() != force) {
        Q_EMIT message(tr("Run not started: not enough memory"));
        return;
    }
    if (!m_job || m_job->isRunning() || !m_job->start(m_startingSettings, false, true))
        return;
    m_page->form()->setRunning(true);
}

bool RunCoordinator::startRun()
{
    RunFormWidget* form = m_page->form();
    if (!m_job || m_job->isRunning() || !form->canRun())
        return false;
    const RunSettings settings = form->runSettings();
    m_job->setJudgeConnection(AppSettings::judgeConnection(AppSettings::load()));
    m_showJobs->abandon(); // a run still loading for the dashboard is not shown over the new one
    m_liveResults.clear();
    m_dashboard->attach(m_job);
    m_dashboard->setPlannedSteps(RefinerCatalogue::curveSteps(settings.refiner, settings.refine));
    m_startingDataset = settings.datasetId;
    m_startingSettings = settings;
    if (!m_job->start(settings))
        return false;
    form->setRunning(true);
    return true;
}

void RunCoordinator::showRun(qint64 runId)
{
    if (m_path.isEmpty() || runId <= 0)
        return;
    Q_EMIT message(tr("Loading run %1…").arg(runId));
    m_showJobs->run(
        JobProject(m_path),
        [runId](ProjectStore& store) {
            ShownRun shown;
            shown.summary = RunSummary::load(store, runId, true);
            if (const auto overview = store.runs().overview(runId))
                shown.overview = *overview;
            return shown;
        },
        [this, runId](const JobResult<ShownRun>& outcome) {
            if (!outcome) {
                Q_EMIT message(tr("Cannot show run %1: %2").arg(runId).arg(outcome.error()));
                if (std::exchange(m_readyPending, false))
                    Q_EMIT projectReady();
                return;
            }
            apply(outcome->summary, outcome->overview);
        });
}

void RunCoordinator::apply(const RunSummary& summary, const RunOverview& overview)
{
    const qint64 runId = summary.run.id;
    const bool live = isRunning() && runId == m_liveRun;
    m_shownRun = runId;
    m_queries->setRun(summary);
    int done = int(summary.results.size());
    if (live) {
        // Queries that finished after the summary was read arrived through the job meanwhile.
        QSet<qint64> stored;
        for (const RunQueryRecord& result : summary.results)
            stored.insert(result.queryId);
        for (const auto& [result, extId] : std::as_const(m_liveResults)) {
            if (!stored.contains(result.queryId)) {
                m_queries->appendResult(result, extId);
                ++done;
            }
        }
    }
    m_dashboard->attach(live ? m_job : nullptr);
    m_dashboard->clearCurves();
    QList<QueryCurvePoint> points;
    for (const RunQueryRecord& record : summary.results) {
        for (const CurvePoint& point : record.curve)
            points.append({record.queryId, point});
    }
    const RunSettings settings = RunSettings::fromDefinitionJson(summary.run.paramsJson);
    m_dashboard->setPlannedSteps(RefinerCatalogue::curveSteps(summary.run.refiner, settings.refine));
    m_dashboard->appendCurvePoints(points);
    m_dashboard->setShownRun(runId, heading(overview), details(overview));
    const int planned = int(std::max<qint64>(overview.plannedQueries, done));
    if (live) {
        m_dashboard->resumeLive(done, planned);
    } else {
        m_dashboard->setProgress(done, planned);
        m_dashboard->runEnded(summary.run.status == RunStatus::Finished
                                  ? tr("Showing run %1, finished").arg(runId)
                                  : tr("Showing run %1, %2").arg(runId).arg(RunListModel::statusName(summary.run.status)));
        m_dashboard->setJobRunning(isRunning());
    }
    m_dashboard->flushRedraw();
    m_page->list()->selectRun(runId);
    Q_EMIT message(tr("Showing run %1").arg(runId));
    Q_EMIT runShown(runId, summary.run.datasetId);
    if (std::exchange(m_readyPending, false))
        Q_EMIT projectReady();
}

void RunCoordinator::showNothing()
{
    m_showJobs->abandon();
    m_shownRun = 0;
    m_queries->clear(0);
    m_dashboard->attach(nullptr);
    m_dashboard->clearCurves();
    m_dashboard->setProgress(0, 0);
    m_dashboard->runEnded(QString());
    m_dashboard->setJobRunning(isRunning());
    m_dashboard->setShownRun(0, tr("No run shown"), tr("Start a run (F5) on the Runs page, or open one from its run list."));
    Q_EMIT runShown(0, 0);
}

void RunCoordinator::refreshList()
{
    if (m_path.isEmpty())
        return;
    m_listJobs->run(
        JobProject(m_path), [](ProjectStore& store) { return store.runs().overviews(); },
        [this](const JobResult<QList<RunOverview>>& outcome) {
            if (!outcome) {
                Q_EMIT message(tr("Cannot list the runs: %1").arg(outcome.error()));
                return;
            }
            const QList<RunOverview>& runs = *outcome;
            const qint64 keep = m_page->list()->currentRun();
            m_runs->setRuns(runs);
            m_page->list()->selectRun(keep ? keep : m_shownRun);
            if (const RunOverview* shown = m_runs->find(m_shownRun); shown && !(isRunning() && m_shownRun == m_liveRun))
                m_dashboard->setShownRun(m_shownRun, heading(*shown), details(*shown));
            const bool initial = !std::exchange(m_listedOnce, true);
            if (initial) {
                // The newest run made outside experiments, else the newest with results.
                qint64 first = 0;
                for (const RunOverview& run : runs) {
                    if (run.run.finishedQueries == 0)
                        continue;
                    if (run.origin != RunOrigin::Experiment) {
                        first = run.run.id;
                        break;
                    }
                    if (first == 0)
                        first = run.run.id;
                }
                m_readyPending = first != 0;
                if (first)
                    showRun(first);
            }
            Q_EMIT runsListed(int(runs.size()), initial);
            if (initial && !m_readyPending)
                Q_EMIT projectReady();
        });
}

void RunCoordinator::rename(qint64 runId, const QString& name)
{
    const quint64 generation = m_generation;
    m_writeJobs->run(
        JobProject(m_path), [runId, name](ProjectStore& store) { store.runs().rename(runId, name); },
        [this, runId, name, generation](const JobResult<void>& outcome) {
            if (generation != m_generation)
                return;
            Q_EMIT message(outcome ? tr("Run %1 renamed to “%2”").arg(runId).arg(name)
                                   : tr("Cannot rename run %1: %2").arg(runId).arg(outcome.error()));
            refreshList();
        });
}

void RunCoordinator::remove(qint64 runId)
{
    if (runId == liveRun()) {
        Q_EMIT message(tr("Run %1 is going: cancel it before deleting it.").arg(runId));
        return;
    }
    const quint64 generation = m_generation;
    m_writeJobs->run(
        JobProject(m_path), [runId](ProjectStore& store) { store.runs().remove(runId); },
        [this, runId, generation](const JobResult<void>& outcome) {
            if (generation != m_generation)
                return;
            if (!outcome) {
                Q_EMIT message(tr("Cannot delete run %1: %2").arg(runId).arg(outcome.error()));
                return;
            }
            if (m_shownRun == runId)
                showNothing();
            Q_EMIT runDeleted(runId);
            Q_EMIT message(tr("Run %1 deleted").arg(runId));
            refreshList();
        });
}

void RunCoordinator::useSettings(qint64 runId)
{
    const RunOverview* run = m_runs->find(runId);
    if (!run)
        return;
    RunSettings settings = RunSettings::fromDefinitionJson(run->run.paramsJson);
    settings.datasetId = run->run.datasetId;
    settings.spaceId = run->run.spaceId;
    settings.refiner = run->run.refiner;
    m_page->form()->setSettings(settings);
    Q_EMIT message(tr("The form holds the settings of run %1; change them and press Start Run (F5).").arg(runId));
}

QString RunCoordinator::heading(const RunOverview& overview) const
{
    const QString what = RunListModel::describe(overview);
    return overview.run.label.isEmpty() ? what : tr("%1 · “%2”").arg(what, overview.run.label);
}

QString RunCoordinator::details(const RunOverview& overview) const
{
    // While the run goes, its count would be stale at once: the progress bar below carries it.
    const bool live = isRunning() && overview.run.id == m_liveRun;
    const QString status = live ? RunListModel::statusName(RunStatus::Running) : RunListModel::statusText(overview);
    return tr("%1 · %2 · %3 · started %4")
        .arg(RunListModel::originText(overview), RunListModel::parametersText(overview), status, RunListModel::createdText(overview));
}

} // namespace tare
