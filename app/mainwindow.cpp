// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "app/appsettings.h"
#include "app/shellactions.h"
#include "app/projectactions.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/jobs/jobtracker.h"
#include "core/models/projectsummarymodel.h"
#include "core/models/queryresultsmodel.h"
#include "core/report/reportwriter.h"
#include "core/jobs/runjob.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"
#include "widgets/comparewidget.h"
#include "widgets/corpusbrowserwidget.h"
#include "widgets/experimentwidget.h"
#include "widgets/explanationwidget.h"
#include "widgets/feedbackinspectorwidget.h"
#include "widgets/importdialog.h"
#include "widgets/projectoverviewwidget.h"
#include "widgets/queryinspectorwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/trajectorywidget.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

#include <optional>

namespace tare {

namespace {

/// What the background loader hands to the GUI thread.
struct LoadResult
{
    ProjectSummary summary;
    qint64 datasetId = 0; ///< the dashboard's default run target (0: none)
    qint64 spaceId = 0;
    QString target;
    QHash<qint64, QString> queryTexts;
    std::optional<RunSummary> latestRun; ///< the target's newest run with results, with curves
};

QString translate(const char* text)
{
    return QCoreApplication::translate("tare::MainWindow", text);
}

/// Runs on a worker thread with the job's own connection; a newer open request stops the
/// sample's first fit through `token`.
LoadResult loadProject(ProjectStore& store, bool createSample, const QString& sampleDir, const JobToken& token)
{
    LoadResult result;
    if (createSample) {
        if (sampleDir.isEmpty())
            throw TareError(TareError::Kind::Io, translate("the sample_data folder was not found"));
        SampleProject::ensureImported(store, sampleDir);
        // The built-in embedder, fitted once, as `tare-cli demo` does.
        LsaSpaceBuilder::Options lsa;
        lsa.sink.cancelled = token;
        for (const DatasetInfo& dataset : store.datasets().all()) {
            if (!store.spaces().byName(dataset.id, QStringLiteral("lsa")))
                LsaSpaceBuilder::build(store, dataset.id, lsa);
        }
    }
    // The default target: nuance/lsa when present, else the first dataset with a space.
    for (const DatasetInfo& dataset : store.datasets().all()) {
        const QList<SpaceInfo> spaces = store.spaces().all(dataset.id);
        if (spaces.isEmpty())
            continue;
        SpaceInfo space = spaces.first();
        if (const auto lsa = store.spaces().byName(dataset.id, QStringLiteral("lsa")))
            space = *lsa;
        const bool preferred = dataset.name == u"nuance";
        if (result.datasetId == 0 || preferred) {
            result.datasetId = dataset.id;
            result.spaceId = space.id;
            result.target = QCoreApplication::translate("tare::MainWindow", "Dataset %1 · space %2 · %n query(s)", nullptr,
                                                        int(dataset.queryCount))
                                .arg(dataset.name, space.name);
        }
        if (preferred)
            break;
    }
    if (result.datasetId != 0) {
        for (const QueryRecord& query : store.datasets().queries(result.datasetId))
            result.queryTexts.insert(query.id, query.text);
        for (const RunRecord& run : store.runs().all(result.datasetId)) {
            // A "human feedback" run holds only re-refined queries: not a default to show.
            if (run.spaceId == result.spaceId && run.finishedQueries > 0 && !HumanFeedbackRun::sourceOf(store, run.id)) {
                result.latestRun = RunSummary::load(store, run.id, true);
                break;
            }
        }
    }
    result.summary = store.summary();
    return result;
}

} // namespace

MainWindow::MainWindow(const QString& sampleDataDir, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_projectLoads(this)
    , m_summaries(this)
    , m_reports(this, JobTracker::Policy::EveryResult)
    , m_sampleDataDir(sampleDataDir)
    , m_summaryModel(new ProjectSummaryModel(this))
    , m_queryModel(new QueryResultsModel(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_pages(new QTabWidget(this))
    , m_overview(new ProjectOverviewWidget(m_summaryModel, this))
    , m_dashboard(new RunDashboardWidget(m_queryModel, this))
    , m_inspector(new QueryInspectorWidget(this))
{
    setWindowTitle(tr("Tare"));
    m_pages->addTab(m_overview, tr("Project"));
    m_pages->addTab(m_dashboard, tr("Run dashboard"));
    m_pages->addTab(m_inspector, tr("Query inspector"));
    m_feedback = new FeedbackInspectorWidget(this);
    m_trajectory = new TrajectoryWidget(this);
    m_compare = new CompareWidget(this);
    m_corpus = new CorpusBrowserWidget(this);
    m_pages->addTab(m_feedback, tr("Feedback"));
    m_pages->addTab(m_trajectory, tr("Trajectory"));
    m_pages->addTab(m_compare, tr("Compare"));
    m_pages->addTab(m_corpus, tr("Corpus"));
    m_explanation = new ExplanationWidget(this);
    m_experiments = new ExperimentWidget(this);
    m_pages->addTab(m_explanation, tr("Explain"));
    m_pages->addTab(m_experiments, tr("Experiments"));
    m_pages->setDocumentMode(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->tabBar()->setObjectName(QStringLiteral("pageTabs"));
    m_pages->tabBar()->setAccessibleName(tr("Pages"));
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->setAccessibleName(tr("Menu bar"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_pages);
    setCentralWidget(m_central);
    resize(1200, 800);

    m_shell = new ShellActions(this, languages);
    m_shell->addFileMenu(menuBar());
    m_project = new ProjectActions(this, m_overview, m_summaryModel);
    m_project->addProjectMenu(menuBar());
    m_overview->setImportActions(m_shell->importActions());
    connect(m_project, &ProjectActions::importVectorsRequested, m_shell,
            [this](const QString& dataset) { m_shell->import(int(ImportDialog::Kind::Vectors), dataset); });
    connect(m_project, &ProjectActions::settingsRequested, m_shell, &ShellActions::showSettings);
    connect(m_project, &ProjectActions::projectChanged, this, [this](const QString& message) { statusBar()->showMessage(message); });
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    run->addAction(m_dashboard->runAction());
    run->addAction(m_dashboard->pauseAction());
    run->addAction(m_dashboard->cancelAction());
    m_shell->addHelpMenu(menuBar());

    connect(m_dashboard, &RunDashboardWidget::runRequested, this, &MainWindow::startRun);
    connect(m_dashboard, &RunDashboardWidget::pauseRequested, this, [this](bool paused) {
        if (m_job)
            paused ? m_job->pause() : m_job->resume();
    });
    connect(m_dashboard, &RunDashboardWidget::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_dashboard, &RunDashboardWidget::querySelected, this, [this](qint64 runId, qint64 queryId) {
        m_inspector->inspect(m_projectPath, runId, queryId);
        m_selection = {runId, queryId};
        showSelectionInCurrentPage();
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::showSelectionInCurrentPage);
    connect(m_dashboard->tableView(), &QTableView::activated, this, [this] { m_pages->setCurrentWidget(m_inspector); });
    connect(m_inspector, &QueryInspectorWidget::inspectionShown, this, &MainWindow::queryInspected);
    connect(m_feedback, &FeedbackInspectorWidget::reRefineStored, this, [this](qint64 feedbackRunId) {
        m_compare->setProject(m_projectPath); // the human feedback run becomes comparable
        statusBar()->showMessage(tr("Re-refined query stored in run %1").arg(feedbackRunId));
    });
    applySettings(AppSettings::load());
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::applySettings(const WorkbenchSettings& settings)
{
    m_dashboard->setJudgeEndpoint(settings.endpoint, settings.judgeModel);
}

MainWindow::~MainWindow()
{
    delete m_job; // cancels a run in flight and joins its thread before the models go
}

QString MainWindow::sampleProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("sample.tare"));
}

void MainWindow::openSampleProject()
{
    openProject(sampleProjectPath(), true);
}

void MainWindow::showPage(int page)
{
    if (!m_projectPath.isEmpty())
        showPages();
    m_pages->setCurrentIndex(page);
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentProjects(AppSettings::recentProjects());
    m_welcome->setProjectOpen(m_projectPath.isEmpty() ? QString() : QFileInfo(m_projectPath).fileName());
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::showPages()
{
    m_central->setCurrentWidget(m_pages);
}

bool MainWindow::isWelcomeShown() const
{
    return m_central->currentWidget() == m_welcome;
}

qint64 MainWindow::shownRun() const
{
    return m_queryModel->runId();
}

const ProjectSummary& MainWindow::projectSummary() const
{
    return m_summaryModel->summary();
}

bool MainWindow::isBusy() const
{
    return (m_job && m_job->isRunning()) || m_experiments->isRunning();
}

void MainWindow::openProject(const QString& path, bool createSample)
{
    // Nothing on screen changes until the project opened: a file that fails to open leaves the
    // open project as it was. The newest request wins over one still loading.
    const QString opening = createSample ? tr("Opening %1 (the first start fits the built-in embedder)…").arg(path)
                                         : tr("Opening %1…").arg(path);
    statusBar()->showMessage(opening);
    if (m_projectPath.isEmpty())
        m_welcome->showStatus(opening);
    const QString sampleDir = m_sampleDataDir;
    // SQLite work stays off the GUI thread: the worker opens its own connection and returns values.
    // The latest request wins: a project chosen while another was opening replaces it.
    m_projectLoads.run(
        JobProject(path, createSample ? ProjectStore::OpenMode::CreateIfMissing : ProjectStore::OpenMode::OpenExisting),
        [createSample, sampleDir](ProjectStore& store, const JobToken& token) { return loadProject(store, createSample, sampleDir, token); },
        [this, path](const JobResult<LoadResult>& loaded) {
            if (!loaded) {
                statusBar()->showMessage(m_projectPath.isEmpty() ? tr("Could not open %1").arg(path)
                                                                 : tr("Could not open %1; %2 is still open")
                                                                       .arg(path, QFileInfo(m_projectPath).fileName()));
                if (m_projectPath.isEmpty()) {
                    m_welcome->showStatus(loaded.error(), true);
                    showWelcome();
                } else {
                    auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Project"), loaded.error(), QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("openFailedMessage"));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
                Q_EMIT projectFailed(loaded.error());
                return;
            }
            const LoadResult& result = *loaded;
            const bool reopened = path == m_projectPath; // after an import or a space change: stay on the page
            if (reopened && isBusy()) {
                // A run or an experiment goes on: only the Project page follows what was added.
                m_summaryModel->setSummary(result.summary);
                statusBar()->showMessage(tr("Reloaded %1").arg(path));
                Q_EMIT projectLoaded(path);
                return;
            }
            m_projectPath = path;
            m_datasetId = result.datasetId;
            m_spaceId = result.spaceId;
            attachJob();
            resetPages();
            m_summaryModel->setSummary(result.summary);
            m_queryModel->setQueryTexts(result.queryTexts);
            m_dashboard->clearCurves();
            if (result.latestRun) {
                m_queryModel->setRun(*result.latestRun);
                QList<QueryCurvePoint> points;
                for (const RunQueryRecord& record : result.latestRun->results) {
                    for (const CurvePoint& point : record.curve)
                        points.append({record.queryId, point});
                }
                m_dashboard->appendCurvePoints(points);
                const int count = int(result.latestRun->results.size());
                m_dashboard->setProgress(count, count);
                const RunStatus status = result.latestRun->run.status;
                m_dashboard->runEnded(status == RunStatus::Finished
                                          ? tr("Showing run %1, finished").arg(result.latestRun->run.id)
                                          : tr("Showing run %1, %2").arg(result.latestRun->run.id).arg(runStatusName(status)));
            } else {
                m_queryModel->clear();
                m_dashboard->setProgress(0, 0);
                m_dashboard->runEnded(tr("No run yet."));
            }
            m_compare->setProject(path);
            m_experiments->setProject(path);
            m_corpus->setProject(path, m_datasetId, result.latestRun ? result.latestRun->run.id : 0);
            m_dashboard->setRunTarget(m_datasetId ? result.target : tr("This project has no embedding space to run."), m_datasetId != 0);
            if (!reopened)
                m_pages->setCurrentWidget(m_datasetId ? static_cast<QWidget*>(m_dashboard) : m_overview);
            showPages();
            m_welcome->showStatus(QString());
            setWindowTitle(tr("%1 — Tare").arg(QFileInfo(path).fileName()));
            statusBar()->showMessage(tr("Opened %1").arg(path));
            Q_EMIT projectLoaded(path);
        });
}

void MainWindow::resetPages()
{
    m_selection = {0, 0};
    m_shownSelection.clear();
    m_inspector->clear();
    m_feedback->clear();
    m_trajectory->clear();
    m_explanation->clear();
}

void MainWindow::attachJob()
{
    delete m_job; // a run of the previous project is cancelled (finished queries are kept)
    m_job = new RunJob(m_projectPath, this);
    m_dashboard->attach(m_job);
    connect(m_job, &RunJob::started, this, [this](qint64 runId) {
        m_queryModel->clear(runId);
        statusBar()->showMessage(tr("Run %1 started").arg(runId));
    });
    connect(m_job, &RunJob::queryFinished, m_queryModel, &QueryResultsModel::appendResult);
    connect(m_job, &RunJob::finished, this, [this](RunStatus status) {
        statusBar()->showMessage(status == RunStatus::Finished ? tr("Run %1 finished").arg(m_queryModel->runId())
                                                               : tr("Run %1 cancelled").arg(m_queryModel->runId()));
        refreshSummary();
        m_compare->setProject(m_projectPath); // the new run becomes comparable
        m_corpus->setRun(m_queryModel->runId());
        Q_EMIT runFinished(status);
    });
    connect(m_job, &RunJob::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Run failed: %1").arg(message));
        Q_EMIT runFinished(RunStatus::Failed);
    });
}

bool MainWindow::startRun()
{
    if (!m_job || m_datasetId == 0 || m_job->isRunning())
        return false;
    RunSettings settings = m_dashboard->runSettings();
    settings.datasetId = m_datasetId;
    settings.spaceId = m_spaceId;
    settings.label = QStringLiteral("workbench");
    m_job->setJudgeConnection(AppSettings::judgeConnection(AppSettings::load()));
    m_pages->setCurrentWidget(m_dashboard);
    return m_job->start(settings);
}

void MainWindow::showSelectionInCurrentPage()
{
    QWidget* page = m_pages->currentWidget();
    const auto [runId, queryId] = m_selection;
    if (runId == 0 || m_shownSelection.value(page) == m_selection)
        return;
    if (page == m_feedback)
        m_feedback->inspect(m_projectPath, runId, queryId);
    else if (page == m_trajectory)
        m_trajectory->inspect(m_projectPath, runId, queryId);
    else if (page == m_explanation)
        m_explanation->explain(m_projectPath, runId, queryId);
    else if (page == m_corpus) {
        m_corpus->setRun(runId);
        m_corpus->selectQuery(queryId);
    } else
        return;
    m_shownSelection.insert(page, m_selection);
}

void MainWindow::exportReport()
{
    const qint64 experimentId = m_pages->currentWidget() == m_experiments ? m_experiments->shownExperiment() : 0;
    const qint64 runId = m_selection.first ? m_selection.first : m_queryModel->runId();
    if (m_projectPath.isEmpty() || (experimentId == 0 && runId == 0)) {
        QMessageBox::information(this, tr("Export Report"), tr("Open a project with a run (or show an experiment) first."));
        return;
    }
    const QString what = experimentId ? tr("experiment %1").arg(experimentId) : tr("run %1").arg(runId);
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report of %1").arg(what), {},
                                                tr("HTML page (*.html);;Markdown (*.md);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(u"*.md") ? QStringLiteral(".md") : filter.contains(u"*.csv") ? QStringLiteral(".csv") : QStringLiteral(".html");
    const auto format = ReportWriter::formatFromName(QFileInfo(path).suffix().toLower());
    statusBar()->showMessage(tr("Writing the report of %1…").arg(what));
    // The report replays the most changed queries for their explanations: on a worker, own store.
    m_reports.run(
        m_projectPath,
        [path, format, experimentId, runId](ProjectStore& store) {
            const ReportFormat chosen = format.value_or(ReportFormat::Html);
            // The save dialog asked before an existing file was chosen.
            if (experimentId)
                ReportWriter::writeExperiment(store, experimentId, chosen, path, ReportWriter::Existing::Replace);
            else
                ReportWriter::writeRun(store, runId, chosen, path, RunReport::Options{}, ReportWriter::Existing::Replace);
        },
        [this, path](const JobResult<void>& written) {
            if (written)
                statusBar()->showMessage(tr("Wrote %1").arg(path));
            else
                QMessageBox::warning(this, tr("Export Report"), written.error());
        });
}

bool MainWindow::selectFirstQuery()
{
    QTableView* table = m_dashboard->tableView();
    if (table->model()->rowCount() == 0)
        return false;
    table->selectRow(0);
    return true;
}

void MainWindow::refreshSummary()
{
    m_summaries.run(
        m_projectPath, [](ProjectStore& store) { return store.summary(); },
        [this, path = m_projectPath](const JobResult<ProjectSummary>& summary) {
            if (summary && path == m_projectPath)
                m_summaryModel->setSummary(*summary);
        });
}

} // namespace tare
