// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace tare {

class ProjectOverviewWidget;
class ProjectSummaryModel;

/// The workbench window: menus and the project page. A wiring class: project files are opened on
/// a worker thread (QtConcurrent) and the results handed to the models on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& sampleDataDir, QWidget* parent = nullptr);

    /// Opens a project file in the background; with createSample, creates it from sample_data.
    void openProject(const QString& path, bool createSample = false);
    /// The default project: sample.tare in the user's data folder, created on first start.
    static QString sampleProjectPath();

Q_SIGNALS:
    void projectLoaded(const QString& path);
    void projectFailed(const QString& message);

private:
    void chooseProject();

    QString m_sampleDataDir;
    ProjectSummaryModel* m_summaryModel;
    ProjectOverviewWidget* m_overview;
};

} // namespace tare
