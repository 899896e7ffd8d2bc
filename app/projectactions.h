// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QObject>

#include <memory>

class QAction;
class QMenuBar;

namespace tare {

class JobTracker;
class MainWindow;
class NewSpaceDialog;
class ProjectOverviewWidget;
class ProjectSummaryModel;

/// The Project menu and the Project page's actions: a dataset's properties (its task), and
/// embedding spaces — New Embedding Space, Rename and Delete, also from the page's buttons,
/// context menu and keys. Opens the dialogs, asks before a delete (naming the runs and experiments
/// that go with the space), does the store work on a worker with its own connection and reloads
/// the project afterwards. GUI thread; a child of the window.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(MainWindow* window, ProjectOverviewWidget* overview, ProjectSummaryModel* summary);
    ~ProjectActions() override;

    /// Adds the Project menu to the menu bar.
    void addProjectMenu(QMenuBar* menuBar);

    /// The new-space dialog for a dataset (0: the first); endpoint spaces start from the
    /// project's model template table.
    void newSpace(qint64 datasetId);
    /// The dataset's properties (instruction, task type, document join); stored when changed.
    void editDataset(qint64 datasetId);
    /// Asks for a new name, then renames.
    void renameSpace(qint64 spaceId);
    /// Asks, naming what goes with the space, then deletes it in one transaction.
    void deleteSpace(qint64 spaceId);

Q_SIGNALS:
    /// The new-space dialog hands imported vectors on to the import dialog.
    void importVectorsRequested(const QString& datasetName);
    /// The new-space dialog wants the settings dialog (an endpoint or a model is missing).
    void settingsRequested();
    /// A dataset or space changed (a status line).
    void projectChanged(const QString& message);

private:
    /// What the delete confirmation names, read on a worker.
    struct SpaceFacts
    {
        SpaceInfo space;
        QString datasetName;
        SpaceUsage usage;
    };

    void updateActions();
    /// Asks, naming the vectors, runs and experiments that go with the space.
    bool confirmDelete(const SpaceFacts& facts);
    void removeSpace(const QString& path, qint64 spaceId, const QString& name, qint64 runs);
    /// Reopens the project so that every page sees the change; then selects `spaceId` (0: none).
    void reload(const QString& path, const QString& message, qint64 spaceId);

    MainWindow* m_window;
    ProjectOverviewWidget* m_overview;
    ProjectSummaryModel* m_summary;
    QAction* m_properties = nullptr;
    QAction* m_new = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    std::unique_ptr<JobTracker> m_jobs; ///< reads and writes of spaces, in the order asked
};

} // namespace tare
