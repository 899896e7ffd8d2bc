// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/csvreader.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

CsvReader::CsvReader(const QString& path, char delimiter, qsizetype maxRecordBytes)
    : m_lines(path, maxRecordBytes)
    , m_delimiter(delimiter)
{
}

bool CsvReader::next()
{
    auto tr = [](const char* text) { return QCoreApplication::translate("tare::CsvReader", text); };
    do {
        if (!m_lines.next())
            return false;
    } while (m_lines.line().isEmpty());

    m_fields.clear();
    m_recordLine = m_lines.lineNumber();
    QByteArray field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field started with a quote and it has closed
    bool atFieldStart = true;
    for (;;) {
        const QByteArrayView line = m_lines.line();
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else {
                        quoted = false;
                        wasQuoted = true;
                    }
                } else {
                    field += c;
                }
                continue;
            }
            if (c == m_delimiter) {
                m_fields.append(field);
                field.clear();
                atFieldStart = true;
                wasQuoted = false;
                continue;
            }
            if (wasQuoted)
                throw TareError::input(m_lines.path(), m_lines.lineNumber(),
                                       tr("unexpected character after a closing quote"), i + 1);
            if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            field += c;
        }
        if (!quoted)
            break;
        // A line break inside quotes belongs to the field; a field may not grow past a line's limit.
        if (field.size() > m_lines.maxLineBytes())
            throw TareError::input(m_lines.path(), m_recordLine,
                                   tr("a quoted field opened on this line grows past %1 MiB without closing")
                                       .arg(double(m_lines.maxLineBytes()) / double(1 << 20), 0, 'g', 4));
        field += m_lines.endedWithCarriageReturn() ? QByteArrayView("\r\n") : QByteArrayView("\n");
        if (!m_lines.next())
            throw TareError::input(m_lines.path(), m_recordLine,
                                   tr("a quoted field opened on this line is never closed"));
    }
    m_fields.append(field);
    return true;
}

} // namespace tare
