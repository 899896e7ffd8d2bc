// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/linereader.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace tare {

namespace {
constexpr qsizetype s_chunkSize = 1 << 20;
}

LineReader::LineReader(const QString& path, qsizetype maxLineBytes)
    : m_path(path)
    , m_file(path)
    , m_maxLineBytes(std::max<qsizetype>(1, maxLineBytes))
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::LineReader", "%1: cannot read: %2")
                                                 .arg(path, m_file.errorString()));
    m_size = m_file.size();
    m_buffer.resize(std::min(s_chunkSize, m_maxLineBytes + 2));
}

void LineReader::checkEncoding()
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tare::LineReader", text); };
    const QByteArrayView head(m_buffer.constData() + m_start, m_end - m_start);
    if (head.startsWith("\xEF\xBB\xBF")) { // UTF-8 byte-order mark: not part of the first record
        m_start += 3;
        m_consumed += 3;
        return;
    }
    const bool utf32 = head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    if (utf32 || head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        throw TareError::input(m_path, 1, tr("the file is %1 (it starts with its byte-order mark); Tare reads UTF-8: "
                                             "convert it first, e.g. iconv -f %1 -t UTF-8")
                                              .arg(utf32 ? QStringLiteral("UTF-32") : QStringLiteral("UTF-16")));
}

void LineReader::failLongLine() const
{
    throw TareError::input(m_path, m_lineNumber + 1,
                           QCoreApplication::translate("tare::LineReader", "the line is longer than %1 MiB, the most one "
                                                                           "record may take (is this the right file?)")
                               .arg(double(m_maxLineBytes) / double(1 << 20), 0, 'g', 4));
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unconsumed tail, grow when a single line exceeds the buffer.
    const qsizetype tail = m_end - m_start;
    if (m_start > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_start, size_t(tail));
        m_start = 0;
        m_end = tail;
    }
    if (m_end == m_buffer.size()) {
        // The line does not fit the buffer: grow it, up to the limit (+2 for "\r\n").
        if (m_buffer.size() >= m_maxLineBytes + 2)
            failLongLine();
        m_buffer.resize(std::min(m_buffer.size() * 2, m_maxLineBytes + 2));
    }
    const qint64 got = m_file.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0)
        throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::LineReader", "%1: read error: %2")
                                                 .arg(m_path, m_file.errorString()));
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += got;
    return true;
}

bool LineReader::next()
{
    if (!m_started) {
        m_started = true;
        while (m_end - m_start < 4 && fill()) {
        }
        checkEncoding();
    }
    for (;;) {
        const char* begin = m_buffer.constData() + m_start;
        const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', size_t(m_end - m_start)));
        if (newline || (m_eof && m_end > m_start)) {
            qsizetype length = newline ? newline - begin : m_end - m_start;
            const qsizetype consumed = newline ? length + 1 : length;
            m_lineOffset = m_consumed;
            m_consumed += consumed;
            m_start += consumed;
            m_carriageReturn = newline && length > 0 && begin[length - 1] == '\r';
            if (m_carriageReturn)
                --length;
            if (length > m_maxLineBytes) // a line that fit the buffer only with its terminator
                failLongLine();
            m_line = QByteArrayView(begin, length);
            ++m_lineNumber;
            return true;
        }
        if (!fill() && m_end == m_start)
            return false;
    }
}

} // namespace tare
