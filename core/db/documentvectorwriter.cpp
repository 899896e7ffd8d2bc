// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/documentvectorwriter.h"

#include "core/db/sqliteconnection.h"
#include "core/util/float16.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cstring>

static_assert(std::endian::native == std::endian::little, "chunk ids are stored as int64 little-endian");

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::ProjectStore", text);
}

constexpr qsizetype s_chunkBytes = qsizetype(8) << 20;

} // namespace

DocumentVectorWriter::DocumentVectorWriter(SqliteConnection& connection, qint64 spaceId, qsizetype rowBytes, bool float16)
    : m_connection(connection)
    , m_spaceId(spaceId)
    , m_rowBytes(rowBytes)
    , m_chunkRows(chunkRows(rowBytes))
    , m_float16(float16)
{
    Q_ASSERT(rowBytes > 0);
    m_connection.exec("SAVEPOINT document_vector_writer");
    try {
        readExisting();
    } catch (...) {
        sqlite3_exec(m_connection.handle(), "ROLLBACK TO document_vector_writer; RELEASE document_vector_writer", nullptr,
                     nullptr, nullptr);
        throw;
    }
    m_ids.reserve(size_t(m_chunkRows));
    m_vectors.reserve(size_t(m_chunkRows * m_rowBytes));
}

DocumentVectorWriter::~DocumentVectorWriter()
{
    if (m_open)
        sqlite3_exec(m_connection.handle(), "ROLLBACK TO document_vector_writer; RELEASE document_vector_writer", nullptr,
                     nullptr, nullptr);
}

void DocumentVectorWriter::readExisting()
{
    // What the space holds already: only its chunks' id lists are read, not their vectors.
    auto& statement = m_connection.prepare(
        "SELECT id, row_count, document_ids FROM document_vector_chunks WHERE space_id = ?1");
    statement.bind(1, m_spaceId);
    while (statement.step()) {
        const qint64 chunk = statement.int64(0);
        const qint64 rows = statement.int64(1);
        const auto ids = statement.blobView(2);
        if (rows < 1 || qint64(ids.size()) != rows * qint64(sizeof(qint64))) {
            statement.reset();
            throw TareError(TareError::Kind::Input,
                            tr("%1: a chunk of the vectors of embedding space %2 lists %3 bytes of ids for %4 rows "
                               "(damaged project?)")
                                .arg(m_connection.path())
                                .arg(m_spaceId)
                                .arg(ids.size())
                                .arg(rows));
        }
        for (qint64 row = 0; row < rows; ++row) {
            qint64 id = 0;
            std::memcpy(&id, ids.data() + row * qint64(sizeof(qint64)), sizeof(qint64));
            m_existing.insert(id, chunk);
        }
    }
    statement.reset();
}

qsizetype DocumentVectorWriter::chunkRows(qsizetype rowBytes)
{
    return std::max<qsizetype>(1, s_chunkBytes / std::max<qsizetype>(1, rowBytes));
}

void DocumentVectorWriter::add(qint64 documentId, std::span<const char> row)
{
    Q_ASSERT(m_open);
    if (qsizetype(row.size()) != m_rowBytes)
        throw TareError(TareError::Kind::Input, tr("a vector of %1 bytes does not fit embedding space %2 (%3 bytes a vector)")
                                                    .arg(row.size())
                                                    .arg(m_spaceId)
                                                    .arg(m_rowBytes));
    const auto existing = m_existing.constFind(documentId);
    if (existing != m_existing.constEnd())
        m_staleChunks.insert(*existing);
    m_ids.push_back(documentId);
    m_allIds.push_back(documentId);
    m_vectors.insert(m_vectors.end(), row.begin(), row.end());
    if (qsizetype(m_ids.size()) == m_chunkRows)
        flush();
}

void DocumentVectorWriter::add(qint64 documentId, std::span<const float> vector)
{
    if (!m_float16) {
        add(documentId, std::span<const char>(reinterpret_cast<const char*>(vector.data()), vector.size_bytes()));
        return;
    }
    for (size_t i = 0; i < vector.size(); ++i) {
        if (!Float16::representable(vector[i]))
            throw TareError(TareError::Kind::Input, tr("component %1 is %2, which float16 cannot hold (finite, at most ±65504)")
                                                        .arg(i)
                                                        .arg(double(vector[i])));
    }
    m_halves.resize(vector.size());
    Float16::fromFloats(vector, m_halves.data());
    add(documentId, std::span<const char>(reinterpret_cast<const char*>(m_halves.data()), m_halves.size() * sizeof(quint16)));
}

void DocumentVectorWriter::flush()
{
    if (m_ids.empty())
        return;
    auto& statement = m_connection.prepare(
        "INSERT INTO document_vector_chunks(space_id, row_count, document_ids, vectors) VALUES(?1, ?2, ?3, ?4)");
    statement.bind(1, m_spaceId)
        .bind(2, qint64(m_ids.size()))
        .bindBlobInPlace(3, m_ids.data(), qsizetype(m_ids.size() * sizeof(qint64)))
        .bindBlobInPlace(4, m_vectors.data(), qsizetype(m_vectors.size()));
    statement.run();
    // Unbound before the buffers change: the statement must not keep pointers into them.
    statement.bindNull(3).bindNull(4);
    m_ids.clear();
    m_vectors.clear();
}

qint64 DocumentVectorWriter::finish()
{
    Q_ASSERT(m_open);
    std::sort(m_allIds.begin(), m_allIds.end());
    const auto twice = std::adjacent_find(m_allIds.begin(), m_allIds.end());
    if (twice != m_allIds.end())
        throw TareError(TareError::Kind::Input,
                        tr("document %1 was given two vectors for embedding space %2").arg(*twice).arg(m_spaceId));
    dropReplaced();
    flush();
    m_connection.exec("RELEASE document_vector_writer");
    m_open = false;
    return qint64(m_allIds.size());
}

void DocumentVectorWriter::dropReplaced()
{
    if (m_staleChunks.isEmpty())
        return;
    const auto added = [&](qint64 id) { return std::binary_search(m_allIds.begin(), m_allIds.end(), id); };
    auto& read = m_connection.prepare("SELECT row_count, document_ids, vectors FROM document_vector_chunks WHERE id = ?1");
    for (const qint64 chunk : std::as_const(m_staleChunks)) {
        read.bind(1, chunk);
        if (!read.step()) {
            read.reset();
            continue;
        }
        const qint64 rows = read.int64(0);
        const auto ids = read.blobView(1);
        const auto vectors = read.blobView(2);
        if (qint64(vectors.size()) != rows * m_rowBytes || qint64(ids.size()) != rows * qint64(sizeof(qint64))) {
            read.reset();
            throw TareError(TareError::Kind::Input,
                            tr("%1: a chunk of the vectors of embedding space %2 holds %3 bytes for %4 rows of %5 bytes "
                               "(damaged project?)")
                                .arg(m_connection.path())
                                .arg(m_spaceId)
                                .arg(vectors.size())
                                .arg(rows)
                                .arg(m_rowBytes));
        }
        std::vector<qint64> keptIds;
        std::vector<char> keptVectors;
        for (qint64 row = 0; row < rows; ++row) {
            qint64 id = 0;
            std::memcpy(&id, ids.data() + row * qint64(sizeof(qint64)), sizeof(qint64));
            if (added(id))
                continue;
            keptIds.push_back(id);
            const char* vector = vectors.data() + row * m_rowBytes;
            keptVectors.insert(keptVectors.end(), vector, vector + m_rowBytes);
        }
        read.reset();
        if (keptIds.empty()) {
            auto& remove = m_connection.prepare("DELETE FROM document_vector_chunks WHERE id = ?1");
            remove.bind(1, chunk);
            remove.run();
        } else {
            auto& update = m_connection.prepare(
                "UPDATE document_vector_chunks SET row_count = ?2, document_ids = ?3, vectors = ?4 WHERE id = ?1");
            update.bind(1, chunk)
                .bind(2, qint64(keptIds.size()))
                .bindBlob(3, keptIds.data(), qsizetype(keptIds.size() * sizeof(qint64)))
                .bindBlob(4, keptVectors.data(), qsizetype(keptVectors.size()));
            update.run();
        }
    }
}

} // namespace tare
