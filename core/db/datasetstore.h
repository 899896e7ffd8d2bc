// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QByteArrayView>
#include <QHash>

#include <functional>
#include <optional>

class QThread;

namespace tare {

class SqliteConnection;

/// The datasets of a project with their documents, queries and graded labels, over the project's
/// connection (ProjectStore::datasets()). Same thread rule as ProjectStore. Methods throw TareError.
class DatasetStore
{
public:
    explicit DatasetStore(SqliteConnection& connection);

    /// Creates a dataset; a name that exists already is refused.
    qint64 create(const DatasetInfo& info);
    /// Changes what a dataset asks of judges and embedders (instruction, task type, document join).
    /// Judges built for it from then on have a new identity; stored judgments and spaces stay.
    void setTask(qint64 datasetId, const DatasetTask& task);
    std::optional<DatasetInfo> byName(const QString& name);
    std::optional<DatasetInfo> find(qint64 id);
    QList<DatasetInfo> all();

    // Documents and queries: insert returns 0 when the external id already exists.
    qint64 insertDocument(qint64 datasetId, QByteArrayView extId, QByteArrayView title, QByteArrayView text);
    qint64 insertQuery(qint64 datasetId, QByteArrayView extId, QByteArrayView text, QByteArrayView instruction);
    std::optional<qint64> documentId(qint64 datasetId, QByteArrayView extId);
    std::optional<qint64> queryId(qint64 datasetId, QByteArrayView extId);
    /// One document by its id (any dataset).
    std::optional<DocumentRecord> document(qint64 documentId);

    // Labels: returns false when the (query, document) pair is already labelled.
    bool insertLabel(qint64 queryId, qint64 documentId, int grade);
    void forEachLabel(qint64 datasetId, const std::function<void(const LabelRecord&)>& visit);

    // Reading a dataset for the engine (whole lists; the GUI pages through models instead).
    QList<DocumentRecord> documents(qint64 datasetId);
    /// The external id of every document of a dataset by row id, without titles or texts (read
    /// from the (dataset, ext_id) index alone): what a run needs to name its documents.
    QHash<qint64, QString> documentExtIds(qint64 datasetId);
    /// Every document of a dataset as its row id and external id, in ascending byte order of the
    /// external id (SQLite's BINARY order, which is trec_eval's docno order), read from the
    /// (dataset, ext_id) index alone: what a run needs to name its documents and break ties.
    void forEachDocumentExtId(qint64 datasetId, const std::function<void(qint64 id, const QString& extId)>& visit);
    /// The row id of every document of a dataset by external id (UTF-8), for bulk lookups.
    QHash<QByteArray, qint64> documentIdsByExtId(qint64 datasetId);
    QList<QueryRecord> queries(qint64 datasetId);
    /// Labels per query id.
    QHash<qint64, QList<GradedDocument>> labelsByQuery(qint64 datasetId);
    /// "q01: 2, q07: 0": every query a document is labelled for, with the grade, in query order.
    QString labelSummary(qint64 documentId);

private:
    void fillCounts(DatasetInfo& info);
    /// Runs an INSERT .. ON CONFLICT DO NOTHING of a dataset's item: its id, or 0 when it exists.
    qint64 insertNew(const char* sql, qint64 datasetId, QByteArrayView extId, QByteArrayView first, QByteArrayView second);

    SqliteConnection& m_connection;
    QThread* m_thread;
};

} // namespace tare
