// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/rankmoversmodel.h"

#include "core/util/displaytext.h"

namespace tare {

RankMoversModel::RankMoversModel(QObject* parent)
    : RecordTableModel(
          {{{QT_TR_NOOP("Moved"), QT_TR_NOOP("How many places the document rose (▲) or fell (▼) with the refined query.")},
            [](const RankMover& m) -> QVariant { return m.change() > 0 ? tr("▲ %1").arg(m.change()) : tr("▼ %1").arg(-m.change()); },
            {}, true},
           {{QT_TR_NOOP("Document")}, [](const RankMover& m) -> QVariant { return m.extId; }},
           {{QT_TR_NOOP("Text")}, [](const RankMover& m) -> QVariant { return DisplayText::titled(m.title, m.text); }},
           {{QT_TR_NOOP("Gold")}, [](const RankMover& m) -> QVariant { return m.grade; }, {}, true},
           {{QT_TR_NOOP("Judge score")},
            [](const RankMover& m) -> QVariant {
                if (!m.judged)
                    return tr("not judged");
                return m.judgeScore ? QString::number(*m.judgeScore, 'f', 2) : tr("failed");
            },
            {}, true},
           {{QT_TR_NOOP("Rank before")}, [](const RankMover& m) -> QVariant { return m.rankBefore; }, {}, true},
           {{QT_TR_NOOP("Rank after")}, [](const RankMover& m) -> QVariant { return m.rankAfter; }, {}, true}},
          -1, parent)
{
}

void RankMoversModel::setMovers(const QList<RankMover>& movers)
{
    setRecords(movers);
}

QVariant RankMoversModel::recordData(const RankMover& mover, int column, int role) const
{
    Q_UNUSED(mover);
    if (role == Qt::ToolTipRole && column == TextColumn)
        return tr("Double-click to read the whole text.");
    return {};
}

} // namespace tare
