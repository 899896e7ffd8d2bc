// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/rankmoversmodel.h"

namespace tare {

RankMoversModel::RankMoversModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Moved"),
                   QT_TR_NOOP("How many places the document rose (▲) or fell (▼) with the refined query.")},
                  {QT_TR_NOOP("Document")}, {QT_TR_NOOP("Text")}, {QT_TR_NOOP("Gold")}, {QT_TR_NOOP("Judge score")},
                  {QT_TR_NOOP("Rank before")}, {QT_TR_NOOP("Rank after")}},
                 parent)
{
}

void RankMoversModel::setMovers(const QList<RankMover>& movers)
{
    resetWith([&] { m_movers = movers; });
}

int RankMoversModel::rows() const
{
    return int(m_movers.size());
}

QVariant RankMoversModel::cell(int row, int column, int role) const
{
    const RankMover& mover = m_movers[row];
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ChangeColumn:
            return mover.change() > 0 ? tr("▲ %1").arg(mover.change()) : tr("▼ %1").arg(-mover.change());
        case DocumentColumn:
            return mover.extId;
        case TextColumn:
            return mover.title.isEmpty() ? mover.text : mover.title + QStringLiteral(" — ") + mover.text;
        case GoldColumn:
            return mover.grade;
        case JudgmentColumn:
            if (!mover.judged)
                return tr("not judged");
            return mover.judgeScore ? QString::number(*mover.judgeScore, 'f', 2) : tr("failed");
        case RankBeforeColumn:
            return mover.rankBefore;
        case RankAfterColumn:
            return mover.rankAfter;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == TextColumn)
        return tr("Double-click to read the whole text.");
    if (role == Qt::TextAlignmentRole && column != TextColumn && column != DocumentColumn)
        return numberAlignment();
    return {};
}
} // namespace tare
