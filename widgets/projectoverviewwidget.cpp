// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/projectoverviewwidget.h"

#include "core/models/projectsummarymodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tare {

ProjectOverviewWidget::ProjectOverviewWidget(ProjectSummaryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ProjectSummaryModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ProjectSummaryModel::KindColumn, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectOverviewWidget::updateHeading);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(ProjectSummaryModel::IsSpaceRole).toBool())
            Q_EMIT datasetActivated(index.data(ProjectSummaryModel::IdRole).toLongLong());
    });
    updateHeading();
}

void ProjectOverviewWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
}

void ProjectOverviewWidget::updateHeading()
{
    const auto& summary = m_model->summary();
    if (summary.path.isEmpty()) {
        m_heading->setText(tr("No project open."));
        return;
    }
    m_heading->setText(tr("%1 — %n dataset(s), %2 run(s), %3 judgment(s)", nullptr, int(summary.datasets.size()))
                           .arg(QFileInfo(summary.path).fileName())
                           .arg(summary.runCount)
                           .arg(summary.judgmentCount));
    m_tree->expandAll();
    for (int column = ProjectSummaryModel::DocumentsColumn; column < ProjectSummaryModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
}

} // namespace tare
