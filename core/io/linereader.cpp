// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/linereader.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <cstring>

namespace tare {

namespace {
constexpr qsizetype s_chunkSize = 1 << 20;
}

LineReader::LineReader(const QString& path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw TareError(TareError::Kind::Io, QCoreApplication::translate("tare::LineReader", "%1: cannot read: %2")
                                                 .arg(path, m_file.errorString()));
    m_size = m_file.size();
    m_buffer.resize(s_chunkSize);
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
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
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
            m_line = QByteArrayView(begin, length);
            ++m_lineNumber;
            return true;
        }
        if (!fill() && m_end == m_start)
            return false;
    }
}

} // namespace tare
