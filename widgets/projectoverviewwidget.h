// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTreeView;

namespace tare {

class ProjectSummaryModel;

/// The project page: a heading with the project's path and totals, the tree of datasets and
/// their embedding spaces (kind, dimension, counts, templates) from a ProjectSummaryModel, and
/// what can be done with them: import data, edit a dataset's properties, create an embedding space,
/// rename or delete the selected space (buttons, the context menu, F2 and Delete). Lays out and forwards intent only;
/// GUI thread.
class ProjectOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectOverviewWidget(ProjectSummaryModel* model, QWidget* parent = nullptr);

    /// Shown instead of the tree while a project loads or when it failed to open.
    void showMessage(const QString& message);

    /// The dataset of the selected row (a dataset, or a space's dataset); 0 when nothing is selected.
    qint64 selectedDataset() const;
    /// The selected space; 0 when no space is selected.
    qint64 selectedSpace() const;
    /// Selects a space's row (after it was created or renamed); false when it is not listed.
    bool selectSpace(qint64 spaceId);
    QTreeView* treeView() const { return m_tree; }
    /// The Import button's menu: File ▸ Import's actions, given by the window.
    void setImportActions(const QList<QAction*>& actions);

Q_SIGNALS:
    void datasetActivated(qint64 datasetId);
    void newSpaceRequested(qint64 datasetId);
    void datasetPropertiesRequested(qint64 datasetId);
    void renameSpaceRequested(qint64 spaceId);
    void deleteSpaceRequested(qint64 spaceId);
    void selectionChanged();

private:
    void updateHeading();
    void updateButtons();
    void showContextMenu(const QPoint& position);

    ProjectSummaryModel* m_model;
    QLabel* m_heading;
    QTreeView* m_tree;
    QPushButton* m_import;
    QMenu* m_importMenu;
    QPushButton* m_properties;
    QPushButton* m_newSpace;
    QPushButton* m_renameSpace;
    QPushButton* m_deleteSpace;
    QAction* m_renameAction;
    QAction* m_deleteAction;
};

} // namespace tare
