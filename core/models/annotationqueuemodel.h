// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/feedback/annotationqueue.h"
#include "core/models/tablemodel.h"

namespace tare {

/// The annotator's queue as a table: the items of an AnnotationQueue that pass a filter, for one
/// annotator. Per row the query, the run's rank, the document, the judge's score, gold, the
/// annotator's label (Y, N or a digit), the other people's labels, why it is in the queue, and
/// the text. Blind mode leaves out what would sway a person: the judge's score, gold and the
/// other labels, the reasons that name them (Why listed, FlagsRole keeps only "unlabelled"), and
/// the filters that choose rows by them (only Unlabelled and All list rows in blind mode).
///
/// Rows are chosen when the queue, annotator or filter is set (refilter()); a label given
/// meanwhile updates its row in place, so the rows do not jump while a person works through
/// them, and a corrected row stops being flagged. GUI thread; QtCore only.
class AnnotationQueueModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QueryColumn,
        RankColumn,
        DocumentColumn,
        JudgeColumn,
        GoldColumn,
        LabelColumn,
        OthersColumn,
        FlagsColumn,
        TextColumn,
    };

    enum Role
    {
        FlagsRole = Qt::UserRole + 1, ///< AnnotationFlags as int
        QueueIndexRole,               ///< the item's index in the queue
    };

    /// Which items are listed.
    enum class Filter
    {
        NeedsAttention, ///< the judge disagrees with gold, people disagree, or the judge is unsure
        JudgeDisagrees,
        PeopleDisagree,
        Unsure,
        Unlabelled,
        All,
    };

    explicit AnnotationQueueModel(QObject* parent = nullptr);

    void setQueue(const AnnotationQueue& queue);
    const AnnotationQueue& queue() const { return m_queue; }
    /// The annotator (a person's or the adjudication's judge id) whose labels are edited.
    void setAnnotator(qint64 judgeId);
    qint64 annotator() const { return m_annotator; }
    /// Chooses the rows listed; in blind mode a filter that chooses by the judge, gold or other
    /// people's labels (revealsOthers()) is refused and the filter stays as it was.
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// Blind mode on or off; turning it on while a revealing filter is set lists the rows the
    /// annotator has not labelled (Filter::Unlabelled) instead.
    void setBlind(bool blind);
    /// Whether a filter chooses rows by what blind mode hides (judge, gold, other people).
    static bool revealsOthers(Filter filter);
    bool isBlind() const { return m_blind; }
    /// Chooses the rows again (queue, annotator and filter as set).
    void refilter();
    void clear();

    /// The queue item of a row.
    const AnnotationItem& item(int row) const;
    int queueIndex(int row) const;
    /// The row of a queue item, -1 when it is not listed.
    int rowOf(int queueIndex) const;
    /// The first row of the next (direction +1) or previous (−1) query after the row's query;
    /// -1 when there is none.
    int rowOfNeighbourQuery(int row, int direction) const;
    /// How many rows belong to a query.
    int rowsOfQuery(qint64 queryId) const;

    /// Keeps the reason asked for a queue item's judgment.
    void setReason(int queueIndex, const JudgmentReason& reason);
    /// Sets (or, empty, removes) the annotator's label of a queue item and updates its row.
    void setLabel(int queueIndex, std::optional<double> label);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    bool accepts(const AnnotationItem& item) const;
    QString flagsText(AnnotationFlags flags) const;
    QString othersText(const AnnotationItem& item) const;

    AnnotationQueue m_queue;
    qint64 m_annotator = 0;
    Filter m_filter = Filter::NeedsAttention;
    bool m_blind = false;
    QList<int> m_rows; ///< queue indices
};

} // namespace tare
