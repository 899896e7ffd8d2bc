// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace tare {

class ProjectSummaryModel;

/// The project page: a heading with the project's path and totals, and the tree of datasets and
/// embedding spaces from a ProjectSummaryModel. Lays out and formats only; GUI thread.
class ProjectOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectOverviewWidget(ProjectSummaryModel* model, QWidget* parent = nullptr);

    /// Shown instead of the tree while a project loads or when it failed to open.
    void showMessage(const QString& message);

Q_SIGNALS:
    void datasetActivated(qint64 datasetId);

private:
    void updateHeading();

    ProjectSummaryModel* m_model;
    QLabel* m_heading;
    QTreeView* m_tree;
};

} // namespace tare
