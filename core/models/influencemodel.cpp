// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/influencemodel.h"

#include <cmath>

namespace tare {

InfluenceModel::InfluenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InfluenceModel::setInfluences(const std::vector<JudgedInfluence>& influences, const QHash<qint64, QString>& texts)
{
    beginResetModel();
    m_influences = influences;
    m_texts = texts;
    endResetModel();
}

int InfluenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_influences.size());
}

int InfluenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InfluenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JudgedInfluence& influence = m_influences[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DocumentColumn:
            return influence.extId;
        case GoldColumn:
            return influence.grade;
        case JudgeScoreColumn:
            return influence.score ? QString::number(*influence.score, 'f', 2) : tr("failed");
        case RankColumn:
            return tr("%1 → %2").arg(influence.rankBefore).arg(influence.rankAfter);
        case ContributionColumn:
            return std::isfinite(influence.deltaAp) ? QString::asprintf("%+.4f", influence.deltaAp) : QStringLiteral("–");
        case PullColumn:
            if (influence.pull == 0.0)
                return QStringLiteral("–");
            return (influence.pull > 0 ? tr("pull %1%") : tr("push %1%")).arg(100.0 * influence.pullShare, 0, 'f', 1);
        case TextColumn: {
            const QString text = m_texts.value(influence.documentId).simplified();
            return text.size() > snippetLength ? text.left(snippetLength - 1) + QStringLiteral("…") : text;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return m_texts.value(influence.documentId);
    if (role == Qt::TextAlignmentRole && index.column() != TextColumn && index.column() != DocumentColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InfluenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DocumentColumn:
            return tr("Document");
        case GoldColumn:
            return tr("Gold");
        case JudgeScoreColumn:
            return tr("Judge score");
        case RankColumn:
            return tr("Rank");
        case ContributionColumn:
            return tr("ΔAP contribution");
        case PullColumn:
            return tr("Share of update");
        case TextColumn:
            return tr("Text");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ContributionColumn:
            return tr("AP with all the feedback minus AP when the query is refined again without this document "
                      "(> 0: the document helped).");
        case PullColumn:
            return tr("The document's share of all pulling and pushing over the steps: pull = the query moved towards "
                      "it, push = away from it.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tare
