// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/atomicfilewriter.h"

#include <QFile>
#include <QString>

#include <span>
#include <vector>

namespace tare {

/// Streams the rows of a NumPy .npy file (format versions 1-3) holding a 2-D, C-ordered,
/// little-endian float32 ('<f4') or float16 ('<f2') array; rows come out as float32.
/// Anything else is refused with the file and the reason. Use from one thread.
class NpyReader
{
public:
    explicit NpyReader(const QString& path);

    qint64 rows() const { return m_rows; }
    int columns() const { return m_columns; }
    bool isFloat16() const { return m_float16; }

    /// Reads the next row into `row` (resized to columns()); false after the last row.
    bool nextRow(std::vector<float>& row);
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    QString m_path;
    QFile m_file;
    qint64 m_rows = 0;
    int m_columns = 0;
    bool m_float16 = false;
    qint64 m_rowsRead = 0;
    QByteArray m_rowBytes;
};

/// Writes a 2-D float32 .npy (version 1.0) row by row through an AtomicFileWriter; the file
/// appears only after finish().
class NpyWriter
{
public:
    NpyWriter(const QString& path, qint64 rows, int columns,
              AtomicFileWriter::Existing existing = AtomicFileWriter::Existing::Refuse);
    void writeRow(std::span<const float> row);
    /// Checks the row count and writes everything out (AtomicFileWriter::finishWriting()); throws
    /// when fewer rows than announced were written or on I/O errors.
    void finishWriting();
    /// finishWriting(), then the file appears.
    void finish();

private:
    AtomicFileWriter m_file;
    qint64 m_rows;
    int m_columns;
    qint64 m_written = 0;
};

} // namespace tare
