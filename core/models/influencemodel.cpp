// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/influencemodel.h"

#include <cmath>

namespace tare {

InfluenceModel::InfluenceModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Document")}, {QT_TR_NOOP("Gold")}, {QT_TR_NOOP("Judge score")}, {QT_TR_NOOP("Rank")},
                  {QT_TR_NOOP("ΔAP contribution"),
                   QT_TR_NOOP("AP with all the feedback minus AP when the query is refined again without this "
                              "document (> 0: the document helped).")},
                  {QT_TR_NOOP("Share of update"),
                   QT_TR_NOOP("The document's share of all pulling and pushing over the steps: pull = the query moved "
                              "towards it, push = away from it.")},
                  {QT_TR_NOOP("Text")}},
                 parent)
{
}

void InfluenceModel::setInfluences(const std::vector<JudgedInfluence>& influences, const QHash<qint64, QString>& texts)
{
    resetWith([&] {
        m_influences = influences;
        m_texts = texts;
    });
}

int InfluenceModel::rows() const
{
    return int(m_influences.size());
}

QVariant InfluenceModel::cell(int row, int column, int role) const
{
    const JudgedInfluence& influence = m_influences[size_t(row)];
    if (role == Qt::DisplayRole) {
        switch (column) {
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
    if (role == Qt::ToolTipRole && column == TextColumn)
        return m_texts.value(influence.documentId);
    if (role == Qt::TextAlignmentRole && column != TextColumn && column != DocumentColumn)
        return numberAlignment();
    return {};
}
} // namespace tare
