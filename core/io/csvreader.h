// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/linereader.h"

#include <QByteArray>
#include <QList>

namespace tare {

/// Streams delimiter-separated records per RFC 4180: fields in double quotes may hold the
/// delimiter, doubled quotes and line breaks (kept as they were, "\n" or "\r\n"); CRLF or LF
/// record ends. A quote inside an unquoted field is kept literally (common in real files).
/// Errors name file, line and column. Use from one thread.
class CsvReader
{
public:
    CsvReader(const QString& path, char delimiter, qsizetype maxRecordBytes = LineReader::DefaultMaxLineBytes);

    /// Reads the next record; false at the end of the file. Blank lines are skipped.
    bool next();

    const QList<QByteArray>& fields() const { return m_fields; }
    /// Line on which the current record starts (1-based).
    qint64 recordLine() const { return m_recordLine; }
    qint64 bytesRead() const { return m_lines.bytesRead(); }
    qint64 size() const { return m_lines.size(); }
    const QString& path() const { return m_lines.path(); }

private:
    LineReader m_lines;
    char m_delimiter;
    QList<QByteArray> m_fields;
    qint64 m_recordLine = 0;
};

} // namespace tare
