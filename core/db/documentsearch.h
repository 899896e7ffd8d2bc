// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tare {

class DatasetStore;
class SqliteConnection;

/// One document as the corpus browser lists it: the text cut to a preview, and its labels.
struct DocumentRow
{
    qint64 id = 0;
    QString extId;
    QString title;
    QString preview;  ///< the first previewLength characters of the text
    QString labels;   ///< "q01: 2, q07: 0": every query the document is labelled for, with the grade
};

/// Pages through a dataset's documents, optionally filtered by the full-text index (schema v3's
/// external-content FTS5 table documents_fts). Keyset paging on the document id keeps every page
/// one indexed range read, however deep the user scrolls, so a million-document corpus pages as
/// fast as a small one. ensureIndex() fills the index when the documents changed since it was
/// last built (a rebuild reads the whole corpus: call it on a worker). Over the project's
/// connection (ProjectStore::documentSearch()); same thread rule as ProjectStore. Methods throw
/// TareError.
class DocumentSearch
{
    Q_DECLARE_TR_FUNCTIONS(tare::DocumentSearch)

public:
    static constexpr int previewLength = 240;

    DocumentSearch(SqliteConnection& connection, DatasetStore& datasets);

    /// Rebuilds the full-text index when the documents changed (count or largest id differ from
    /// the last build, recorded in project_meta); returns true when it rebuilt.
    bool ensureIndex();

    /// Up to `limit` documents of the dataset with an id above `afterId`, in id order; with a
    /// non-empty `filter`, only documents whose title or text match it (every word, as a prefix).
    QList<DocumentRow> page(qint64 datasetId, const QString& filter, qint64 afterId, int limit);
    /// How many documents page() would list in all.
    qint64 count(qint64 datasetId, const QString& filter);
    /// The whole title and text of a document.
    QString fullText(qint64 documentId);

    /// The FTS5 query for what a person typed: each word quoted (so FTS5 syntax in the input is
    /// taken literally) and matched as a prefix; words are ANDed. Empty when there is no word.
    static QString matchExpression(const QString& filter);

private:
    SqliteConnection& m_connection;
    DatasetStore& m_datasets;
};

} // namespace tare
