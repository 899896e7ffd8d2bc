// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/shellactions.h"

#include "app/appsettings.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "widgets/importdialog.h"
#include "widgets/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
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
    , m_creations(this, JobTracker::Policy::EveryResult)
{
    connect(window, &MainWindow::projectLoaded, this, [](const QString& path) { AppSettings::addRecentProject(path); });
    // Ctrl+1 … Ctrl+9 show the pages in tab order, however many there are.
    for (int page = 0; page < 9; ++page) {
        auto* action = new QAction(window);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] {
            if (page < m_window->pages()->count())
                m_window->pages()->setCurrentIndex(page);
        });
        window->addAction(action);
    }
}

void ShellActions::install()
{
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QMenu* file = menus.isEmpty() ? nullptr : menus.first()->menu();
    QMenu* help = menus.isEmpty() ? nullptr : menus.last()->menu();
    if (!file || !help)
        return;
    // File: New, Open, Open Recent, Import, … Settings, Quit (the window's own actions stay where they are).
    const QList<QAction*> original = file->actions();
    QMenu scratch;
    addNewAction(&scratch);
    addRecentAndImportMenus(&scratch);
    addSettingsAction(&scratch);
    const QList<QAction*> ours = scratch.actions();
    file->insertAction(original.value(0), ours[0]);
    file->insertActions(original.value(1), {ours[1], ours[2]});
    QAction* lastSeparator = nullptr;
    for (QAction* action : original) {
        if (action->isSeparator())
            lastSeparator = action;
    }
    file->insertAction(lastSeparator, ours[3]);
    addAboutAction(help);
}

void ShellActions::addNewAction(QMenu* file)
{
    QAction* action = file->addAction(tr("&New Project…"), QKeySequence::New, this, &ShellActions::newProject);
    action->setStatusTip(tr("Create an empty project file, then import data into it."));
}

void ShellActions::addRecentAndImportMenus(QMenu* file)
{
    m_recent = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &QMenu::aboutToShow, this, &ShellActions::fillRecentMenu);
    fillRecentMenu(); // so the menu is not empty-looking (disabled) before the first show

    QMenu* imports = file->addMenu(tr("&Import"));
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
}

void ShellActions::addSettingsAction(QMenu* menu)
{
    QAction* action = menu->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &ShellActions::showSettings);
    action->setMenuRole(QAction::PreferencesRole);
    action->setStatusTip(tr("Endpoints, models, API key source and language."));
}

void ShellActions::addAboutAction(QMenu* help)
{
    help->addAction(tr("&About Tare"), this, [this] { QMessageBox::about(m_window, tr("About Tare"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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

void ShellActions::newProject()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"), {}, tr("Tare projects (*.tare)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tare");
    // The job's own connection creates the file (schema and all) on the worker.
    m_creations.run(
        JobProject(path, ProjectStore::OpenMode::CreateIfMissing), [](ProjectStore&) {},
        [this, path](const JobResult<void>& created) {
            if (!created) {
                QMessageBox::warning(m_window, tr("New Project"), created.error());
                return;
            }
            m_window->openProject(path);
            m_window->statusBar()->showMessage(tr("Created %1; import data with File ▸ Import.").arg(path));
        });
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

void ShellActions::import(int kind)
{
    const QString project = m_window->projectPath();
    if (project.isEmpty()) {
        QMessageBox::information(m_window, tr("Import"), tr("Open or create a project first (File ▸ New Project)."));
        return;
    }
    auto* dialog = new ImportDialog(ImportDialog::Kind(kind), project, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this, dialog, project] {
        m_window->statusBar()->showMessage(dialog->statusText());
        m_window->openProject(project); // shows what was imported
    });
    dialog->open();
}

void ShellActions::showSettings()
{
    const WorkbenchSettings before = AppSettings::load();
    SettingsDialog dialog(before, m_languages->availableLanguages(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkbenchSettings after = dialog.settings();
    AppSettings::save(after);
    m_window->applySettings(after);
    if (after.language != before.language) {
        m_languages->install(after.language);
        m_window->statusBar()->showMessage(tr("The language changes fully at the next start."));
    } else {
        m_window->statusBar()->showMessage(tr("Settings saved."));
    }
}

} // namespace tare
