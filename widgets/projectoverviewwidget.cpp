// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/projectoverviewwidget.h"

#include "core/models/projectsummarymodel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tare {

ProjectOverviewWidget::ProjectOverviewWidget(ProjectSummaryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_import(new QPushButton(tr("&Import Data"), this))
    , m_importMenu(new QMenu(m_import))
    , m_properties(new QPushButton(tr("Dataset &Properties…"), this))
    , m_newSpace(new QPushButton(tr("New Embedding &Space…"), this))
    , m_renameSpace(new QPushButton(tr("Re&name Space…"), this))
    , m_deleteSpace(new QPushButton(tr("&Delete Space…"), this))
    , m_renameAction(new QAction(tr("Rename Space…"), this))
    , m_deleteAction(new QAction(tr("Delete Space…"), this))
{
    setObjectName(QStringLiteral("projectPage"));
    m_heading->setObjectName(QStringLiteral("projectHeading"));
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setAccessibleName(tr("Datasets and embedding spaces"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(ProjectSummaryModel::NameColumn, QHeaderView::Interactive);

    m_import->setObjectName(QStringLiteral("projectImport"));
    m_import->setToolTip(tr("Bring a BEIR folder, a classification table, qrels or vectors into this project."));
    m_importMenu->setObjectName(QStringLiteral("projectImportMenu"));
    m_importMenu->setTitle(tr("Import Data"));
    m_import->setMenu(m_importMenu);
    m_properties->setObjectName(QStringLiteral("projectDatasetProperties"));
    m_properties->setToolTip(tr("The selected dataset's task: instruction, task type and how documents are joined."));
    m_newSpace->setObjectName(QStringLiteral("projectNewSpace"));
    m_newSpace->setToolTip(tr("Embed the selected dataset: built-in LSA, an embedding endpoint, HyDE or imported vectors."));
    m_renameSpace->setObjectName(QStringLiteral("projectRenameSpace"));
    m_deleteSpace->setObjectName(QStringLiteral("projectDeleteSpace"));
    m_deleteSpace->setToolTip(tr("Deletes the selected space with its vectors and the runs made in it, after asking."));
    // F2 and Delete act on the tree's selection, as in file managers.
    m_renameAction->setObjectName(QStringLiteral("projectRenameSpaceAction"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setObjectName(QStringLiteral("projectDeleteSpaceAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_renameAction);
    addAction(m_deleteAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_properties);
    buttons->addWidget(m_newSpace);
    buttons->addWidget(m_renameSpace);
    buttons->addWidget(m_deleteSpace);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectOverviewWidget::updateHeading);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(ProjectSummaryModel::IsSpaceRole).toBool())
            Q_EMIT datasetActivated(index.data(ProjectSummaryModel::IdRole).toLongLong());
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ProjectOverviewWidget::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    connect(m_newSpace, &QPushButton::clicked, this, [this] { Q_EMIT newSpaceRequested(selectedDataset()); });
    connect(m_properties, &QPushButton::clicked, this, [this] { Q_EMIT datasetPropertiesRequested(selectedDataset()); });
    auto rename = [this] {
        if (const qint64 space = selectedSpace())
            Q_EMIT renameSpaceRequested(space);
    };
    auto remove = [this] {
        if (const qint64 space = selectedSpace())
            Q_EMIT deleteSpaceRequested(space);
    };
    connect(m_renameSpace, &QPushButton::clicked, this, rename);
    connect(m_renameAction, &QAction::triggered, this, rename);
    connect(m_deleteSpace, &QPushButton::clicked, this, remove);
    connect(m_deleteAction, &QAction::triggered, this, remove);
    updateHeading();
}

void ProjectOverviewWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
}

qint64 ProjectOverviewWidget::selectedDataset() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ProjectSummaryModel::DatasetIdRole).toLongLong() : 0;
}

qint64 ProjectOverviewWidget::selectedSpace() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !current.data(ProjectSummaryModel::IsSpaceRole).toBool())
        return 0;
    return current.data(ProjectSummaryModel::IdRole).toLongLong();
}

bool ProjectOverviewWidget::selectSpace(qint64 spaceId)
{
    const QModelIndex index = m_model->indexOfSpace(spaceId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ProjectOverviewWidget::setImportActions(const QList<QAction*>& actions)
{
    m_importMenu->clear();
    m_importMenu->addActions(actions);
}

void ProjectOverviewWidget::updateButtons()
{
    const bool open = !m_model->summary().path.isEmpty();
    const bool space = selectedSpace() != 0;
    m_import->setEnabled(open);
    m_newSpace->setEnabled(open && !m_model->summary().datasets.isEmpty());
    m_properties->setEnabled(selectedDataset() != 0);
    for (QWidget* button : {static_cast<QWidget*>(m_renameSpace), static_cast<QWidget*>(m_deleteSpace)})
        button->setEnabled(space);
    m_renameAction->setEnabled(space);
    m_deleteAction->setEnabled(space);
}

void ProjectOverviewWidget::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("projectContextMenu"));
    const qint64 dataset = selectedDataset();
    QAction* properties = menu.addAction(tr("Dataset Properties…"), this, [this, dataset] { Q_EMIT datasetPropertiesRequested(dataset); });
    properties->setEnabled(dataset != 0);
    QAction* create = menu.addAction(tr("New Embedding Space…"), this, [this, dataset] { Q_EMIT newSpaceRequested(dataset); });
    create->setEnabled(m_newSpace->isEnabled());
    if (selectedSpace()) {
        menu.addSeparator();
        menu.addAction(m_renameAction);
        menu.addAction(m_deleteAction);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void ProjectOverviewWidget::updateHeading()
{
    const auto& summary = m_model->summary();
    updateButtons();
    if (summary.path.isEmpty()) {
        m_heading->setText(tr("No project open."));
        return;
    }
    m_heading->setText(tr("%1 — datasets: %2, embedding spaces: %3, runs: %4, judgments: %5")
                           .arg(QFileInfo(summary.path).fileName())
                           .arg(summary.datasets.size())
                           .arg(summary.spaces.size())
                           .arg(summary.runCount)
                           .arg(summary.judgmentCount));
    m_tree->expandAll();
    for (int column = 0; column < ProjectSummaryModel::TemplatesColumn; ++column)
        m_tree->resizeColumnToContents(column);
}

} // namespace tare
