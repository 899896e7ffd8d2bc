// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/jobs/jobtracker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace tare {

class CorpusModel;
class TsvTableView;
struct QueryRanking;

/// The corpus browser: a dataset's queries (left) and documents (right) with a full-text filter
/// (SQLite FTS5, every word as a prefix), each document's labels and, for the query selected on
/// the left, the run judge's score, the person's label, and the document's rank and cosine score
/// before and after refinement. The document table fills lazily (CorpusModel pages as the view
/// scrolls), so a million-document corpus opens and scrolls at once.
///
/// Nothing here reads SQLite on the GUI thread: opening (search index, queries, first page), each
/// filter (count and first page together), a query's ranking and a document's whole text are
/// JobTracker jobs with their own ProjectStore (the latest request wins), and the model reads
/// later pages on workers, one ahead of the view. GUI thread.
class CorpusBrowserWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CorpusBrowserWidget(QWidget* parent = nullptr);

    /// Opens a dataset of a project: builds the search index if needed, lists queries and
    /// documents. `runId` (0: none) is the run whose ranks are shown for a selected query.
    void setProject(const QString& projectPath, qint64 datasetId, qint64 runId);
    void setRun(qint64 runId);
    /// Shows a query's ranks and judgments (loaded in the background).
    void selectQuery(qint64 queryId);
    /// Filters the documents now (the line edit does this after a short pause in typing).
    void setFilter(const QString& filter);

    CorpusModel* model() const { return m_model; }
    TsvTableView* tableView() const { return m_table; }
    QListWidget* queryList() const { return m_queries; }
    QString statusText() const;
    /// What the document pane shows: the selected document's id, text and labels.
    QString documentText() const;

Q_SIGNALS:
    /// The dataset is listed and the search index is ready.
    void projectShown();
    void rankingShown(qint64 queryId);
    void filterCounted(qint64 matches);
    /// The selected document's whole text is shown.
    void documentShown(qint64 documentId);
    void failed(const QString& message);

private:
    void showDocument();

    JobTracker m_opening;
    JobTracker m_filtering;
    JobTracker m_ranking;
    JobTracker m_reading;
    QString m_projectPath;
    qint64 m_datasetId = 0;
    qint64 m_runId = 0;
    qint64 m_queryId = 0;
    CorpusModel* m_model;
    TsvTableView* m_table;
    QListWidget* m_queries;
    QLineEdit* m_filter;
    QLabel* m_status;
    QTextBrowser* m_document;
    QTimer* m_filterDelay;
};

} // namespace tare
