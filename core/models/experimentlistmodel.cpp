// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/experimentlistmodel.h"

#include "core/util/enumnames.h"

namespace tare {

ExperimentListModel::ExperimentListModel(QObject* parent)
    : RecordTableModel(
          {{{QT_TR_NOOP("Id")}, [](const ExperimentRecord& e) -> QVariant { return e.id; }, {}, true},
           {{QT_TR_NOOP("Kind")},
            [](const ExperimentRecord& e) -> QVariant {
                const auto kind = experimentKindFromName(e.kind);
                return kind ? kindTitle(*kind) : e.kind;
            }},
           {{QT_TR_NOOP("Space")},
            [this](const ExperimentRecord& e) -> QVariant {
                return m_spaceNames.value(e.spaceId, e.spaceId ? QString::number(e.spaceId) : QString());
            }},
           {{QT_TR_NOOP("Label")}, [](const ExperimentRecord& e) -> QVariant { return e.label; }},
           {{QT_TR_NOOP("Status")}, [](const ExperimentRecord& e) -> QVariant { return runStatusName(e.status); }},
           {{QT_TR_NOOP("Created")}, [](const ExperimentRecord& e) -> QVariant { return e.createdAt; }}},
          -1, parent)
{
}

void ExperimentListModel::setExperiments(const QList<ExperimentRecord>& experiments, const QHash<qint64, QString>& spaceNames)
{
    setRecords(experiments, [&] { m_spaceNames = spaceNames; });
}

int ExperimentListModel::rowOf(qint64 experimentId) const
{
    return rowWhere(records(), [experimentId](const ExperimentRecord& experiment) { return experiment.id == experimentId; });
}

QString ExperimentListModel::kindTitle(ExperimentKind kind)
{
    static constexpr std::pair<ExperimentKind, const char*> titles[] = {
        {ExperimentKind::NoiseSweep, QT_TR_NOOP("Noise sweep")}, {ExperimentKind::BudgetSweep, QT_TR_NOOP("Budget sweep")},
        {ExperimentKind::Methods, QT_TR_NOOP("Method comparison")}, {ExperimentKind::JudgeQuality, QT_TR_NOOP("Judge quality")},
    };
    return enumTitle(staticMetaObject.className(), titles, kind);
}

QVariant ExperimentListModel::recordData(const ExperimentRecord& experiment, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == StatusColumn && !experiment.error.isEmpty())
        return experiment.error;
    return {};
}

} // namespace tare
