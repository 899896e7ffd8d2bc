// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>

#include <span>
#include <vector>

namespace tare {

class SqliteConnection;

/// Writes the document vectors of one space into `document_vector_chunks`: rows are added one at a
/// time, in any order, and go to the file in chunks of many rows (one INSERT each: the document
/// ids as little-endian int64s, the vectors as one contiguous blob of rows x `rowBytes`), so a
/// space moves at disk speed. A document the space already holds gets the new vector (finish()
/// takes the old one out of its chunk); a document added twice to one writer is refused.
///
/// Everything is written inside a savepoint that finish() releases; a writer destroyed without
/// finish() (an error, a cancel) rolls its rows back, so the space is as it was. The caller's
/// transaction, if any, decides the rest. Same thread rule as the connection. Throws TareError.
class DocumentVectorWriter
{
public:
    /// `float16`: the space stores halves (rowBytes = dim x 2); add() of floats rounds them.
    DocumentVectorWriter(SqliteConnection& connection, qint64 spaceId, qsizetype rowBytes, bool float16 = false);
    ~DocumentVectorWriter();
    DocumentVectorWriter(const DocumentVectorWriter&) = delete;
    DocumentVectorWriter& operator=(const DocumentVectorWriter&) = delete;

    /// Adds a document's vector: exactly `rowBytes` bytes.
    void add(qint64 documentId, std::span<const char> row);
    /// Adds a vector of floats: its bytes, or for a float16 space its halves (rounded to nearest
    /// even; a component float16 cannot hold, beyond ±65504 or not finite, is refused).
    void add(qint64 documentId, std::span<const float> vector);
    /// Writes what is buffered, replaces earlier vectors of the documents added, and releases the
    /// savepoint. Returns the number of rows added.
    qint64 finish();

    /// Rows per chunk for vectors of `rowBytes` bytes: about 8 MiB of vectors, at least one row.
    static qsizetype chunkRows(qsizetype rowBytes);

private:
    /// Which chunk holds each document the space has already.
    void readExisting();
    void flush();
    /// Rewrites the chunks that held a document added here, without those documents.
    void dropReplaced();

    SqliteConnection& m_connection;
    qint64 m_spaceId;
    qsizetype m_rowBytes;
    qsizetype m_chunkRows;
    bool m_float16;
    std::vector<quint16> m_halves; // one row rounded to float16
    bool m_open = true;
    std::vector<qint64> m_ids; // of the buffered chunk
    std::vector<char> m_vectors; // of the buffered chunk
    std::vector<qint64> m_allIds; // every id added, to refuse duplicates
    QHash<qint64, qint64> m_existing; // document -> chunk holding it when the writer started
    QSet<qint64> m_staleChunks; // chunks that hold a document added again
};

} // namespace tare
