// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/csvtable.h"

#include "core/io/utf8.h"
#include "core/util/tareerror.h"

#include <QFileInfo>

namespace tare {

CsvTable::CsvTable(const QString& path)
    : m_reader(path, ',')
{
    if (!QFileInfo(path).isFile())
        throw TareError(TareError::Kind::Io, tr("%1: no such file").arg(path));
    if (!m_reader.next())
        throw TareError::input(path, 0, tr("the file is empty"));
    for (qsizetype i = 0; i < m_reader.fields().size(); ++i)
        m_columns.insert(QString::fromUtf8(m_reader.fields()[i]).trimmed(), i);
    m_width = m_reader.fields().size();
}

QByteArray CsvTable::field(const QString& column) const
{
    const auto it = m_columns.constFind(column);
    if (it == m_columns.constEnd())
        throw TareError::input(path(), 1, tr("no column named '%1' in the header").arg(column));
    if (m_reader.fields().size() != m_width)
        throw TareError::input(path(), line(),
                               tr("expected %1 fields as in the header, found %2")
                                   .arg(m_width)
                                   .arg(m_reader.fields().size()));
    const QByteArray& value = m_reader.fields()[*it];
    const qsizetype bad = Utf8::firstInvalidByte(value);
    if (bad >= 0)
        throw TareError::input(path(), line(), tr("invalid UTF-8 in column '%1' at byte %2").arg(column).arg(bad + 1));
    return value;
}

int CsvTable::intField(const QString& column) const
{
    bool ok = false;
    const int value = field(column).trimmed().toInt(&ok);
    if (!ok)
        throw TareError::input(path(), line(), tr("column '%1' is not an integer").arg(column));
    return value;
}

} // namespace tare
