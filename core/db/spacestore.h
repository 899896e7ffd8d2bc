// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/util/eigentypes.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QThread;

namespace tare {

class DatasetStore;
class DocumentVectorWriter;
class SqliteConnection;
class EmbeddingTemplateTable;

/// The embedding spaces of a project: their definition and fitted model state, the document
/// vectors (in chunks of many rows, DocumentVectorWriter; float32, or float16 for a float16 space)
/// and query vectors (float32 blobs), and the cache of remote embeddings, over the project's
/// connection (ProjectStore::spaces()). Sizes read from the file are checked before anything is
/// allocated from them. Same thread rule as ProjectStore. Methods throw TareError.
class SpaceStore
{
public:
    SpaceStore(SqliteConnection& connection, DatasetStore& datasets);

    /// Creates a space; the dimension must be 1..65536 and the name new in its dataset.
    qint64 create(const SpaceInfo& info);
    std::optional<SpaceInfo> byName(qint64 datasetId, const QString& name);
    std::optional<SpaceInfo> find(qint64 spaceId);
    /// The spaces of a dataset, in creation order, with their vector counts.
    QList<SpaceInfo> all(qint64 datasetId);
    /// Checks, before an expensive embedding starts, that the dataset exists and has no space of
    /// that name yet (TareError(Usage) otherwise); returns the dataset.
    DatasetInfo datasetForNewSpace(qint64 datasetId, const QString& spaceName);
    /// The runs and experiments that remove() would delete with the space.
    SpaceUsage usage(qint64 spaceId);
    /// Deletes a space in one transaction: its vectors, its fitted model, and the runs (results,
    /// curves) and experiments made in it. Other spaces, runs, judges, judgments and the
    /// embedding cache stay. TareError(Usage) for an unknown space.
    void remove(qint64 spaceId);
    /// Renames a space. TareError(Usage) for an unknown space, an empty name or one the dataset
    /// already has.
    void rename(qint64 spaceId, const QString& name);

    /// Stores a document's vector (replacing an earlier one); the length must equal the space's
    /// dim. A float16 space rounds it to halves (nearest even) and refuses (TareError(Input)) a
    /// component float16 cannot hold (not finite, or beyond ±65504) instead of storing an Inf.
    /// One chunk per call: many vectors go through documentVectorWriter().
    void setDocumentVector(qint64 spaceId, qint64 documentId, std::span<const float> vector);
    /// A writer for many document vectors of a space (rows of the space's bytes per vector), the
    /// way to store a corpus: add() each, then finish().
    std::unique_ptr<DocumentVectorWriter> documentVectorWriter(qint64 spaceId);
    /// Bytes of one document vector of the space (dim x 4 for float32, dim x 2 for float16).
    qsizetype vectorBytes(qint64 spaceId);
    void setQueryVector(qint64 spaceId, qint64 queryId, std::span<const float> vector);
    /// Visits the space's document vectors in document order with their external ids (as float32,
    /// widened from a float16 space), one chunk in memory at a time.
    void forEachDocumentVector(qint64 spaceId, const std::function<void(const QString& extId, std::span<const float>)>& visit);
    /// The space's document vectors in document id order, as float32 (widened from a float16
    /// space); `documentIds` gets the row ids. Chunks stored in document order are read straight
    /// into the matrix.
    RowMatrixXf documentMatrix(qint64 spaceId, std::vector<qint64>& documentIds);
    /// The document vectors of a float16 space as stored (row-major halves, Float16 bits, dim a
    /// row) in document id order; `documentIds` gets the row ids. TareError(Internal) for a
    /// float32 space.
    std::vector<quint16> documentHalves(qint64 spaceId, std::vector<qint64>& documentIds);
    /// Told that rows [first, first + count) of the document matrix are in place.
    using RowsPlaced = std::function<void(qint64 first, qint64 count)>;
    /// The raw form of documentMatrix() and documentHalves(), for a caller that owns the memory:
    /// checks the stored sizes, lets `allocate` make room for that many rows as stored (float32 or
    /// float16 bits, dim a row) and copies the document vectors there in document id order;
    /// returns the rows read and `documentIds` gets their ids. `placed` (optional) hears of each
    /// chunk as soon as it is in place (of all rows at the end when the space is stored out of
    /// document order), so that the caller can work on it while the next chunk is read; whatever it
    /// starts must not outlive the memory `allocate` gave.
    qint64 readDocumentRows(qint64 spaceId, const std::function<char*(qint64 rows)>& allocate, std::vector<qint64>& documentIds,
                            const RowsPlaced& placed = {});
    QHash<qint64, Eigen::VectorXf> queryVectors(qint64 spaceId);

    /// The fitted model of a space (the built-in embedder's state), opaque bytes.
    void setModelState(qint64 spaceId, const QByteArray& state);
    QByteArray modelState(qint64 spaceId);

    // Remote embedding cache: vectors by embedder identity and SHA-256 of the exact text sent.
    /// The cached vector of that text under that identity, if any.
    std::optional<std::vector<float>> cachedEmbedding(const QString& identity, const QByteArray& textSha256);
    /// Stores a vector in the cache (replacing an earlier one for the same identity and text).
    void putCachedEmbedding(const QString& identity, const QByteArray& textSha256, std::span<const float> vector);
    /// How many vectors are cached under an identity.
    qint64 cachedEmbeddingCount(const QString& identity);
    /// Every identity of the cache with its number of vectors, by identity.
    QList<QPair<QString, qint64>> cachedEmbeddingIdentities();
    /// Removes the cached vectors of an identity (empty: of every identity); returns how many.
    qint64 clearEmbeddingCache(const QString& identity = {});

    /// The project's model template table (its own entries; Tare's shipped ones come on top), which
    /// endpoint spaces take their query and document templates from.
    EmbeddingTemplateTable templateTable();
    void setTemplateTable(const EmbeddingTemplateTable& table);

private:
    /// Where a space's document vectors are: its chunks (row id, first row in `ids`) and every
    /// document id in storage order, checked against the file's sizes; `destination[i]` is the
    /// document-order row of stored row i (empty when storage order is document order).
    struct VectorLayout
    {
        std::vector<qint64> chunkIds;
        std::vector<qint64> chunkFirst;
        std::vector<qint64> ids;
        std::vector<qint64> destination;
    };
    VectorLayout vectorLayout(qint64 spaceId, qsizetype rowBytes);
    void fillCounts(SpaceInfo& info);
    int dim(qint64 spaceId);
    ElementType elementType(qint64 spaceId);
    /// Stores a vector of a document or query (`sql` binds space, owner and blob), checked against the space's dim.
    void setVector(const char* sql, qint64 spaceId, qint64 ownerId, std::span<const float> vector);

    SqliteConnection& m_connection;
    DatasetStore& m_datasets;
    QThread* m_thread;
};

} // namespace tare
