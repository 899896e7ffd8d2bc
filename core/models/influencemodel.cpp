// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/influencemodel.h"

#include <cmath>

namespace tare {

InfluenceModel::InfluenceModel(QObject* parent)
    : RecordTableModel(
          {{{QT_TR_NOOP("Document")}, [](const JudgedInfluence& i) -> QVariant { return i.extId; }},
           {{QT_TR_NOOP("Gold")}, [](const JudgedInfluence& i) -> QVariant { return i.grade; }, {}, true},
           {{QT_TR_NOOP("Judge score")},
            [](const JudgedInfluence& i) -> QVariant { return i.score ? QString::number(*i.score, 'f', 2) : tr("failed"); }, {},
            true},
           {{QT_TR_NOOP("Rank")}, [](const JudgedInfluence& i) -> QVariant { return tr("%1 → %2").arg(i.rankBefore).arg(i.rankAfter); },
            {}, true},
           {{QT_TR_NOOP("ΔAP contribution"),
             QT_TR_NOOP("AP with all the feedback minus AP when the query is refined again without this "
                        "document (> 0: the document helped).")},
            [](const JudgedInfluence& i) -> QVariant {
                return std::isfinite(i.deltaAp) ? QString::asprintf("%+.4f", i.deltaAp) : QStringLiteral("–");
            },
            {}, true},
           {{QT_TR_NOOP("Share of update"),
             QT_TR_NOOP("The document's share of all pulling and pushing over the steps: pull = the query moved "
                        "towards it, push = away from it.")},
            [](const JudgedInfluence& i) -> QVariant {
                if (i.pull == 0.0)
                    return QStringLiteral("–");
                return (i.pull > 0 ? tr("pull %1%") : tr("push %1%")).arg(100.0 * i.pullShare, 0, 'f', 1);
            },
            {}, true},
           {{QT_TR_NOOP("Text")},
            [this](const JudgedInfluence& i) -> QVariant {
                const QString text = m_texts.value(i.documentId).simplified();
                return text.size() > snippetLength ? text.left(snippetLength - 1) + QStringLiteral("…") : text;
            }}},
          -1, parent)
{
}

void InfluenceModel::setInfluences(const std::vector<JudgedInfluence>& influences, const QHash<qint64, QString>& texts)
{
    setRecords(QList<JudgedInfluence>(influences.begin(), influences.end()), [&] { m_texts = texts; });
}

QVariant InfluenceModel::recordData(const JudgedInfluence& influence, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == TextColumn)
        return m_texts.value(influence.documentId);
    return {};
}

} // namespace tare
