// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/experimentlistmodel.h"

namespace tare {

ExperimentListModel::ExperimentListModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Id")}, {QT_TR_NOOP("Kind")}, {QT_TR_NOOP("Space")}, {QT_TR_NOOP("Label")},
                  {QT_TR_NOOP("Status")}, {QT_TR_NOOP("Created")}},
                 parent)
{
}

void ExperimentListModel::setExperiments(const QList<ExperimentRecord>& experiments, const QHash<qint64, QString>& spaceNames)
{
    resetWith([&] {
        m_experiments = experiments;
        m_spaceNames = spaceNames;
    });
}

int ExperimentListModel::rowOf(qint64 experimentId) const
{
    return rowWhere(m_experiments, [experimentId](const ExperimentRecord& experiment) { return experiment.id == experimentId; });
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

int ExperimentListModel::rows() const
{
    return int(m_experiments.size());
}

QVariant ExperimentListModel::cell(int row, int column, int role) const
{
    const ExperimentRecord& experiment = m_experiments[row];
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    if (role == Qt::ToolTipRole && column == StatusColumn && !experiment.error.isEmpty())
        return experiment.error;
    if (role == Qt::TextAlignmentRole && column == IdColumn)
        return numberAlignment();
    return {};
}
} // namespace tare
