// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/experimentlistmodel.h"

namespace tare {

ExperimentListModel::ExperimentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExperimentListModel::setExperiments(const QList<ExperimentRecord>& experiments, const QHash<qint64, QString>& spaceNames)
{
    beginResetModel();
    m_experiments = experiments;
    m_spaceNames = spaceNames;
    endResetModel();
}

int ExperimentListModel::rowOf(qint64 experimentId) const
{
    for (int row = 0; row < m_experiments.size(); ++row) {
        if (m_experiments[row].id == experimentId)
            return row;
    }
    return -1;
}

QString ExperimentListModel::kindTitle(ExperimentKind kind)
{
    switch (kind) {
    case ExperimentKind::NoiseSweep:
        return tr("Noise sweep");
    case ExperimentKind::BudgetSweep:
        return tr("Budget sweep");
    case ExperimentKind::Methods:
        return tr("Method comparison");
    case ExperimentKind::JudgeQuality:
        return tr("Judge quality");
    }
    return {};
}

int ExperimentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_experiments.size());
}

int ExperimentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExperimentRecord& experiment = m_experiments[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return experiment.id;
        case KindColumn: {
            const auto kind = experimentKindFromName(experiment.kind);
            return kind ? kindTitle(*kind) : experiment.kind;
        }
        case SpaceColumn:
            return m_spaceNames.value(experiment.spaceId, experiment.spaceId ? QString::number(experiment.spaceId) : QString());
        case LabelColumn:
            return experiment.label;
        case StatusColumn:
            return runStatusName(experiment.status);
        case CreatedColumn:
            return experiment.createdAt;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !experiment.error.isEmpty())
        return experiment.error;
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    case SpaceColumn:
        return tr("Space");
    case LabelColumn:
        return tr("Label");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace tare
