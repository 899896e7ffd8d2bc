// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/spacestore.h"

#include "core/embed/embeddingtemplatetable.h"

#include "core/db/datasetstore.h"
#include "core/db/documentvectorwriter.h"
#include "core/db/sqliteconnection.h"
#include "core/util/float16.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>
#include <numeric>

static_assert(std::endian::native == std::endian::little, "vector blobs are stored as float32 little-endian");

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectStore", text);
}

// Bounds checked before anything is allocated from sizes stored in a project file, which may come
// from elsewhere: the dimension the schema allows, and the largest vector matrix loaded at once.
constexpr qint64 s_maxDim = 65536;
constexpr qint64 s_maxMatrixBytes = qint64(64) << 30;

/// An open blob handle on the vectors of document_vector_chunks, moved from chunk to chunk.
struct ChunkBlob
{
    SqliteConnection& connection;
    sqlite3_blob* blob = nullptr;

    ~ChunkBlob()
    {
        if (blob)
            sqlite3_blob_close(blob);
    }
    /// Reads `bytes` of a chunk's vectors from `offset` into `out`, without a copy in between.
    void read(qint64 chunkId, char* out, qint64 bytes, qint64 offset = 0)
    {
        const int opened = blob ? sqlite3_blob_reopen(blob, chunkId)
                                : sqlite3_blob_open(connection.handle(), "main", "document_vector_chunks", "vectors",
                                                    chunkId, 0, &blob);
        if (opened != SQLITE_OK)
            connection.fail(opened, tr("reading the vectors of chunk %1").arg(chunkId));
        const int rc = sqlite3_blob_read(blob, out, int(bytes), int(offset));
        if (rc != SQLITE_OK)
            connection.fail(rc, tr("reading the vectors of chunk %1").arg(chunkId));
    }
};

} // namespace

SpaceStore::SpaceStore(SqliteConnection& connection, DatasetStore& datasets)
    : m_connection(connection)
    , m_datasets(datasets)
    , m_thread(QThread::currentThread())
{
}

qint64 SpaceStore::create(const SpaceInfo& info)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    if (info.dim <= 0 || info.dim > s_maxDim)
        throw TareError(TareError::Kind::Input, tr("embedding dimension %1 is out of range (1..65536)").arg(info.dim));
    if (byName(info.datasetId, info.name))
        throw TareError(TareError::Kind::Input, tr("an embedding space named '%1' already exists").arg(info.name));
    auto& statement = m_connection.prepare(
        "INSERT INTO spaces(dataset_id, name, provider, model, dim, query_template, document_template, params, element_type) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    statement.bind(1, info.datasetId).bind(2, info.name).bind(3, info.provider).bind(4, info.model).bind(5, info.dim);
    statement.bind(6, info.queryTemplate).bind(7, info.documentTemplate).bind(8, QByteArrayView(info.paramsJson));
    statement.bind(9, elementTypeName(info.elementType));
    statement.run();
    return m_connection.lastInsertRowId();
}

DatasetInfo SpaceStore::datasetForNewSpace(qint64 datasetId, const QString& spaceName)
{
    const auto found = m_datasets.find(datasetId);
    if (!found)
        throw TareError(TareError::Kind::Usage, tr("no dataset with id %1").arg(datasetId));
    if (byName(datasetId, spaceName))
        throw TareError(TareError::Kind::Usage, tr("dataset '%1' already has a space named '%2'").arg(found->name, spaceName));
    return *found;
}

std::optional<SpaceInfo> SpaceStore::byName(qint64 datasetId, const QString& name)
{
    for (const auto& space : all(datasetId)) {
        if (space.name == name)
            return space;
    }
    return std::nullopt;
}

QList<SpaceInfo> SpaceStore::all(qint64 datasetId)
{
    QList<SpaceInfo> result = m_connection.rows(
        "SELECT id, dataset_id, name, provider, model, dim, query_template, document_template, params, element_type "
        "FROM spaces WHERE dataset_id = ?1 ORDER BY id",
        datasetId, [](const SqliteStatement& row) {
            SpaceInfo info{row.int64(0), row.int64(1), row.text(2), row.text(3), row.text(4), int(row.int64(5)),
                           row.text(6), row.text(7), row.blob(8), 0, 0};
            // The schema's CHECK admits only the two names.
            info.elementType = elementTypeFromName(row.text(9)).value_or(ElementType::Float32);
            return info;
        });
    for (auto& info : result)
        fillCounts(info);
    return result;
}

std::optional<SpaceInfo> SpaceStore::find(qint64 spaceId)
{
    auto& statement = m_connection.prepare("SELECT dataset_id FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    const auto datasetId = statement.firstInt64();
    if (!datasetId)
        return std::nullopt;
    for (const auto& info : all(*datasetId)) {
        if (info.id == spaceId)
            return info;
    }
    return std::nullopt;
}

void SpaceStore::fillCounts(SpaceInfo& info)
{
    info.documentVectorCount = m_connection.queryInt64(
        "SELECT coalesce(sum(row_count), 0) FROM document_vector_chunks WHERE space_id = ?1", info.id);
    info.queryVectorCount = m_connection.queryInt64("SELECT count(*) FROM query_vectors WHERE space_id = ?1", info.id);
    info.runCount = m_connection.queryInt64("SELECT count(*) FROM runs WHERE space_id = ?1", info.id);
}

SpaceUsage SpaceStore::usage(qint64 spaceId)
{
    if (!find(spaceId))
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1").arg(spaceId));
    SpaceUsage usage;
    usage.runs = m_connection.queryInt64("SELECT count(*) FROM runs WHERE space_id = ?1", spaceId);
    usage.experiments = m_connection.queryInt64("SELECT count(*) FROM experiments WHERE space_id = ?1", spaceId);
    return usage;
}

void SpaceStore::remove(qint64 spaceId)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    if (!find(spaceId))
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1").arg(spaceId));
    SqliteTransaction transaction(m_connection);
    // Foreign keys cascade from the space to its vectors, runs (their results and curves) and
    // experiments; a run elsewhere whose baseline was one of those runs forgets that baseline.
    auto& statement = m_connection.prepare("DELETE FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    statement.run();
    transaction.commit();
}

void SpaceStore::rename(qint64 spaceId, const QString& name)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    const auto found = find(spaceId);
    if (!found)
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1").arg(spaceId));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("an embedding space needs a name"));
    if (trimmed == found->name)
        return;
    if (byName(found->datasetId, trimmed))
        throw TareError(TareError::Kind::Usage, tr("this dataset already has an embedding space named '%1'").arg(trimmed));
    auto& statement = m_connection.prepare("UPDATE spaces SET name = ?2 WHERE id = ?1");
    statement.bind(1, spaceId).bind(2, trimmed);
    statement.run();
}

ElementType SpaceStore::elementType(qint64 spaceId)
{
    auto& statement = m_connection.prepare("SELECT element_type FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    ElementType type = ElementType::Float32;
    if (statement.step())
        type = elementTypeFromName(statement.text(0)).value_or(ElementType::Float32);
    statement.reset();
    return type;
}

int SpaceStore::dim(qint64 spaceId)
{
    auto& statement = m_connection.prepare("SELECT dim FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    const auto dim = statement.firstInt64();
    if (!dim)
        throw TareError(TareError::Kind::Internal, tr("no embedding space with id %1").arg(spaceId));
    // Checked on write, but a file from elsewhere may hold anything: refuse before allocating.
    if (*dim < 1 || *dim > s_maxDim)
        throw TareError(TareError::Kind::Input, tr("%1: embedding space %2 has dimension %3, outside 1..%4 (damaged project?)")
                                                    .arg(m_connection.path())
                                                    .arg(spaceId)
                                                    .arg(*dim)
                                                    .arg(s_maxDim));
    return int(*dim);
}

void SpaceStore::setDocumentVector(qint64 spaceId, qint64 documentId, std::span<const float> vector)
{
    const int expected = dim(spaceId);
    if (qsizetype(vector.size()) != expected)
        throw TareError(TareError::Kind::Input,
                        tr("vector of dimension %1 does not fit a space of dimension %2").arg(vector.size()).arg(expected));
    const auto writer = documentVectorWriter(spaceId);
    writer->add(documentId, vector);
    writer->finish();
}

qsizetype SpaceStore::vectorBytes(qint64 spaceId)
{
    return qsizetype(dim(spaceId)) * qsizetype(elementSize(elementType(spaceId)));
}

std::unique_ptr<DocumentVectorWriter> SpaceStore::documentVectorWriter(qint64 spaceId)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    return std::make_unique<DocumentVectorWriter>(m_connection, spaceId, vectorBytes(spaceId),
                                                  elementType(spaceId) == ElementType::Float16);
}

void SpaceStore::setQueryVector(qint64 spaceId, qint64 queryId, std::span<const float> vector)
{
    setVector("INSERT INTO query_vectors(space_id, query_id, vector) VALUES(?1, ?2, ?3) "
              "ON CONFLICT(space_id, query_id) DO UPDATE SET vector = excluded.vector",
              spaceId, queryId, vector);
}

void SpaceStore::setVector(const char* sql, qint64 spaceId, qint64 ownerId, std::span<const float> vector)
{
    const int expected = dim(spaceId);
    if (qsizetype(vector.size()) != expected)
        throw TareError(TareError::Kind::Input,
                        tr("vector of dimension %1 does not fit a space of dimension %2").arg(vector.size()).arg(expected));
    auto& statement = m_connection.prepare(sql);
    statement.bind(1, spaceId).bind(2, ownerId).bindBlob(3, vector.data(), qsizetype(vector.size_bytes()));
    statement.run();
}

SpaceStore::VectorLayout SpaceStore::vectorLayout(qint64 spaceId, qsizetype rowBytes)
{
    // Sizes come from the file: every chunk must hold rows x 8 bytes of ids and rows x rowBytes of
    // vectors, and the whole space must be of a size one may load, before anything is allocated
    // from them. length() of a blob does not read it.
    auto& sizes = m_connection.prepare(
        "SELECT id, row_count, length(document_ids), length(vectors) FROM document_vector_chunks WHERE space_id = ?1 "
        "ORDER BY id");
    sizes.bind(1, spaceId);
    VectorLayout layout;
    qint64 rows = 0;
    const qint64 maxRows = s_maxMatrixBytes / rowBytes;
    while (sizes.step()) {
        const qint64 chunkRows = sizes.int64(1);
        const qint64 idBytes = sizes.int64(2);
        const qint64 vectorBytes = sizes.int64(3);
        if (chunkRows < 1 || chunkRows > maxRows || idBytes != chunkRows * qint64(sizeof(qint64))
            || vectorBytes != chunkRows * rowBytes) {
            sizes.reset();
            throw TareError(TareError::Kind::Input,
                            tr("%1: a chunk of the vectors of embedding space %2 holds %3 bytes of vectors and %4 bytes "
                               "of ids for %5 rows of %6 bytes (damaged project?)")
                                .arg(m_connection.path())
                                .arg(spaceId)
                                .arg(vectorBytes)
                                .arg(idBytes)
                                .arg(chunkRows)
                                .arg(rowBytes));
        }
        layout.chunkIds.push_back(sizes.int64(0));
        layout.chunkFirst.push_back(rows);
        rows += chunkRows;
        if (rows > maxRows) {
            sizes.reset();
            throw TareError(TareError::Kind::Input, tr("%1: embedding space %2 is too large to load: over %3 vectors of %4 "
                                                       "bytes need more than the limit of %5 GiB")
                                                        .arg(m_connection.path())
                                                        .arg(spaceId)
                                                        .arg(rows)
                                                        .arg(rowBytes)
                                                        .arg(s_maxMatrixBytes >> 30));
        }
    }
    sizes.reset();
    layout.ids.resize(size_t(rows));
    auto& ids = m_connection.prepare("SELECT document_ids FROM document_vector_chunks WHERE id = ?1");
    for (size_t chunk = 0; chunk < layout.chunkIds.size(); ++chunk) {
        ids.bind(1, layout.chunkIds[chunk]);
        const qint64 first = layout.chunkFirst[chunk];
        const qint64 end = chunk + 1 < layout.chunkIds.size() ? layout.chunkFirst[chunk + 1] : rows;
        if (!ids.step() || qint64(ids.blobView(0).size()) != (end - first) * qint64(sizeof(qint64))) {
            ids.reset();
            throw TareError(TareError::Kind::Input, tr("%1: the vectors of embedding space %2 changed while they were read")
                                                        .arg(m_connection.path())
                                                        .arg(spaceId));
        }
        std::memcpy(layout.ids.data() + first, ids.blobView(0).data(), size_t(end - first) * sizeof(qint64));
        ids.reset();
    }
    if (std::is_sorted(layout.ids.begin(), layout.ids.end())
        && std::adjacent_find(layout.ids.begin(), layout.ids.end()) == layout.ids.end())
        return layout;
    // Stored out of document order (vectors added to a space later, a file imported in its own
    // order): each stored row's place in document order.
    std::vector<qint64> order(layout.ids.size());
    std::iota(order.begin(), order.end(), qint64(0));
    std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) { return layout.ids[size_t(a)] < layout.ids[size_t(b)]; });
    layout.destination.resize(order.size());
    for (size_t row = 0; row < order.size(); ++row) {
        if (row > 0 && layout.ids[size_t(order[row])] == layout.ids[size_t(order[row - 1])])
            throw TareError(TareError::Kind::Input, tr("%1: document %2 has two vectors in embedding space %3 (damaged project?)")
                                                        .arg(m_connection.path())
                                                        .arg(layout.ids[size_t(order[row])])
                                                        .arg(spaceId));
        layout.destination[size_t(order[row])] = qint64(row);
    }
    return layout;
}

void SpaceStore::forEachDocumentVector(qint64 spaceId, const std::function<void(const QString&, std::span<const float>)>& visit)
{
    const qsizetype rowBytes = vectorBytes(spaceId);
    const VectorLayout layout = vectorLayout(spaceId, rowBytes);
    const auto datasetId = [&] {
        auto& statement = m_connection.prepare("SELECT dataset_id FROM spaces WHERE id = ?1");
        statement.bind(1, spaceId);
        return statement.firstInt64().value_or(0);
    }();
    const QHash<qint64, QString> extIds = m_datasets.documentExtIds(datasetId);
    // Stored rows in document order; one chunk at a time in memory (each read once when the
    // space is stored in document order).
    std::vector<qint64> order(layout.ids.size());
    std::iota(order.begin(), order.end(), qint64(0));
    if (!layout.destination.empty()) {
        for (size_t row = 0; row < order.size(); ++row)
            order[size_t(layout.destination[row])] = qint64(row);
    }
    ChunkBlob blob{m_connection};
    const bool half = elementType(spaceId) == ElementType::Float16;
    const size_t dimension = size_t(dim(spaceId));
    std::vector<char> chunk;
    std::vector<float> widened(half ? dimension : 0); // visitors (export) see float32
    size_t loaded = layout.chunkIds.size();
    for (const qint64 stored : order) {
        const size_t index = size_t(std::upper_bound(layout.chunkFirst.begin(), layout.chunkFirst.end(), stored)
                                    - layout.chunkFirst.begin() - 1);
        if (index != loaded) {
            const qint64 end = index + 1 < layout.chunkIds.size() ? layout.chunkFirst[index + 1] : qint64(layout.ids.size());
            chunk.resize(size_t((end - layout.chunkFirst[index]) * rowBytes));
            blob.read(layout.chunkIds[index], chunk.data(), qint64(chunk.size()));
            loaded = index;
        }
        const auto extId = extIds.constFind(layout.ids[size_t(stored)]);
        if (extId == extIds.constEnd())
            continue; // not a document of the space's dataset
        const char* row = chunk.data() + size_t(stored - layout.chunkFirst[index]) * size_t(rowBytes);
        if (half) {
            Float16::toFloats(std::span<const quint16>(reinterpret_cast<const quint16*>(row), dimension), widened.data());
            visit(*extId, widened);
        } else {
            visit(*extId, std::span<const float>(reinterpret_cast<const float*>(row), dimension));
        }
    }
}

qint64 SpaceStore::readDocumentRows(qint64 spaceId, const std::function<char*(qint64 rows)>& allocate,
                                    std::vector<qint64>& documentIds, const RowsPlaced& placed)
{
    const qint64 rowBytes = vectorBytes(spaceId);
    VectorLayout layout = vectorLayout(spaceId, qsizetype(rowBytes));
    const qint64 rows = qint64(layout.ids.size());
    char* const data = allocate(rows);
    ChunkBlob blob{m_connection};
    std::vector<char> buffer;
    const auto destination = [&](qint64 stored) { return layout.destination.empty() ? stored : layout.destination[size_t(stored)]; };
    for (size_t chunk = 0; chunk < layout.chunkIds.size(); ++chunk) {
        const qint64 first = layout.chunkFirst[chunk];
        const qint64 end = chunk + 1 < layout.chunkIds.size() ? layout.chunkFirst[chunk + 1] : rows;
        bool contiguous = true;
        for (qint64 row = first + 1; row < end && contiguous; ++row)
            contiguous = destination(row) == destination(first) + (row - first);
        if (contiguous) { // straight into its place
            blob.read(layout.chunkIds[chunk], data + destination(first) * rowBytes, (end - first) * rowBytes);
            if (placed && layout.destination.empty())
                placed(first, end - first);
            continue;
        }
        buffer.resize(size_t((end - first) * rowBytes));
        blob.read(layout.chunkIds[chunk], buffer.data(), qint64(buffer.size()));
        for (qint64 row = first; row < end; ++row)
            std::memcpy(data + destination(row) * rowBytes, buffer.data() + (row - first) * rowBytes, size_t(rowBytes));
    }
    if (placed && !layout.destination.empty())
        placed(0, rows);
    if (layout.destination.empty()) {
        documentIds = std::move(layout.ids);
    } else {
        documentIds.assign(size_t(rows), 0);
        for (size_t row = 0; row < size_t(rows); ++row)
            documentIds[size_t(layout.destination[row])] = layout.ids[row];
    }
    return rows;
}

RowMatrixXf SpaceStore::documentMatrix(qint64 spaceId, std::vector<qint64>& documentIds)
{
    const int dimension = dim(spaceId);
    if (elementType(spaceId) == ElementType::Float16) {
        const std::vector<quint16> halves = documentHalves(spaceId, documentIds);
        RowMatrixXf matrix(qint64(documentIds.size()), dimension);
        Float16::toFloats(halves, matrix.data());
        return matrix;
    }
    RowMatrixXf matrix;
    const qint64 rows = readDocumentRows(
        spaceId,
        [&](qint64 count) {
            matrix.resize(count, dimension);
            return reinterpret_cast<char*>(matrix.data());
        },
        documentIds);
    if (rows < matrix.rows())
        matrix.conservativeResize(rows, dimension);
    return matrix;
}

std::vector<quint16> SpaceStore::documentHalves(qint64 spaceId, std::vector<qint64>& documentIds)
{
    const int dimension = dim(spaceId);
    if (elementType(spaceId) != ElementType::Float16)
        throw TareError(TareError::Kind::Internal, tr("embedding space %1 does not store float16 vectors").arg(spaceId));
    std::vector<quint16> halves;
    const qint64 rows = readDocumentRows(
        spaceId,
        [&](qint64 count) {
            halves.resize(size_t(count) * size_t(dimension));
            return reinterpret_cast<char*>(halves.data());
        },
        documentIds);
    halves.resize(size_t(rows) * size_t(dimension));
    return halves;
}

QHash<qint64, Eigen::VectorXf> SpaceStore::queryVectors(qint64 spaceId)
{
    const int dimension = dim(spaceId);
    auto& statement = m_connection.prepare("SELECT query_id, vector FROM query_vectors WHERE space_id = ?1");
    statement.bind(1, spaceId);
    QHash<qint64, Eigen::VectorXf> result;
    while (statement.step()) {
        const auto bytes = statement.blobView(1);
        if (qsizetype(bytes.size()) != qsizetype(dimension) * qsizetype(sizeof(float)))
            continue; // validated on write; a damaged row is treated as missing
        Eigen::VectorXf vector(dimension);
        std::memcpy(vector.data(), bytes.data(), bytes.size());
        result.insert(statement.int64(0), vector);
    }
    statement.reset();
    return result;
}

void SpaceStore::setModelState(qint64 spaceId, const QByteArray& state)
{
    auto& statement = m_connection.prepare("UPDATE spaces SET model_state = ?2 WHERE id = ?1");
    statement.bind(1, spaceId).bindBlob(2, state.constData(), state.size());
    statement.run();
}

QByteArray SpaceStore::modelState(qint64 spaceId)
{
    auto& statement = m_connection.prepare("SELECT model_state FROM spaces WHERE id = ?1");
    statement.bind(1, spaceId);
    QByteArray state;
    if (statement.step())
        state = statement.blob(0);
    statement.reset();
    return state;
}

std::optional<std::vector<float>> SpaceStore::cachedEmbedding(const QString& identity, const QByteArray& textSha256)
{
    auto& statement = m_connection.prepare("SELECT vector FROM embedding_cache WHERE identity = ?1 AND text_sha256 = ?2");
    statement.bind(1, identity).bindBlob(2, textSha256.constData(), textSha256.size());
    std::optional<std::vector<float>> vector;
    if (statement.step()) {
        const auto bytes = statement.blobView(0);
        if (!bytes.empty() && bytes.size() % sizeof(float) == 0) { // a damaged row is treated as missing
            vector.emplace(bytes.size() / sizeof(float));
            std::memcpy(vector->data(), bytes.data(), bytes.size());
            // Cached by an older Tare without checks: an infinity or NaN is asked for again.
            if (!std::all_of(vector->begin(), vector->end(), [](float v) { return std::isfinite(v); }))
                vector.reset();
        }
    }
    statement.reset();
    return vector;
}

void SpaceStore::putCachedEmbedding(const QString& identity, const QByteArray& textSha256, std::span<const float> vector)
{
    auto& statement = m_connection.prepare(
        "INSERT INTO embedding_cache(identity, text_sha256, vector) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(identity, text_sha256) DO UPDATE SET vector = excluded.vector");
    statement.bind(1, identity)
        .bindBlob(2, textSha256.constData(), textSha256.size())
        .bindBlob(3, vector.data(), qsizetype(vector.size_bytes()));
    statement.run();
}

qint64 SpaceStore::cachedEmbeddingCount(const QString& identity)
{
    auto& statement = m_connection.prepare("SELECT COUNT(*) FROM embedding_cache WHERE identity = ?1");
    statement.bind(1, identity);
    return statement.firstInt64().value_or(0);
}

EmbeddingTemplateTable SpaceStore::templateTable()
{
    auto& statement = m_connection.prepare("SELECT value FROM project_meta WHERE key = 'embedding_templates'");
    QByteArray json;
    if (statement.step())
        json = statement.text(0).toUtf8();
    statement.reset();
    return EmbeddingTemplateTable::fromJson(json);
}

void SpaceStore::setTemplateTable(const EmbeddingTemplateTable& table)
{
    auto& statement = m_connection.prepare("INSERT INTO project_meta(key, value) VALUES('embedding_templates', ?1) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, QString::fromUtf8(table.toJson()));
    statement.run();
}

QList<QPair<QString, qint64>> SpaceStore::cachedEmbeddingIdentities()
{
    auto& statement = m_connection.prepare("SELECT identity, count(*) FROM embedding_cache GROUP BY identity ORDER BY identity");
    QList<QPair<QString, qint64>> result;
    while (statement.step())
        result.append({statement.text(0), statement.int64(1)});
    statement.reset();
    return result;
}

qint64 SpaceStore::clearEmbeddingCache(const QString& identity)
{
    auto& statement = m_connection.prepare("DELETE FROM embedding_cache WHERE ?1 = '' OR identity = ?1");
    statement.bind(1, identity);
    statement.run();
    return m_connection.changes();
}

} // namespace tare
