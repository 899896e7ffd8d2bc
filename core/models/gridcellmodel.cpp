// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/gridcellmodel.h"

#include <algorithm>

namespace tare {

GridCellModel::GridCellModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Dataset")},
                  {QT_TR_NOOP("Embedder")},
                  {QT_TR_NOOP("Judge")},
                  {QT_TR_NOOP("Refiner")},
                  {QT_TR_NOOP("MAP before → after")},
                  {QT_TR_NOOP("State"), QT_TR_NOOP("What the cell does or did: reused cells had run with exactly this "
                                                   "definition before and are not computed again.")}},
                 parent)
{
}

void GridCellModel::setPlan(const QList<GridCellPlan>& plan)
{
    beginResetModel();
    m_cells.clear();
    for (const GridCellPlan& planned : plan)
        m_cells.append({planned, QStringLiteral("waiting"), 0, 0, {}});
    endResetModel();
}

void GridCellModel::changed(int index)
{
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void GridCellModel::setBuilding(int index)
{
    if (index < 0 || index >= m_cells.size())
        return;
    m_cells[index].status = QStringLiteral("building");
    changed(index);
}

void GridCellModel::setStarted(int index, const GridCellPlan& cell)
{
    if (index < 0 || index >= m_cells.size())
        return;
    m_cells[index].plan = cell;
    m_cells[index].status = cell.action == u"reuse" ? QStringLiteral("reusing") : QStringLiteral("running");
    changed(index);
}

void GridCellModel::setProgress(int index, qint64 done, qint64 total)
{
    if (index < 0 || index >= m_cells.size() || m_cells[index].status != u"running")
        return;
    m_cells[index].done = done;
    m_cells[index].total = total;
    changed(index);
}

void GridCellModel::setFinished(int index, const GridCellResult& result)
{
    if (index < 0 || index >= m_cells.size())
        return;
    Cell& cell = m_cells[index];
    cell.result = result;
    cell.status = result.status == u"finished" && result.reused ? QStringLiteral("reused") : result.status;
    changed(index);
}

void GridCellModel::setReport(const GridReport& report)
{
    for (int i = 0; i < m_cells.size() && i < report.cells.size(); ++i)
        setFinished(i, report.cells[i]);
}

int GridCellModel::countWithStatus(const QString& status) const
{
    return int(std::count_if(m_cells.cbegin(), m_cells.cend(), [&](const Cell& cell) { return cell.status == status; }));
}

int GridCellModel::rows() const
{
    return int(m_cells.size());
}

QString GridCellModel::stateText(const Cell& cell) const
{
    const qint64 run = cell.result.runId ? cell.result.runId : cell.plan.runId;
    if (cell.status == u"waiting") {
        if (cell.plan.action == u"reuse")
            return tr("waiting: will reuse run %1").arg(run);
        if (cell.plan.action == u"resume")
            return tr("waiting: will continue run %1").arg(run);
        return tr("waiting");
    }
    if (cell.status == u"building")
        return tr("building the space %1…").arg(cell.plan.space.name);
    if (cell.status == u"reusing")
        return tr("reusing run %1…").arg(run);
    if (cell.status == u"running")
        return cell.total > 0 ? tr("running: %1 of %n query(ies)", nullptr, int(cell.total)).arg(cell.done) : tr("running…");
    if (cell.status == u"reused")
        return tr("reused run %1").arg(run);
    if (cell.status == u"finished")
        return tr("finished: run %1").arg(run);
    if (cell.status == u"failed")
        return tr("failed: %1").arg(cell.result.error);
    if (cell.status == u"cancelled")
        return run ? tr("stopped: run %1 keeps its finished queries").arg(run) : tr("stopped");
    return tr("not run");
}

QVariant GridCellModel::cell(int row, int column, int role) const
{
    const Cell& cell = m_cells[row];
    if (role == StatusRole)
        return cell.status;
    if (role == RunIdRole)
        return cell.result.runId ? cell.result.runId : cell.plan.runId;
    if (role == Qt::ToolTipRole && column == StateColumn)
        return stateText(cell);
    if (role == Qt::TextAlignmentRole && column == MapColumn)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DatasetColumn:
        return cell.plan.dataset;
    case EmbedderColumn:
        return cell.plan.space.name;
    case JudgeColumn:
        return cell.plan.judge;
    case RefinerColumn:
        return cell.plan.refiner;
    case StateColumn:
        return stateText(cell);
    case MapColumn:
        return cell.status == u"finished" || cell.status == u"reused" ? GridReport::mapText(cell.result.mapBefore, cell.result.mapAfter)
                                                                      : QString();
    default:
        return {};
    }
}

} // namespace tare
