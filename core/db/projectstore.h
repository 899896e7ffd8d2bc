// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/db/sqliteconnection.h"
#include "core/util/eigentypes.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QThread;

namespace tare {

/// The typed API over one Tare project file; all SQL of the project lives in core/db.
///
/// Thread rule: a ProjectStore is one SQLite connection and belongs to the thread that created
/// it. Another thread opens its own ProjectStore on the same path (WAL mode lets readers work
/// while one writer commits). Methods throw TareError.
class ProjectStore
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateIfMissing,
    };

    /// Opens (and, with CreateIfMissing, creates) a project. Files of an older schema are
    /// migrated forward; a newer schema or a file that is not a Tare project is refused with a
    /// clear error and left untouched.
    explicit ProjectStore(const QString& path, OpenMode mode = OpenMode::OpenExisting);
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const QString& path() const { return m_connection->path(); }
    int schemaVersion();

    /// BEGIN IMMEDIATE .. COMMIT; destruction without commit() rolls back.
    std::unique_ptr<SqliteTransaction> beginTransaction();
    /// The connection, for the domain stores that keep their own tables in the project file
    /// (experiments, the document search index); same thread rule as the store itself.
    SqliteConnection& connection() { return *m_connection; }

    /// Tunes the connection for a long bulk write (bigger page cache); harmless to leave on.
    void prepareForBulkWrite();

    // Datasets
    qint64 createDataset(const DatasetInfo& info);
    std::optional<DatasetInfo> datasetByName(const QString& name);
    std::optional<DatasetInfo> dataset(qint64 id);
    QList<DatasetInfo> datasets();

    // Documents and queries: insert returns 0 when the external id already exists.
    qint64 insertDocument(qint64 datasetId, QByteArrayView extId, QByteArrayView title, QByteArrayView text);
    qint64 insertQuery(qint64 datasetId, QByteArrayView extId, QByteArrayView text, QByteArrayView instruction);
    std::optional<qint64> documentId(qint64 datasetId, QByteArrayView extId);
    std::optional<qint64> queryId(qint64 datasetId, QByteArrayView extId);

    // Labels: returns false when the (query, document) pair is already labelled.
    bool insertLabel(qint64 queryId, qint64 documentId, int grade);
    void forEachLabel(qint64 datasetId, const std::function<void(const LabelRecord&)>& visit);

    // Spaces and vectors
    qint64 createSpace(const SpaceInfo& info);
    std::optional<SpaceInfo> spaceByName(qint64 datasetId, const QString& name);
    /// Checks, before an expensive embedding starts, that the dataset exists and has no space of
    /// that name yet (TareError(Usage) otherwise); returns the dataset.
    DatasetInfo datasetForNewSpace(qint64 datasetId, const QString& spaceName);
    QList<SpaceInfo> spaces(qint64 datasetId);
    /// Stores a document's vector (replacing an earlier one); the length must equal the space's dim.
    void setDocumentVector(qint64 spaceId, qint64 documentId, std::span<const float> vector);
    void setQueryVector(qint64 spaceId, qint64 queryId, std::span<const float> vector);
    /// Visits the space's document vectors in document order with their external ids.
    void forEachDocumentVector(qint64 spaceId, const std::function<void(const QString& extId, std::span<const float>)>& visit);

    ProjectSummary summary();

    // Reading a dataset for the engine (whole lists; the GUI pages through models instead).
    QList<DocumentRecord> documents(qint64 datasetId);
    QList<QueryRecord> queries(qint64 datasetId);
    /// Labels per query id.
    QHash<qint64, QList<GradedDocument>> labelsByQuery(qint64 datasetId);

    // Embedding spaces: fitted model state, and the vectors as one contiguous matrix.
    void setSpaceModelState(qint64 spaceId, const QByteArray& state);
    QByteArray spaceModelState(qint64 spaceId);
    std::optional<SpaceInfo> space(qint64 spaceId);
    /// The space's document vectors in document id order; `documentIds` gets the row ids.
    RowMatrixXf documentMatrix(qint64 spaceId, std::vector<qint64>& documentIds);
    QHash<qint64, Eigen::VectorXf> queryVectors(qint64 spaceId);

    // Remote embedding cache: vectors by embedder identity and SHA-256 of the exact text sent.
    /// The cached vector of that text under that identity, if any.
    std::optional<std::vector<float>> cachedEmbedding(const QString& identity, const QByteArray& textSha256);
    /// Stores a vector in the cache (replacing an earlier one for the same identity and text).
    void putCachedEmbedding(const QString& identity, const QByteArray& textSha256, std::span<const float> vector);
    /// How many vectors are cached under an identity.
    qint64 cachedEmbeddingCount(const QString& identity);

    // Judges and judgments.
    /// The judge with this identity, created when new; returns its id.
    qint64 ensureJudge(const JudgeInfo& judge);
    std::optional<JudgeInfo> judge(qint64 judgeId);
    qint64 insertJudgment(const JudgmentRecord& judgment);
    /// The latest judgment of every (query, document) pair of the dataset by this judge.
    QHash<QPair<qint64, qint64>, JudgmentRecord> latestJudgments(qint64 judgeId, qint64 datasetId);

    // Runs.
    qint64 createRun(const RunRecord& run);
    void setRunStatus(qint64 runId, RunStatus status, const QString& error = {});
    std::optional<RunRecord> run(qint64 runId);
    /// Runs of a dataset (0: all), newest first.
    QList<RunRecord> runs(qint64 datasetId = 0);
    /// A run's baseline (runs.baseline_run_id): the run it was derived from, if any.
    std::optional<qint64> runBaseline(qint64 runId);
    void setRunBaseline(qint64 runId, qint64 baselineRunId);
    /// The newest run derived from `baselineRunId` whose judge is of this kind, if any.
    std::optional<qint64> newestDerivedRun(qint64 baselineRunId, const QString& judgeKind);
    /// The newest run with exactly these settings that did not finish, if any.
    std::optional<RunRecord> latestUnfinishedRun(const RunRecord& settings);
    /// Writes one query's result and its curve in one transaction.
    void insertRunQuery(const RunQueryRecord& result);
    /// The same, replacing the query's earlier result and curve in that transaction (re-refined rows).
    void replaceRunQuery(const RunQueryRecord& result);
    QSet<qint64> recordedQueryIds(qint64 runId);
    QList<RunQueryRecord> runQueries(qint64 runId, bool withCurves);

private:
    void writeRunQuery(const RunQueryRecord& result);

    void fillCounts(DatasetInfo& info);
    void fillCounts(SpaceInfo& info);
    int spaceDim(qint64 spaceId);

    std::unique_ptr<SqliteConnection> m_connection;
    QThread* m_thread;
};

} // namespace tare
