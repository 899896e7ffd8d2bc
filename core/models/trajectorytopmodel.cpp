// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/trajectorytopmodel.h"

#include "core/util/displaytext.h"

#include <algorithm>

namespace tare {

TrajectoryTopModel::TrajectoryTopModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Rank")},
                  {QT_TR_NOOP("Document")},
                  {QT_TR_NOOP("Relevant"), QT_TR_NOOP("Gold relevance (grade).")},
                  {QT_TR_NOOP("Judged"),
                   QT_TR_NOOP("Judged documents: their number in the pictures (rank before refinement) and the judge's score.")},
                  {QT_TR_NOOP("Since step 0"), QT_TR_NOOP("How the document moved since the start: ▲ up, ▼ down, new in the top ten.")},
                  {QT_TR_NOOP("Text")}},
                 parent)
{
}

void TrajectoryTopModel::setTrajectory(const Trajectory& trajectory)
{
    beginResetModel();
    m_trajectory = trajectory;
    m_step = 0;
    endResetModel();
}

void TrajectoryTopModel::setStep(int step)
{
    step = std::clamp(step, 0, std::max(0, int(m_trajectory.top.size()) - 1));
    if (step == m_step)
        return;
    beginResetModel();
    m_step = step;
    endResetModel();
}

const TrajectoryRankedDocument* TrajectoryTopModel::document(int row) const
{
    if (size_t(m_step) >= m_trajectory.top.size() || row < 0 || size_t(row) >= m_trajectory.top[size_t(m_step)].size())
        return nullptr;
    return &m_trajectory.ranked[m_trajectory.top[size_t(m_step)][size_t(row)]];
}

int TrajectoryTopModel::startRank(int rankedIndex) const
{
    if (m_trajectory.top.empty())
        return 0;
    const std::vector<int>& first = m_trajectory.top.front();
    const auto it = std::find(first.begin(), first.end(), rankedIndex);
    return it == first.end() ? 0 : int(it - first.begin()) + 1;
}

int TrajectoryTopModel::rows() const
{
    return size_t(m_step) < m_trajectory.top.size() ? int(m_trajectory.top[size_t(m_step)].size()) : 0;
}

QVariant TrajectoryTopModel::cell(int row, int column, int role) const
{
    const TrajectoryRankedDocument& document = *this->document(row);
    const int rank = row + 1;
    const TrajectoryDocument* judged = document.judged >= 0 ? &m_trajectory.documents[document.judged] : nullptr;
    switch (role) {
    case RelevantRole:
        return document.grade > 0;
    case JudgedRole:
        return judged != nullptr;
    case Qt::DisplayRole:
        switch (column) {
        case RankColumn:
            return rank;
        case DocumentColumn:
            return document.extId;
        case RelevantColumn:
            return document.grade > 0 ? tr("yes (%1)").arg(document.grade) : tr("no");
        case JudgedColumn:
            return judged ? tr("#%1 · %2").arg(judged->rankBefore).arg(judged->score, 0, 'f', 2) : QString();
        case ChangeColumn: {
            if (m_step == 0)
                return QString();
            const int before = startRank(m_trajectory.top[size_t(m_step)][size_t(row)]);
            if (before == 0)
                return tr("new");
            if (before == rank)
                return QStringLiteral("=");
            return before > rank ? tr("▲ %1").arg(before - rank) : tr("▼ %1").arg(rank - before);
        }
        case TextColumn:
            return DisplayText::titled(document.title, document.text);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return document.title.isEmpty() ? document.text : document.title + QStringLiteral("\n") + document.text;
    case Qt::TextAlignmentRole:
        return column == RankColumn || column == ChangeColumn ? numberAlignment() : QVariant();
    default:
        return {};
    }
}

} // namespace tare
