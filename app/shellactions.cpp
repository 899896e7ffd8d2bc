// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/shellactions.h"

#include "app/appsettings.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/jobs/jobtracker.h"
#include "core/util/tareerror.h"
#include "widgets/importdialog.h"
#include "widgets/settingsdialog.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace tare {

ShellActions::ShellActions(MainWindow* window, LanguageManager* languages)
    : QObject(window)
    , m_window(window)
    , m_languages(languages)
    , m_jobs(std::make_unique<JobTracker>(this, JobTracker::Policy::EveryResult))
{
    connect(window, &MainWindow::projectOpened, this, [](const QString& path) { AppSettings::addRecentProject(path); });
    // Ctrl+1 … Ctrl+9 show the pages in tab order, however many there are.
    for (int page = 0; page < 9; ++page) {
        auto* action = new QAction(window);
        const QString name = page < window->pages()->count() ? window->pages()->tabText(page).remove(QLatin1Char('&')) : QString();
        action->setText(name.isEmpty() ? tr("Show Page %1").arg(page + 1) : tr("Show the %1 Page").arg(name));
        action->setObjectName(QStringLiteral("showPage%1Action").arg(page + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] {
            if (page < m_window->pages()->count())
                m_window->showPage(page);
        });
        window->addAction(action);
    }

    WelcomePage* welcome = window->welcomePage();
    connect(welcome, &WelcomePage::sampleRequested, this, &ShellActions::trySample);
    connect(welcome, &WelcomePage::importRequested, this, [this](ImportDialog::Kind kind) { newProject([this, kind] { import(int(kind)); }); });
    connect(welcome, &WelcomePage::connectRequested, this, &ShellActions::showSettings);
    connect(welcome, &WelcomePage::openRequested, m_window, [this](const QString& path) { m_window->openProject(path); });
    connect(welcome, &WelcomePage::browseRequested, this, &ShellActions::chooseProject);
    connect(welcome, &WelcomePage::closeRequested, m_window, &MainWindow::showPages);
}

ShellActions::~ShellActions() = default;

void ShellActions::addFileMenu(QMenuBar* menuBar)
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));

    QAction* newAction = file->addAction(tr("&New Project…"), QKeySequence::New, this, [this] { newProject(); });
    newAction->setStatusTip(tr("Create an empty project file, then import data into it."));
    QAction* open = file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &ShellActions::chooseProject);
    open->setStatusTip(tr("Open an existing Tare project file."));

    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &ShellActions::fillRecentMenu);
    fillRecentMenu(); // so the menu is not empty-looking (disabled) before the first show

    QAction* sample = file->addAction(tr("Open &Sample Project"), this, [this] { m_window->openSampleProject(); });
    sample->setStatusTip(tr("The bundled sample datasets with the built-in embedder (created on first use)."));
    file->addSeparator();

    QMenu* imports = file->addMenu(tr("&Import"));
    imports->setObjectName(QStringLiteral("importMenu"));
    m_imports = imports;
    const struct
    {
        ImportDialog::Kind kind;
        QString text;
        QString tip;
        QKeySequence shortcut;
    } entries[] = {
        {ImportDialog::Kind::Beir, tr("&BEIR Folder…"), tr("corpus.jsonl, queries.jsonl and qrels/<split>.tsv (the MTEB retrieval layout)."),
         QKeySequence(Qt::CTRL | Qt::Key_I)},
        {ImportDialog::Kind::Classification, tr("&Classification Table…"), tr("CSV, TSV or JSON lines with a text and a label column: one query per label."),
         {}},
        {ImportDialog::Kind::Qrels, tr("TREC &Qrels…"), tr("Relevance labels for an existing dataset (qid 0 docid grade)."), {}},
        {ImportDialog::Kind::Vectors, tr("&Vectors…"), tr("Precomputed embeddings (.npy with an id list, or JSON lines)."), {}},
    };
    for (const auto& entry : entries) {
        QAction* action = imports->addAction(entry.text, this, [this, kind = entry.kind] { import(int(kind)); });
        action->setShortcut(entry.shortcut);
        action->setStatusTip(entry.tip);
        action->setToolTip(entry.tip);
    }
    file->addSeparator();

    QAction* report = file->addAction(tr("&Export Report…"), m_window, &MainWindow::exportReport);
    report->setStatusTip(tr("Write the selected run (or the experiment shown) as an HTML, Markdown or CSV report."));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &ShellActions::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Endpoints, models, API key source and language."));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);
}

QMenu* ShellActions::addHelpMenu(QMenuBar* menuBar)
{
    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* welcome = help->addAction(tr("&Welcome"), m_window, &MainWindow::showWelcome);
    welcome->setStatusTip(tr("The first page: try the sample, import your data, connect a model, recent projects."));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &ShellActions::showShortcuts);
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    shortcuts->setShortcutContext(Qt::ApplicationShortcut);
    shortcuts->setStatusTip(tr("Every keyboard shortcut of the window."));
    help->addSeparator();
    help->addAction(tr("&About Tare"), this, [this] { QMessageBox::about(m_window, tr("About Tare"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    return help;
}

QString ShellActions::aboutText()
{
    return tr("<h3>Tare %1</h3>"
              "<p>A workbench for LLM-guided, test-time refinement of query embeddings.</p>"
              "<p>It implements the method of <i>Task-Adaptive Embedding Refinement via Test-time LLM Guidance</i> "
              "(Gera et al., 2026).</p>"
              "<p>Tare is free software under the MIT licence. It uses:</p>"
              "<ul>"
              "<li>Qt %2 — GNU LGPL v3</li>"
              "<li>Eigen — Mozilla Public License 2.0</li>"
              "<li>SQLite — public domain</li>"
              "<li>libcurl — curl licence (MIT/X style)</li>"
              "<li>QtKeychain — BSD 3-clause licence</li>"
              "</ul>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}

void ShellActions::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), {}, tr("Tare projects (*.tare);;All files (*)"));
    if (!path.isEmpty())
        m_window->openProject(path);
}

void ShellActions::newProject(const std::function<void()>& afterCreate)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"), {}, tr("Tare projects (*.tare)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tare");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_window->projectPath()).absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("New Project"), tr("%1 is the open project; choose another file name.").arg(path));
        return;
    }
    // The file dialog asked whether to replace an existing file: a new project starts empty.
    const bool replace = QFileInfo::exists(path);
    m_jobs->run(
        [path, replace] {
            if (replace) {
                for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                    QFile file(path + suffix);
                    if (file.exists() && !file.remove())
                        throw TareError(TareError::Kind::Io, tr("%1: cannot replace: %2").arg(file.fileName(), file.errorString()));
                }
            }
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        },
        [this, path, afterCreate](const JobResult<void>& outcome) {
            if (!outcome.ok()) {
                QMessageBox::warning(m_window, tr("New Project"), outcome.error());
                return;
            }
            if (afterCreate)
                whenOpened(path, afterCreate);
            m_window->openProject(path);
            m_window->statusBar()->showMessage(tr("Created %1; import data with File ▸ Import.").arg(path));
        });
}

void ShellActions::whenOpened(const QString& path, const std::function<void()>& then)
{
    // The next open that ends decides, whichever project it was: `once` goes with it and takes
    // both connections along.
    auto* once = new QObject(this);
    connect(m_window, &MainWindow::projectLoaded, once, [once, path, then](const QString& loaded) {
        once->deleteLater();
        if (loaded == path)
            then();
    });
    connect(m_window, &MainWindow::projectFailed, once, [once] { once->deleteLater(); });
}

void ShellActions::trySample()
{
    whenOpened(MainWindow::sampleProjectPath(), [this] {
        if (m_window->shownRun() == 0)
            m_window->startRun();
    });
    m_window->openSampleProject();
}

void ShellActions::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ShellActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList paths = AppSettings::recentProjects();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        QAction* action = m_recent->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()),
                                              this, [this, path] { m_window->openProject(path); });
        action->setStatusTip(path);
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (paths.isEmpty()) {
        m_recent->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    m_recent->addAction(tr("&Clear List"), this, [] { AppSettings::clearRecentProjects(); });
}

QList<QAction*> ShellActions::importActions() const
{
    return m_imports ? m_imports->actions() : QList<QAction*>();
}

void ShellActions::import(int kind, const QString& datasetName)
{
    const QString project = m_window->projectPath();
    if (project.isEmpty()) {
        QMessageBox::information(m_window, tr("Import"), tr("Open or create a project first (File ▸ New Project)."));
        return;
    }
    auto* dialog = new ImportDialog(ImportDialog::Kind(kind), project, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!datasetName.isEmpty())
        dialog->setDatasetName(datasetName);
    QStringList datasets;
    for (const DatasetInfo& dataset : m_window->projectSummary().datasets)
        datasets.append(dataset.name);
    dialog->setDatasetChoices(datasets);
    connect(dialog, &ImportDialog::importFinished, this, [this, dialog, project] {
        m_window->statusBar()->showMessage(dialog->statusText());
        m_window->openProject(project); // shows what was imported
    });
    dialog->open();
}

void ShellActions::showSettings()
{
    const WorkbenchSettings before = AppSettings::load();
    SettingsDialog dialog(before, m_languages ? m_languages->availableLanguages() : QStringList(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkbenchSettings after = dialog.settings();
    AppSettings::save(after);
    m_window->applySettings(after);
    if (after.language != before.language && m_languages) {
        m_languages->install(after.language);
        m_window->statusBar()->showMessage(tr("The language changes fully at the next start."));
    } else {
        m_window->statusBar()->showMessage(tr("Settings saved."));
    }
}

} // namespace tare
