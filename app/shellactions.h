// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QMenuBar;

namespace tare {

class JobTracker;
class LanguageManager;
class MainWindow;

/// The application shell around the workbench's pages: the File menu (New, Open, Open Recent,
/// Open Sample, Import ▸ each import a dialog, Export Report, Settings, Quit), the Help menu
/// (Welcome, Keyboard Shortcuts, About), the welcome page's three ways in (try the sample,
/// import your data, connect a model) and the shortcuts that switch pages (Ctrl+1 … Ctrl+9).
/// Kept out of MainWindow so that the window stays a wiring class. GUI thread; a child of the window.
class ShellActions : public QObject
{
    Q_OBJECT

public:
    ShellActions(MainWindow* window, LanguageManager* languages);
    ~ShellActions() override;

    /// Adds the File menu to the menu bar (the window adds its own menus after it).
    void addFileMenu(QMenuBar* menuBar);
    /// Adds the Help menu to the menu bar and returns it (the window adds its own entries).
    QMenu* addHelpMenu(QMenuBar* menuBar);

    /// File ▸ New Project: asks for a file name, creates the project there and opens it; then
    /// `afterCreate` (e.g. an import dialog) when given.
    void newProject(const std::function<void()>& afterCreate = {});
    /// File ▸ Import ▸ …: the import dialog of that ImportDialog::Kind for the open project,
    /// with a dataset name filled in when given.
    void import(int kind, const QString& datasetName = {});
    /// File ▸ Import's entries (the Project page offers them too).
    QList<QAction*> importActions() const;
    /// File ▸ Settings…: the settings dialog; saved and applied when accepted.
    void showSettings();
    /// Welcome ▸ Try the sample: opens the sample project and, when it shows no run yet, runs
    /// the dashboard's default run (gold labels) so that a finished run is there to explore.
    void trySample();
    /// Help ▸ Keyboard Shortcuts (F1, Ctrl+?): every shortcut of the window, from its actions.
    void showShortcuts();

    /// The About box's text: version, the paper, the licences of the dependencies.
    static QString aboutText();

private:
    void chooseProject();
    /// Calls `then` when the next project open that ends is `path` opening successfully.
    void whenOpened(const QString& path, const std::function<void()>& then);
    void fillRecentMenu();

    MainWindow* m_window;
    LanguageManager* m_languages;
    QMenu* m_recent = nullptr;
    QMenu* m_imports = nullptr;
    std::unique_ptr<JobTracker> m_jobs; ///< creating project files
};

} // namespace tare
