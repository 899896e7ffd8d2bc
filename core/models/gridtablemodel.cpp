// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/gridtablemodel.h"

namespace tare {

GridTableModel::GridTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GridTableModel::setReport(const GridReport& report)
{
    beginResetModel();
    m_report = report;
    m_rows = m_report.rows();
    endResetModel();
}

int GridTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : meanColumn() + 1;
}

const GridCellResult* GridTableModel::cellAt(const QModelIndex& index) const
{
    const int dataset = index.column() - FirstDatasetColumn;
    if (dataset < 0 || dataset >= m_report.datasets.size())
        return nullptr;
    return m_rows[index.row()].perDataset.value(dataset);
}

QVariant GridTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GridReport::Row& row = m_rows[index.row()];
    const int column = index.column();
    const GridCellResult* cell = cellAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (column == EmbedderColumn)
            return row.space;
        if (column == JudgeColumn)
            return row.judge;
        if (column == RefinerColumn)
            return row.refiner;
        if (column == meanColumn())
            return GridReport::mapText(row.meanBefore, row.meanAfter);
        return GridReport::cellText(cell);
    case Qt::ToolTipRole:
        if (column == meanColumn())
            return tr("The mean MAP over the datasets of the row with a result, before → after refinement.");
        if (!cell)
            return {};
        if (cell->status == u"failed")
            return tr("Failed: %1").arg(cell->error);
        if (cell->runId == 0)
            return tr("Not run (%1).").arg(cell->status);
        return cell->reused ? tr("Run %1, reused: it had run with exactly this definition before.").arg(cell->runId)
                            : tr("Run %1, %n query(ies).", nullptr, int(cell->queries)).arg(cell->runId);
    case Qt::TextAlignmentRole:
        return column >= FirstDatasetColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case RunIdRole:
        return cell ? cell->runId : qint64(0);
    default:
        return {};
    }
}

QVariant GridTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case EmbedderColumn:
            return tr("Embedder");
        case JudgeColumn:
            return tr("Judge");
        case RefinerColumn:
            return tr("Refiner");
        default:
            return section == meanColumn() ? tr("Mean") : m_report.datasets.value(section - FirstDatasetColumn);
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstDatasetColumn)
        return tr("MAP before → after refinement (relative change)");
    return {};
}

} // namespace tare
