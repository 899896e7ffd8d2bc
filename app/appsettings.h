// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judgefactory.h"
#include "widgets/settingsdialog.h"

#include <QStringList>

namespace tare {

/// The workbench's persistent settings in QSettings (~/.config/Tare/tare.conf): the settings
/// dialog's values and the recently opened projects. Never an API key: only its source. GUI thread.
class AppSettings
{
public:
    static constexpr int s_maxRecentProjects = 10;

    /// Names the application for QSettings and QStandardPaths (organisation "Tare", domain
    /// tare.org, application "tare", the build's version): settings go to ~/.config/Tare/tare.conf
    /// and data (the sample project) to ~/.local/share/Tare/tare. Settings an older build left in
    /// "~/.config/Unknown Organization/tare.conf" are carried over once. Call after the
    /// QApplication exists.
    static void setUpApplication();

    static WorkbenchSettings load();
    static void save(const WorkbenchSettings& settings);
    /// How runs reach an HTTP judge with these settings (key source, concurrency, timeouts,
    /// max_completion_tokens); the endpoint and model go into RunSettings.
    static RemoteJudgeSettings judgeConnection(const WorkbenchSettings& settings);

    /// Most recent first, at most s_maxRecentProjects.
    static QStringList recentProjects();
    /// Moves (or adds) `path` to the front of the list.
    static void addRecentProject(const QString& path);
    static void clearRecentProjects();
};

} // namespace tare
