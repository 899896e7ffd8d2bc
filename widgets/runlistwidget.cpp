// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/runlistwidget.h"

#include "core/models/runlistmodel.h"
#include "widgets/tablesupport.h"
#include "widgets/tsvtableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace tare {

RunListWidget::RunListWidget(RunListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new TsvTableView(this))
    , m_open(new QAction(tr("&Open"), this))
    , m_useSettings(new QAction(tr("&Use Settings"), this))
    , m_rename(new QAction(tr("Re&name…"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter runs (name, dataset, judge, refiner, status…)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter runs"));
    m_filter->setObjectName(QStringLiteral("runListFilter"));
    m_table->setObjectName(QStringLiteral("runList"));
    TableSupport::showRecords(m_table, m_proxy, RunListModel::ParametersColumn);
    TableSupport::compactRows(m_table);
    m_table->setAccessibleName(tr("Run list"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunListModel::IdColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader(); // resizable by hand, unlike the other record tables
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    // The name and parameters can be long: they take what is left and elide; tooltips show all.
    header->setSectionResizeMode(RunListModel::ParametersColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Enter or double-click opens the run in the dashboard and the per-query pages."));

    // Enter on a row opens it through the table's activated(), like a double-click.
    m_open->setToolTip(tr("Show the run in the dashboard and every per-query page (Enter)"));
    m_useSettings->setToolTip(tr("Copy the run's dataset, space, judge, refiner and parameters into the form for the next run"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rename->setToolTip(tr("Give the run another name (F2)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the run and its results, after asking (Del)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_count);
    const std::pair<QAction*, const char*> actions[] = {
        {m_open, "runListOpen"}, {m_useSettings, "runListUseSettings"}, {m_rename, "runListRename"}, {m_delete, "runListDelete"}};
    for (const auto& [action, name] : actions) {
        addAction(action);
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        buttons->addWidget(button);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const qint64 run = currentRun())
            Q_EMIT openRequested(run);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 run = currentRun())
            Q_EMIT openRequested(run);
    });
    connect(m_useSettings, &QAction::triggered, this, [this] {
        if (const qint64 run = currentRun())
            Q_EMIT useSettingsRequested(run);
    });
    connect(m_rename, &QAction::triggered, this, &RunListWidget::askRename);
    connect(m_delete, &QAction::triggered, this, &RunListWidget::askDelete);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunListWidget::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        // Long names and experiment labels would push MAP off the screen: cap them.
        for (int column : {int(RunListModel::NameColumn), int(RunListModel::OriginColumn), int(RunListModel::JudgeColumn)})
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RunListWidget::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RunListWidget::updateActions);
    updateActions();
}

qint64 RunListWidget::currentRun() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(RunListModel::RunIdRole).toLongLong();
}

bool RunListWidget::selectRun(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void RunListWidget::updateActions()
{
    const bool selected = currentRun() != 0;
    for (QAction* action : {m_open, m_useSettings, m_rename, m_delete})
        action->setEnabled(selected);
    m_count->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
}

void RunListWidget::askRename()
{
    const RunOverview* run = m_model->find(currentRun());
    if (!run)
        return;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Rename Run %1").arg(run->run.id));
    dialog.setLabelText(tr("Name of %1:").arg(RunListModel::describe(*run)));
    dialog.setTextValue(run->run.label);
    dialog.setAccessibleName(tr("Rename run"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name != run->run.label)
        Q_EMIT renameRequested(run->run.id, name);
}

QString RunListWidget::deleteQuestion(qint64 runId) const
{
    const RunOverview* run = m_model->find(runId);
    if (!run)
        return {};
    QStringList lines;
    lines.append(tr("Delete %1?").arg(RunListModel::describe(*run)));
    lines.append(tr("Its results for %n query(s), their curves and refined vectors are removed.", nullptr,
                    int(run->run.finishedQueries + run->run.failedQueries)));
    if (!run->experimentIds.isEmpty())
        lines.append(tr("It is a cell of experiment %1: the experiment keeps its stored result, and running it again "
                        "runs this cell again.")
                         .arg(run->experimentIds.first()));
    if (run->derivedRunCount > 0)
        lines.append(tr("%n run(s) derived from it (human feedback) stay, without their link to it.", nullptr,
                        int(run->derivedRunCount)));
    lines.append(tr("Judgments, spaces, datasets and other runs are not touched, so a new run with the same settings "
                    "costs no judge calls."));
    return lines.join(QStringLiteral("\n\n"));
}

void RunListWidget::askDelete()
{
    const qint64 runId = currentRun();
    if (!runId)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Run %1").arg(runId), deleteQuestion(runId), QMessageBox::Cancel, this);
    QPushButton* remove = box.addButton(tr("Delete Run"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setAccessibleName(tr("Delete run"));
    box.exec();
    if (box.clickedButton() == remove)
        Q_EMIT deleteRequested(runId);
}

} // namespace tare
