// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/projectsummarymodel.h"

namespace tare {

ProjectSummaryModel::ProjectSummaryModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ProjectSummaryModel::setSummary(const ProjectSummary& summary)
{
    beginResetModel();
    m_summary = summary;
    m_spaces.clear();
    for (const auto& dataset : std::as_const(m_summary.datasets)) {
        QList<SpaceInfo> spaces;
        for (const auto& space : std::as_const(m_summary.spaces)) {
            if (space.datasetId == dataset.id)
                spaces.append(space);
        }
        m_spaces.append(spaces);
    }
    endResetModel();
}

// Internal ids: 0 for dataset rows, (dataset row + 1) for space rows.
QModelIndex ProjectSummaryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, s_datasetLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProjectSummaryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == s_datasetLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, s_datasetLevel);
}

int ProjectSummaryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_summary.datasets.size());
    if (parent.column() != 0 || parent.internalId() != s_datasetLevel)
        return 0;
    return int(m_spaces.value(parent.row()).size());
}

int ProjectSummaryModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ProjectSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isSpace = index.internalId() != s_datasetLevel;
    if (role == IsSpaceRole)
        return isSpace;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= DocumentsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != IdRole && role != Qt::DisplayRole)
        return {};
    if (isSpace) {
        const SpaceInfo& space = m_spaces[int(index.internalId() - 1)][index.row()];
        if (role == IdRole)
            return space.id;
        switch (index.column()) {
        case NameColumn:
            return space.name;
        case KindColumn:
            return tr("%1 space, %2 dimensions").arg(space.provider).arg(space.dim);
        case DocumentsColumn:
            return space.documentVectorCount;
        case QueriesColumn:
            return space.queryVectorCount;
        default:
            return {};
        }
    }
    const DatasetInfo& dataset = m_summary.datasets[index.row()];
    if (role == IdRole)
        return dataset.id;
    switch (index.column()) {
    case NameColumn:
        return dataset.name;
    case KindColumn:
        return dataset.pool == PoolRule::Judged ? tr("dataset, judged pool") : tr("dataset, whole-corpus pool");
    case DocumentsColumn:
        return dataset.documentCount;
    case QueriesColumn:
        return dataset.queryCount;
    case LabelsColumn:
        return dataset.labelCount;
    default:
        return {};
    }
}

QVariant ProjectSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case DocumentsColumn:
        return tr("Documents");
    case QueriesColumn:
        return tr("Queries");
    case LabelsColumn:
        return tr("Labels");
    default:
        return {};
    }
}

} // namespace tare
