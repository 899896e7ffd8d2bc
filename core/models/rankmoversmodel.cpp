// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/rankmoversmodel.h"

namespace tare {

RankMoversModel::RankMoversModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RankMoversModel::setMovers(const QList<RankMover>& movers)
{
    beginResetModel();
    m_movers = movers;
    endResetModel();
}

int RankMoversModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_movers.size());
}

int RankMoversModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankMoversModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankMover& mover = m_movers[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
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
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return tr("Double-click to read the whole text.");
    if (role == Qt::TextAlignmentRole && index.column() != TextColumn && index.column() != DocumentColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RankMoversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ChangeColumn:
            return tr("Moved");
        case DocumentColumn:
            return tr("Document");
        case TextColumn:
            return tr("Text");
        case GoldColumn:
            return tr("Gold");
        case JudgmentColumn:
            return tr("Judge score");
        case RankBeforeColumn:
            return tr("Rank before");
        case RankAfterColumn:
            return tr("Rank after");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == ChangeColumn)
        return tr("How many places the document rose (▲) or fell (▼) with the refined query.");
    return {};
}

} // namespace tare
