// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/documentsearch.h"
#include "core/inspect/queryranking.h"
#include "core/jobs/jobtracker.h"
#include "core/models/tablemodel.h"

#include <optional>

namespace tare {

/// A dataset's documents as a lazily filled table: rows arrive a page at a time through
/// canFetchMore()/fetchMore() as the view scrolls (DocumentSearch's keyset pages), optionally
/// filtered by the full-text index. For a selected query of a run (setRanking()) the rows also
/// show the document's rank and cosine score before and after refinement and the judgments.
///
/// The model never reads SQLite on its own thread: the first page comes with setDocuments() (read
/// by the caller's job together with what it shows beside it), and every later page is read on a
/// worker with its own connection (JobTracker), one page ahead of the view, so scrolling finds
/// the next page waiting. fetchMore() inserts the page read ahead, or the page in flight as soon
/// as it arrives. GUI thread; QtCore only.
class CorpusModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DocumentColumn,
        TextColumn,
        LabelsColumn,
        JudgmentColumn,
        RankBeforeColumn,
        ScoreBeforeColumn,
        RankAfterColumn,
        ScoreAfterColumn,
        ColumnCount
    };

    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
    };

    static constexpr int defaultPageSize = 200;

    explicit CorpusModel(QObject* parent = nullptr);
    ~CorpusModel() override;

    /// Lists a dataset's documents that match `filter` (empty: all), starting with `firstPage`:
    /// DocumentSearch::page(datasetId, filter, 0, pageSize()) as the caller read it. Later pages
    /// are read from the project file at `projectPath`. Drops a page in flight for the listing
    /// before.
    void setDocuments(const QString& projectPath, qint64 datasetId, const QString& filter, const QList<DocumentRow>& firstPage);
    /// Lists nothing.
    void clear();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    /// Shows a query's ranks, scores and judgments (an empty ranking clears them).
    void setRanking(const QueryRanking& ranking);

    qint64 datasetId() const { return m_datasetId; }
    QString filter() const { return m_filter; }
    const DocumentRow& document(int row) const { return m_rows[row]; }
    /// Row of a loaded document, or -1.
    int rowOfDocument(qint64 documentId) const;

    /// True while documents remain to be listed.
    bool canFetchMore(const QModelIndex& parent) const override;
    /// Appends the next page: now when it was read ahead, else as soon as it arrives.
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// Reading a page failed; the listing ends there.
    void pageFailed(const QString& message);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    void readAhead();
    void appendAhead();

    JobTracker m_pages;
    QString m_projectPath;
    qint64 m_datasetId = 0;
    QString m_filter;
    int m_pageSize = defaultPageSize;
    QList<DocumentRow> m_rows;
    std::optional<QList<DocumentRow>> m_ahead; ///< the next page, read ahead and not yet shown
    bool m_reading = false;                    ///< a page is being read
    bool m_wanted = false;                     ///< the view asked for more before it arrived
    bool m_changing = false;                   ///< inside a reset or an insertion
    bool m_exhausted = true;                   ///< every document is listed or read ahead
    QueryRanking m_ranking;
};

} // namespace tare
