// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/csvreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tare {

/// A comma-separated file with a header row, read record by record and field by column name.
/// Every field is checked: a record must have as many fields as the header, the text must be
/// valid UTF-8. Errors are TareErrors naming file, line and reason. Use from one thread.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(tare::CsvTable)

public:
    /// Opens `path` and reads its header; throws when the file is missing or empty.
    explicit CsvTable(const QString& path);

    /// Reads the next record; false at the end of the file.
    bool next() { return m_reader.next(); }
    bool has(const QString& column) const { return m_columns.contains(column); }
    /// Line on which the current record starts (1-based).
    qint64 line() const { return m_reader.recordLine(); }
    const QString& path() const { return m_reader.path(); }

    /// The current record's field in `column`, as UTF-8 bytes.
    QByteArray field(const QString& column) const;
    /// The current record's field in `column` as an integer (surrounding spaces allowed).
    int intField(const QString& column) const;

private:
    CsvReader m_reader;
    QHash<QString, qsizetype> m_columns;
    qsizetype m_width = 0;
};

} // namespace tare
