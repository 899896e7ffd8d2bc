// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/spacestore.h"

#include "core/embed/embeddingtemplatetable.h"

#include "core/db/datasetstore.h"
#include "core/db/sqliteconnection.h"
#include "core/util/float16.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

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
    info.documentVectorCount = m_connection.queryInt64("SELECT count(*) FROM document_vectors WHERE space_id = ?1", info.id);
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
    if (elementType(spaceId) == ElementType::Float16) {
        const int expected = dim(spaceId);
        if (qsizetype(vector.size()) != expected)
            throw TareError(TareError::Kind::Input,
                            tr("vector of dimension %1 does not fit a space of dimension %2").arg(vector.size()).arg(expected));
        for (size_t i = 0; i < vector.size(); ++i) {
            if (!Float16::representable(vector[i]))
                throw TareError(TareError::Kind::Input, tr("component %1 is %2, which float16 cannot hold (finite, at most ±65504)")
                                                            .arg(i)
                                                            .arg(double(vector[i])));
        }
        std::vector<quint16> halves(vector.size());
        Float16::fromFloats(vector, halves.data());
        auto& statement = m_connection.prepare("INSERT INTO document_vectors(space_id, document_id, vector) VALUES(?1, ?2, ?3) "
                                               "ON CONFLICT(space_id, document_id) DO UPDATE SET vector = excluded.vector");
        statement.bind(1, spaceId).bind(2, documentId).bindBlob(3, halves.data(), qsizetype(halves.size() * sizeof(quint16)));
        statement.run();
        return;
    }
    setVector("INSERT INTO document_vectors(space_id, document_id, vector) VALUES(?1, ?2, ?3) "
              "ON CONFLICT(space_id, document_id) DO UPDATE SET vector = excluded.vector",
              spaceId, documentId, vector);
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

void SpaceStore::forEachDocumentVector(qint64 spaceId, const std::function<void(const QString&, std::span<const float>)>& visit)
{
    const int dimension = dim(spaceId);
    const ElementType type = elementType(spaceId);
    const size_t rowBytes = size_t(dimension) * size_t(elementSize(type));
    auto& statement = m_connection.prepare(
        "SELECT d.ext_id, v.vector FROM document_vectors v JOIN documents d ON d.id = v.document_id "
        "WHERE v.space_id = ?1 ORDER BY d.id");
    statement.bind(1, spaceId);
    std::vector<float> buffer(static_cast<size_t>(dimension));
    std::vector<quint16> halves(type == ElementType::Float16 ? size_t(dimension) : 0);
    while (statement.step()) {
        const auto bytes = statement.blobView(1);
        if (bytes.size() != rowBytes) {
            statement.reset();
            throw TareError(TareError::Kind::Input, tr("%1: a stored vector has %2 bytes, expected %3 (damaged project?)")
                                                        .arg(m_connection.path())
                                                        .arg(bytes.size())
                                                        .arg(rowBytes));
        }
        if (type == ElementType::Float16) { // visitors (export) see float32
            std::memcpy(halves.data(), bytes.data(), bytes.size());
            Float16::toFloats(halves, buffer.data());
        } else {
            std::memcpy(buffer.data(), bytes.data(), bytes.size());
        }
        visit(statement.text(0), buffer);
    }
    statement.reset();
}

qint64 SpaceStore::readDocumentRows(qint64 spaceId, qint64 elementBytes, const std::function<char*(qint64 rows)>& allocate,
                                    std::vector<qint64>& documentIds)
{
    const int dimension = dim(spaceId);
    const qint64 rowBytes = dimension * elementBytes;
    // Sizes come from the file: check that the stored blobs add up to rows x dim elements, and
    // that the matrix is of a size one may load, before allocating it.
    auto& count = m_connection.prepare(
        "SELECT count(*), coalesce(sum(length(vector)), 0) FROM document_vectors WHERE space_id = ?1");
    count.bind(1, spaceId);
    count.step();
    const qint64 rows = count.int64(0);
    const qint64 storedBytes = count.int64(1);
    count.reset();
    const qint64 matrixBytes = rows * rowBytes;
    if (storedBytes != matrixBytes)
        throw TareError(TareError::Kind::Input,
                        tr("%1: the %2 vectors of embedding space %3 hold %4 bytes, expected %5 for dimension %6 "
                           "(damaged project?)")
                            .arg(m_connection.path())
                            .arg(rows)
                            .arg(spaceId)
                            .arg(storedBytes)
                            .arg(matrixBytes)
                            .arg(dimension));
    if (matrixBytes > s_maxMatrixBytes)
        throw TareError(TareError::Kind::Input, tr("%1: embedding space %2 is too large to load: %3 vectors of dimension %4 "
                                                   "need %5 GiB (the limit is %6 GiB)")
                                                    .arg(m_connection.path())
                                                    .arg(spaceId)
                                                    .arg(rows)
                                                    .arg(dimension)
                                                    .arg(double(matrixBytes) / double(qint64(1) << 30), 0, 'f', 1)
                                                    .arg(s_maxMatrixBytes >> 30));
    char* out = allocate(rows);
    documentIds.clear();
    documentIds.reserve(size_t(rows));
    auto& statement = m_connection.prepare(
        "SELECT document_id, vector FROM document_vectors WHERE space_id = ?1 ORDER BY document_id");
    statement.bind(1, spaceId);
    qint64 row = 0;
    while (statement.step() && row < rows) {
        const auto bytes = statement.blobView(1);
        if (qint64(bytes.size()) != rowBytes) {
            statement.reset();
            throw TareError(TareError::Kind::Input, tr("%1: a stored vector has %2 bytes, expected %3 (damaged project?)")
                                                        .arg(m_connection.path())
                                                        .arg(bytes.size())
                                                        .arg(rowBytes));
        }
        std::memcpy(out + row * rowBytes, bytes.data(), bytes.size());
        documentIds.push_back(statement.int64(0));
        ++row;
    }
    statement.reset();
    return row;
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
        spaceId, qint64(sizeof(float)),
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
        spaceId, qint64(sizeof(quint16)),
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
