// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "app/appsettings.h"
#include "app/hydespacecommand.h"
#include "app/projectactions.h"
#include "app/runcoordinator.h"
#include "app/shellactions.h"
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/jobs/jobtracker.h"
#include "core/models/projectsummarymodel.h"
#include "core/models/queryresultsmodel.h"
#include "core/models/runlistmodel.h"
#include "core/report/reportwriter.h"
#include "core/teach/lessonrun.h"
#include "core/util/tareerror.h"
#include "widgets/annotationqueuewidget.h"
#include "widgets/comparewidget.h"
#include "widgets/corpusbrowserwidget.h"
#include "widgets/experimentwidget.h"
#include "widgets/gridwidget.h"
#include "widgets/explanationwidget.h"
#include "widgets/feedbackinspectorwidget.h"
#include "widgets/importdialog.h"
#include "widgets/projectoverviewwidget.h"
#include "widgets/queryinspectorwidget.h"
#include "widgets/querynavigator.h"
#include "widgets/querypickerwidget.h"
#include "widgets/rundashboardwidget.h"
#include "widgets/runformwidget.h"
#include "widgets/runlistwidget.h"
#include "widgets/runspage.h"
#include "widgets/trajectorywidget.h"
#include "widgets/tsvtableview.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace tare {

namespace {

/// What the background loader hands to the GUI thread.
struct LoadResult
{
    ProjectSummary summary;
    qint64 preferredSpaceId = 0; ///< the space the run form starts with (0: the first)
};

/// Runs on a worker thread with the job's own connection; a newer open request stops the
/// sample's first fit through `token`.
LoadResult loadProject(ProjectStore& store, bool createSample, const QString& sampleDir, const JobToken& token)
{
    LoadResult result;
    if (createSample) {
        if (sampleDir.isEmpty())
            throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::MainWindow", "the sample_data folder was not found"));
        SampleProject::ensureImported(store, sampleDir);
        // The built-in embedder, fitted once, as `tare-cli demo` does.
        LsaSpaceBuilder::Options lsa;
        lsa.sink.cancelled = token;
        for (const DatasetInfo& dataset : store.datasets().all()) {
            if (!store.spaces().byName(dataset.id, QStringLiteral("lsa")))
                LsaSpaceBuilder::build(store, dataset.id, lsa);
        }
    }
    // The form's first choice: nuance/lsa when present (the sample), else the first space.
    for (const DatasetInfo& dataset : store.datasets().all()) {
        if (dataset.name != u"nuance")
            continue;
        if (const auto lsa = store.spaces().byName(dataset.id, QStringLiteral("lsa")))
            result.preferredSpaceId = lsa->id;
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
    , m_navigator(new QueryNavigator(this))
    , m_navigatorUpdate(new QTimer(this))
{
    setWindowTitle(tr("Tare"));
    m_runsPage = new RunsPage(new RunListModel(this), this);
    m_runCoordinator = new RunCoordinator(m_runsPage, m_dashboard, m_queryModel, this);
    m_feedback = new FeedbackInspectorWidget(this);
    m_trajectory = new TrajectoryWidget(this);
    m_compare = new CompareWidget(this);
    m_corpus = new CorpusBrowserWidget(this);
    m_explanation = new ExplanationWidget(this);
    m_experiments = new ExperimentWidget(this);
    m_pages->addTab(m_overview, tr("Project"));
    m_pages->addTab(m_runsPage, tr("Runs"));
    m_pages->addTab(m_dashboard, tr("Run dashboard"));
    m_pages->addTab(withQueryPicker(m_inspector), tr("Query inspector"));
    m_pages->addTab(withQueryPicker(m_feedback), tr("Feedback"));
    m_pages->addTab(withQueryPicker(m_trajectory), tr("Trajectory"));
    m_pages->addTab(m_compare, tr("Compare"));
    m_pages->addTab(m_corpus, tr("Corpus"));
    m_pages->addTab(withQueryPicker(m_explanation), tr("Explain"));
    m_pages->addTab(m_experiments, tr("Experiments"));
    m_annotate = new AnnotationQueueWidget(this);
    m_pages->addTab(m_annotate, tr("Annotate"));
    m_pages->setDocumentMode(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->tabBar()->setObjectName(QStringLiteral("pageTabs"));
    m_pages->tabBar()->setAccessibleName(tr("Pages"));
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->setAccessibleName(tr("Menu bar"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_pages);
    setCentralWidget(m_central);
    for (int page = 0; page < m_pages->count(); ++page)
        m_pages->widget(page)->setAccessibleName(m_pages->tabText(page));
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
    run->addAction(m_runsPage->form()->runAction());
    run->addAction(m_dashboard->pauseAction());
    run->addAction(m_dashboard->cancelAction());
    run->addSeparator();
    run->addAction(tr("Run &List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                   [this] { showPage(RunListPage); m_runsPage->list()->tableView()->setFocus(); })
        ->setStatusTip(tr("Every run of the project: open one, use its settings, rename or delete it."));
    run->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this, [this] { showPage(DashboardPage); })
        ->setStatusTip(tr("The run shown: is it helping, its curves and its queries."));
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    go->addAction(m_navigator->previousAction());
    go->addAction(m_navigator->nextAction());
    addAction(m_navigator->previousAction()); // the shortcuts work on every page
    addAction(m_navigator->nextAction());
    QMenu* annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->setObjectName(QStringLiteral("annotateMenu"));
    annotate->addAction(tr("Annotation &Queue"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] { showPage(AnnotatePage); })
        ->setStatusTip(tr("Label the judged documents of the run shown where the judge, gold or people disagree."));
    annotate->addAction(m_annotate->reRefineAction());
    annotate->addAction(m_annotate->nextQueryAction());
    annotate->addAction(m_annotate->previousQueryAction());
    annotate->addAction(m_annotate->exportAction());
    QMenu* help = m_shell->addHelpMenu(menuBar());
    auto* lesson = new QAction(tr("&Lesson: How Refinement Works"), this);
    lesson->setObjectName(QStringLiteral("lessonAction"));
    lesson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    lesson->setStatusTip(tr("Plays a refinement on the bundled teaching dataset with captions that explain each part."));
    connect(lesson, &QAction::triggered, this, &MainWindow::startLesson);
    help->insertAction(help->actions().value(1), lesson); // after Welcome

    connect(m_runsPage->form(), &RunFormWidget::runRequested, this, [this] { m_pages->setCurrentWidget(m_dashboard); });
    connect(m_runCoordinator, &RunCoordinator::message, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_runCoordinator, &RunCoordinator::runShown, this, &MainWindow::runShown);
    connect(m_runCoordinator, &RunCoordinator::runFinished, this, [this](RunStatus status) {
        refreshSummary();
        m_compare->setProject(m_projectPath); // the new run becomes comparable
        Q_EMIT runFinished(status);
    });
    connect(m_runCoordinator, &RunCoordinator::runDeleted, this, [this](qint64) {
        m_compare->setProject(m_projectPath);
        refreshSummary();
    });
    // The project counts as loaded once its newest run is shown (or it has none).
    connect(m_runCoordinator, &RunCoordinator::projectReady, this, [this] { Q_EMIT projectLoaded(m_projectPath); });
    connect(m_runsPage->list(), &RunListWidget::openRequested, this, [this] { m_pages->setCurrentWidget(m_dashboard); });

    // One query selection for every per-query page, in the order of the dashboard's table.
    m_navigatorUpdate->setSingleShot(true);
    m_navigatorUpdate->setInterval(100);
    connect(m_navigatorUpdate, &QTimer::timeout, this, &MainWindow::updateNavigatorQueries);
    auto* tableModel = m_dashboard->tableView()->model();
    const auto scheduleNavigatorUpdate = [this] { m_navigatorUpdate->start(); };
    connect(tableModel, &QAbstractItemModel::modelReset, this, scheduleNavigatorUpdate);
    connect(tableModel, &QAbstractItemModel::layoutChanged, this, scheduleNavigatorUpdate);
    connect(tableModel, &QAbstractItemModel::rowsInserted, this, scheduleNavigatorUpdate);
    connect(tableModel, &QAbstractItemModel::rowsRemoved, this, scheduleNavigatorUpdate);
    connect(m_dashboard, &RunDashboardWidget::querySelected, this, [this](qint64 runId, qint64 queryId) {
        if (m_navigator->runId() != runId || m_navigator->model()->rowOf(queryId) < 0)
            updateNavigatorQueries(); // a live run's newest rows may not be listed yet
        m_navigator->setCurrent(runId, queryId);
    });
    connect(m_dashboard, &RunDashboardWidget::queryActivated, this, [this](qint64 runId, qint64 queryId) {
        m_navigator->setCurrent(runId, queryId);
        m_pages->setCurrentWidget(m_pages->widget(InspectorPage));
    });
    connect(m_navigator, &QueryNavigator::currentChanged, this, [this](qint64 runId, qint64 queryId) {
        if (queryId == 0)
            return;
        m_dashboard->selectQuery(queryId);
        m_inspector->inspect(m_projectPath, runId, queryId);
        showSelectionInCurrentPage();
    });
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::showSelectionInCurrentPage);
    connect(m_dashboard->tableView(), &QTableView::activated, this, [this] { m_pages->setCurrentWidget(m_pages->widget(InspectorPage)); });
    connect(m_inspector, &QueryInspectorWidget::inspectionShown, this, &MainWindow::queryInspected);
    connect(m_trajectory, &TrajectoryWidget::trajectoryShown, this, [this](qint64 runId, qint64 queryId) {
        // A query chosen in the lesson's own list: the pickers follow it.
        if (m_trajectory->isLesson() && runId == m_navigator->runId() && queryId != m_navigator->currentQuery()) {
            m_shownSelection.insert(m_trajectory, {runId, queryId});
            m_navigator->setCurrent(runId, queryId);
        }
    });
    connect(m_feedback, &FeedbackInspectorWidget::reRefineStored, this, [this](qint64 feedbackRunId) {
        m_compare->setProject(m_projectPath); // the human feedback run becomes comparable
        m_runCoordinator->refreshList();
        statusBar()->showMessage(tr("Re-refined query stored in run %1").arg(feedbackRunId));
    });
    connect(m_experiments, &ExperimentWidget::experimentFinished, m_runCoordinator, &RunCoordinator::refreshList);
    connect(m_experiments->gridWidget(), &GridWidget::gridFinished, m_runCoordinator, &RunCoordinator::refreshList);
    connect(m_annotate, &AnnotationQueueWidget::annotatorChosen, this,
            [](const QString& name) { QSettings().setValue(QStringLiteral("annotation/annotator"), name); });
    connect(m_annotate, &AnnotationQueueWidget::reRefined, this, [this](const ReRefineChange& change) {
        m_compare->setProject(m_projectPath); // the human feedback run becomes comparable
        m_runCoordinator->refreshList();
        statusBar()->showMessage(tr("Re-refined query stored in run %1").arg(change.feedbackRunId));
    });
    connect(m_annotate, &AnnotationQueueWidget::compareRequested, this, [this](qint64 sourceRunId, qint64 feedbackRunId) {
        m_compare->compare(sourceRunId, feedbackRunId);
        m_pages->setCurrentWidget(m_compare);
    });

    // Clicks in charts open a run, a query of a run, or a document.
    connect(m_compare, &CompareWidget::queryActivated, this, &MainWindow::openQuery);
    connect(m_experiments, &ExperimentWidget::queryActivated, this, &MainWindow::openQuery);
    connect(m_experiments, &ExperimentWidget::runActivated, this, [this](qint64 runId) {
        showRun(runId);
        m_pages->setCurrentWidget(m_dashboard);
    });
    connect(m_explanation, &ExplanationWidget::documentActivated, this, [this](qint64, const QString& extId) {
        statusBar()->showMessage(tr("Document %1: its text and figures are selected in the table below the charts").arg(extId));
    });
    auto* hyde = new HydeSpaceCommand(this);
    connect(m_experiments, &ExperimentWidget::hydeSpaceRequested, this,
            [this, hyde](qint64 datasetId, qint64 spaceId) { hyde->build(m_projectPath, datasetId, spaceId); });
    connect(hyde, &HydeSpaceCommand::built, this, [this] {
        m_experiments->setProject(m_projectPath); // the HyDE methods can run now
        refreshSummary();
    });
    // The Runs page shows what is in the project now (runs made elsewhere, e.g. by tare-cli, too).
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_runsPage)
            m_runCoordinator->refreshList();
    });
    applySettings(AppSettings::load());
    statusBar()->showMessage(tr("Ready"));
}

QWidget* MainWindow::withQueryPicker(QWidget* page)
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QueryPickerWidget* picker = m_navigator->createPicker(tab);
    picker->setContentsMargins(8, 6, 8, 0);
    layout->addWidget(picker);
    layout->addWidget(page, 1);
    m_pageOf.insert(tab, page);
    return tab;
}

void MainWindow::updateNavigatorQueries()
{
    m_navigatorUpdate->stop();
    const QAbstractItemModel* table = m_dashboard->tableView()->model();
    QList<QueryNavigator::Entry> entries;
    entries.reserve(table->rowCount());
    for (int row = 0; row < table->rowCount(); ++row) {
        const qint64 queryId = table->index(row, 0).data(QueryResultsModel::QueryIdRole).toLongLong();
        const int source = m_queryModel->rowOfQuery(queryId);
        if (source >= 0)
            entries.append({queryId, m_queryModel->row(source).extId, m_queryModel->row(source).text});
    }
    m_navigator->setQueries(m_queryModel->runId(), entries);
}

void MainWindow::runShown(qint64 runId, qint64 datasetId)
{
    // The per-query pages showed a query of another run: they load the new selection on demand.
    m_shownSelection.clear();
    m_navigator->clear();
    updateNavigatorQueries();
    if (runId == 0)
        return;
    if (m_pendingQuery.first == runId) {
        // A lesson shows this query on the trajectory page already: the pickers follow, the page stays.
        const bool lesson = m_trajectory->lessonRun() == runId;
        if (lesson)
            m_shownSelection.insert(m_trajectory, m_pendingQuery);
        if (m_navigator->setCurrent(runId, m_pendingQuery.second) && !lesson)
            m_pages->setCurrentWidget(m_pages->widget(InspectorPage));
    }
    m_pendingQuery = {0, 0};
    if (datasetId != m_corpusDataset) {
        m_corpusDataset = datasetId;
        m_corpus->setProject(m_projectPath, datasetId, runId);
    } else {
        m_corpus->setRun(runId);
    }
}

void MainWindow::showRun(qint64 runId)
{
    m_runCoordinator->showRun(runId);
}

void MainWindow::openQuery(qint64 runId, qint64 queryId)
{
    if (runId == m_runCoordinator->shownRun() && m_navigator->setCurrent(runId, queryId)) {
        m_pages->setCurrentWidget(m_pages->widget(InspectorPage));
        return;
    }
    // Another run: show it first; runShown() selects the query then.
    m_pendingQuery = {runId, queryId};
    m_runCoordinator->showRun(runId);
}

void MainWindow::applySettings(const WorkbenchSettings& settings)
{
    m_runCoordinator->setJudgeEndpoint(settings.endpoint, settings.judgeModel);
    m_experiments->setJudgeEndpoint(settings.endpoint, settings.judgeModel);
    m_experiments->setJudgeConnection(AppSettings::judgeConnection(settings));
    RemoteJudgeSettings reasons = AppSettings::judgeConnection(settings); // "Why?" asks the judges' chat model
    reasons.endpoint = settings.endpoint;
    reasons.model = settings.judgeModel;
    m_annotate->setReasonConnection(reasons);
}

MainWindow::~MainWindow()
{
    delete m_runCoordinator; // cancels a run in flight and joins its thread before the models go
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
    return m_runCoordinator->isRunning() || m_experiments->isRunning();
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
            resetPages();
            m_summaryModel->setSummary(result.summary);
            m_corpusDataset = 0;
            m_runCoordinator->setProject(path, result.summary, result.preferredSpaceId);
            m_compare->setProject(path);
            m_experiments->setProject(path);
            if (!reopened)
                m_pages->setCurrentWidget(result.summary.spaces.isEmpty() ? static_cast<QWidget*>(m_overview) : m_dashboard);
            showPages();
            m_welcome->showStatus(QString());
            setWindowTitle(tr("%1 — Tare").arg(QFileInfo(path).fileName()));
            statusBar()->showMessage(tr("Opened %1").arg(path));
            Q_EMIT projectOpened(path);
        });
}

void MainWindow::resetPages()
{
    m_shownSelection.clear();
    m_inspector->clear();
    m_feedback->clear();
    m_trajectory->clear();
    m_explanation->clear();
}

bool MainWindow::startRun()
{
    const bool started = m_runCoordinator->startRun();
    if (started)
        m_pages->setCurrentWidget(m_dashboard);
    return started;
}

void MainWindow::showSelectionInCurrentPage()
{
    QWidget* page = m_pageOf.value(m_pages->currentWidget(), m_pages->currentWidget());
    if (page == m_annotate) {
        // The queue spans the run shown; a new query of the same run keeps the person's place.
        const qint64 runId = m_navigator->runId() ? m_navigator->runId() : m_queryModel->runId();
        if (runId != 0 && m_shownSelection.value(page).first != runId) {
            m_annotate->showRun(m_projectPath, runId, QSettings().value(QStringLiteral("annotation/annotator")).toString());
            m_shownSelection.insert(page, {runId, 0});
        }
        return;
    }
    const QPair<qint64, qint64> selection{m_navigator->runId(), m_navigator->currentQuery()};
    const auto [runId, queryId] = selection;
    if (runId == 0 || queryId == 0 || m_shownSelection.value(page) == selection)
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
    m_shownSelection.insert(page, selection);
}

void MainWindow::exportReport()
{
    const qint64 experimentId = m_pages->currentWidget() == m_experiments ? m_experiments->shownExperiment() : 0;
    const qint64 runId = m_runCoordinator->shownRun();
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

void MainWindow::startLesson()
{
    if (m_projectPath.isEmpty()) {
        QMessageBox::information(this, tr("Lesson: How Refinement Works"), tr("Open a project first (the sample project will do)."));
        return;
    }
    statusBar()->showMessage(tr("Preparing the lesson (teaching dataset, built-in embedder, one run)…"));
    const QString path = m_projectPath;
    const QString sampleDir = m_sampleDataDir;
    m_lessons.run(
        JobProject(path), [sampleDir](ProjectStore& store) { return LessonRun::prepare(store, sampleDir); },
        [this, path](const JobResult<LessonRun>& lesson) {
            if (path != m_projectPath)
                return;
            if (!lesson) {
                statusBar()->showMessage(tr("The lesson could not start: %1").arg(lesson.error()));
                return;
            }
            // The trajectory page counts the query selected elsewhere as shown: opening the page
            // keeps the lesson; choosing another query leaves it.
            m_shownSelection.insert(m_trajectory, {m_navigator->runId(), m_navigator->currentQuery()});
            showPage(TrajectoryPage);
            m_trajectory->setLesson(path, lesson->runId, lesson->queries); // on screen: the keys go to it
            m_compare->setProject(path); // the lesson run is a run like any other
            m_runCoordinator->refreshList();
            // The query pickers list the queries of the run the page shows: the window shows the
            // lesson run (runShown() then selects the lesson's query, on this page).
            m_pendingQuery = {lesson->runId, lesson->queries.first().id};
            m_runCoordinator->showRun(lesson->runId);
            statusBar()->showMessage(tr("Lesson: run %1 on the teaching dataset; Space plays and pauses").arg(lesson->runId));
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
