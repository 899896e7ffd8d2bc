// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace tare {

/// Streams a text file line by line through a fixed-size buffer, so memory stays bounded by the
/// longest line, not the file; a line longer than the limit (a 1 GiB single-line file, /dev/zero)
/// is an input error naming file and line instead. Strips "\n" and "\r\n" and a UTF-8
/// byte-order mark; refuses UTF-16 and UTF-32 files (by their byte-order mark) with a clear
/// message. Tracks the 1-based line number and the byte offset of the current line for error
/// messages. Use from one thread.
class LineReader
{
public:
    /// The longest line read by default: far above any real record, far below the memory it takes.
    static constexpr qsizetype DefaultMaxLineBytes = qsizetype(16) << 20;

    /// Opens the file; throws TareError (Io) when it cannot be read.
    explicit LineReader(const QString& path, qsizetype maxLineBytes = DefaultMaxLineBytes);

    /// Advances to the next line; false at the end of the file.
    bool next();

    /// The current line without its terminator; valid until the next call to next().
    QByteArrayView line() const { return m_line; }
    qint64 lineNumber() const { return m_lineNumber; }
    /// The current line ended in "\r\n" (kept apart so CSV can restore it inside quoted fields).
    bool endedWithCarriageReturn() const { return m_carriageReturn; }
    qint64 lineOffset() const { return m_lineOffset; }
    qint64 bytesRead() const { return m_consumed; }
    qint64 size() const { return m_size; }
    const QString& path() const { return m_path; }
    /// The file name for messages (path as given).
    const QString& displayName() const { return m_path; }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    bool fill();
    void checkEncoding();
    [[noreturn]] void failLongLine() const;

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    QByteArrayView m_line;
    qint64 m_lineNumber = 0;
    bool m_carriageReturn = false;
    qint64 m_lineOffset = 0;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    qsizetype m_maxLineBytes;
    bool m_started = false;
};

} // namespace tare
