// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jobs/jobtracker.h"

#include <QObject>

class QMenu;

namespace tare {

class LanguageManager;
class MainWindow;

/// The application shell around the workbench's pages: File ▸ New, Open Recent and Import (each
/// import a dialog), Settings, About, and shortcuts to switch pages (Ctrl+1 … Ctrl+9). Kept out
/// of MainWindow so that the window stays a wiring class. GUI thread; a child of the window.
class ShellActions : public QObject
{
    Q_OBJECT

public:
    ShellActions(MainWindow* window, LanguageManager* languages);

    /// Adds the actions to the window's File and Help menus (the first and the last menu).
    void install();

    /// File ▸ New Project (Ctrl+N).
    void addNewAction(QMenu* file);
    /// File ▸ Open Recent and File ▸ Import.
    void addRecentAndImportMenus(QMenu* file);
    /// Settings… (Ctrl+,).
    void addSettingsAction(QMenu* menu);
    /// Help ▸ About Tare.
    void addAboutAction(QMenu* help);

    /// The About box's text: version, the paper, the licences of the dependencies.
    static QString aboutText();

private:
    void newProject();
    void fillRecentMenu();
    void import(int kind);
    void showSettings();

    MainWindow* m_window;
    LanguageManager* m_languages;
    QMenu* m_recent = nullptr;
    JobTracker m_creations; ///< new project files, made on a worker
};

} // namespace tare
