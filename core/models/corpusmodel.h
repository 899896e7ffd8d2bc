// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/tablemodel.h"
#include "core/db/documentsearch.h"
#include "core/inspect/queryranking.h"


#include <memory>

namespace tare {

class ProjectStore;

/// A dataset's documents as a lazily filled table: rows arrive a page at a time through
/// canFetchMore()/fetchMore() as the view scrolls (DocumentSearch's keyset pages), optionally
/// filtered by the full-text index. For a selected query of a run (setRanking()) the rows also
/// show the document's rank and cosine score before and after refinement and the judgments.
/// Owns its own ProjectStore on the GUI thread; a page is one small indexed read. GUI thread;
/// QtCore only.
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

    /// Opens the project (its own connection) and lists a dataset's documents; throws TareError.
    void setProject(const QString& path, qint64 datasetId);
    /// Lists only documents matching the filter (empty: all). The index must be built
    /// (DocumentSearch::ensureIndex) for filters to find anything.
    void setFilter(const QString& filter);
    void setPageSize(int rows) { m_pageSize = rows; }
    /// Shows a query's ranks, scores and judgments (an empty ranking clears them).
    void setRanking(const QueryRanking& ranking);

    qint64 datasetId() const { return m_datasetId; }
    QString filter() const { return m_filter; }
    const DocumentRow& document(int row) const { return m_rows[row]; }
    /// The whole text of a listed document.
    QString fullText(int row);
    /// Row of a loaded document, or -1.
    int rowOfDocument(qint64 documentId) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    void reload();

    std::unique_ptr<ProjectStore> m_store;
    DocumentSearch* m_search = nullptr; ///< m_store's
    qint64 m_datasetId = 0;
    QString m_filter;
    int m_pageSize = defaultPageSize;
    bool m_exhausted = true;
    bool m_fetching = false;
    QList<DocumentRow> m_rows;
    QueryRanking m_ranking;
};

} // namespace tare
