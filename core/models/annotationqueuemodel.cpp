// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/annotationqueuemodel.h"

#include "core/util/displaytext.h"

namespace tare {

AnnotationQueueModel::AnnotationQueueModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Query")},
                  {QT_TR_NOOP("Rank"), QT_TR_NOOP("The document's rank in the run before refinement.")},
                  {QT_TR_NOOP("Document")},
                  {QT_TR_NOOP("Judge"), QT_TR_NOOP("The run judge's score (0–1); hidden in blind mode.")},
                  {QT_TR_NOOP("Gold"), QT_TR_NOOP("The gold grade; hidden in blind mode.")},
                  {QT_TR_NOOP("Your label"), QT_TR_NOOP("Y relevant, N not relevant, a digit d: graded d/9.")},
                  {QT_TR_NOOP("Others"), QT_TR_NOOP("The other annotators' labels; hidden in blind mode.")},
                  {QT_TR_NOOP("Why listed"), QT_TR_NOOP("Judge ≠ gold: the decision in force differs from gold. People "
                                                        "differ: two annotators decided differently. Unsure: the judge's "
                                                        "score is near 0.5. Unlabelled: you have not labelled it.")},
                  {QT_TR_NOOP("Text")}},
                 parent)
{
}

void AnnotationQueueModel::setQueue(const AnnotationQueue& queue)
{
    m_queue = queue;
    refilter();
}

void AnnotationQueueModel::setAnnotator(qint64 judgeId)
{
    m_annotator = judgeId;
    refilter();
}

void AnnotationQueueModel::setFilter(Filter filter)
{
    if (m_blind && revealsOthers(filter))
        return;
    m_filter = filter;
    refilter();
}

bool AnnotationQueueModel::revealsOthers(Filter filter)
{
    return filter != Filter::Unlabelled && filter != Filter::All;
}

void AnnotationQueueModel::setBlind(bool blind)
{
    if (blind == m_blind)
        return;
    m_blind = blind;
    if (m_blind && revealsOthers(m_filter)) {
        // The rows a disagreement or an unsure score chose would tell what blind mode hides.
        m_filter = Filter::Unlabelled;
        refilter();
        return;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void AnnotationQueueModel::clear()
{
    m_queue = {};
    refilter();
}

bool AnnotationQueueModel::accepts(const AnnotationItem& item) const
{
    const AnnotationFlags flags = m_queue.flags(item, m_annotator);
    switch (m_filter) {
    case Filter::NeedsAttention:
        return flags & (AnnotationFlag::JudgeDisagrees | AnnotationFlag::PeopleDisagree | AnnotationFlag::Unsure);
    case Filter::JudgeDisagrees:
        return flags.testFlag(AnnotationFlag::JudgeDisagrees);
    case Filter::PeopleDisagree:
        return flags.testFlag(AnnotationFlag::PeopleDisagree);
    case Filter::Unsure:
        return flags.testFlag(AnnotationFlag::Unsure);
    case Filter::Unlabelled:
        return flags.testFlag(AnnotationFlag::Unlabelled);
    case Filter::All:
        return true;
    }
    return true;
}

void AnnotationQueueModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_queue.items.size(); ++i) {
        if (accepts(m_queue.items[i]))
            m_rows.append(int(i));
    }
    endResetModel();
}

const AnnotationItem& AnnotationQueueModel::item(int row) const
{
    return m_queue.items[m_rows[row]];
}

int AnnotationQueueModel::queueIndex(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : -1;
}

int AnnotationQueueModel::rowOf(int queueIndex) const
{
    return int(m_rows.indexOf(queueIndex));
}

int AnnotationQueueModel::rowOfNeighbourQuery(int row, int direction) const
{
    if (row < 0 || row >= m_rows.size())
        return m_rows.isEmpty() ? -1 : 0;
    const qint64 query = item(row).queryId;
    if (direction > 0) {
        for (int r = row + 1; r < m_rows.size(); ++r) {
            if (item(r).queryId != query)
                return r;
        }
        return -1;
    }
    int r = row;
    while (r >= 0 && item(r).queryId == query)
        --r;
    if (r < 0)
        return -1;
    const qint64 previous = item(r).queryId;
    while (r > 0 && item(r - 1).queryId == previous)
        --r;
    return r;
}

int AnnotationQueueModel::rowsOfQuery(qint64 queryId) const
{
    int count = 0;
    for (int index : m_rows)
        count += m_queue.items[index].queryId == queryId;
    return count;
}

void AnnotationQueueModel::setLabel(int queueIndex, std::optional<double> label)
{
    if (queueIndex < 0 || queueIndex >= m_queue.items.size())
        return;
    AnnotationItem& item = m_queue.items[queueIndex];
    if (label)
        item.labels.insert(m_annotator, *label);
    else
        item.labels.remove(m_annotator);
    const int row = rowOf(queueIndex);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void AnnotationQueueModel::setReason(int queueIndex, const JudgmentReason& reason)
{
    if (queueIndex >= 0 && queueIndex < m_queue.items.size())
        m_queue.items[queueIndex].reason = reason;
}

int AnnotationQueueModel::rows() const
{
    return int(m_rows.size());
}

QString AnnotationQueueModel::flagsText(AnnotationFlags flags) const
{
    QStringList parts;
    if (flags.testFlag(AnnotationFlag::JudgeDisagrees))
        parts.append(tr("judge ≠ gold"));
    if (flags.testFlag(AnnotationFlag::PeopleDisagree))
        parts.append(tr("people differ"));
    if (flags.testFlag(AnnotationFlag::Unsure))
        parts.append(tr("unsure"));
    if (flags.testFlag(AnnotationFlag::Unlabelled))
        parts.append(tr("unlabelled"));
    return parts.join(QStringLiteral(" · "));
}

QString AnnotationQueueModel::othersText(const AnnotationItem& item) const
{
    QStringList parts;
    for (const Annotator& annotator : m_queue.annotators) {
        if (annotator.judgeId == m_annotator)
            continue;
        if (const auto label = item.label(annotator.judgeId))
            parts.append(tr("%1 %2").arg(annotator.name, AnnotationQueue::labelText(*label)));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AnnotationQueueModel::cell(int row, int column, int role) const
{
    const AnnotationItem& item = this->item(row);
    switch (role) {
    case FlagsRole:
        if (m_blind) // only what the annotator's own labels tell
            return int(m_queue.flags(item, m_annotator) & AnnotationFlag::Unlabelled);
        return int(m_queue.flags(item, m_annotator));
    case QueueIndexRole:
        return m_rows[row];
    case Qt::DisplayRole:
        switch (column) {
        case QueryColumn:
            if (const AnnotationQuery* query = m_queue.query(item.queryId))
                return query->extId;
            return QString();
        case RankColumn:
            return item.rankBefore;
        case DocumentColumn:
            return item.extId;
        case JudgeColumn:
            if (m_blind)
                return QStringLiteral("—");
            return item.score ? QString::number(*item.score, 'f', 2) : tr("failed");
        case GoldColumn:
            if (m_blind)
                return QStringLiteral("—");
            return item.grade > 0 ? tr("yes (%1)").arg(item.grade) : tr("no");
        case LabelColumn: {
            const auto label = item.label(m_annotator);
            return label ? AnnotationQueue::labelText(*label) : QString();
        }
        case OthersColumn:
            return m_blind ? QStringLiteral("—") : othersText(item);
        case FlagsColumn:
            return m_blind ? QStringLiteral("—") : flagsText(m_queue.flags(item, m_annotator));
        case TextColumn:
            return DisplayText::titled(item.title, item.text);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TextColumn || column == DocumentColumn)
            return item.title.isEmpty() ? item.text : item.title + QStringLiteral("\n") + item.text;
        return {};
    case Qt::TextAlignmentRole:
        return column == RankColumn || column == JudgeColumn || column == LabelColumn ? numberAlignment() : QVariant();
    default:
        return {};
    }
}

} // namespace tare
