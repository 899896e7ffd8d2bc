// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tare {

/// One JSON-lines record parsed with file and line context, with the field access the importers
/// share: every failure is a TareError naming file, line (and column for syntax errors).
class JsonRecord
{
public:
    /// Parses one line; throws TareError::input for invalid UTF-8, bad JSON or a non-object.
    JsonRecord(QByteArrayView line, const QString& file, qint64 lineNumber);

    const QJsonObject& object() const { return m_object; }
    bool contains(QLatin1StringView key) const { return m_object.contains(key); }
    /// String fields holding a NUL character (\u0000) are refused like malformed ones.
    /// A string or integer field as UTF-8 (ids are often numbers); throws when missing or of another type.
    QByteArray requiredId(QLatin1StringView key) const;
    /// A string field as UTF-8; throws when missing or not a string.
    QByteArray requiredString(QLatin1StringView key) const;
    /// A string field as UTF-8, empty when missing; throws when present with another type.
    QByteArray optionalString(QLatin1StringView key) const;

    [[noreturn]] void fail(const QString& reason) const;

private:
    /// `value` unless it holds a NUL character (then fail()).
    QByteArray checked(QLatin1StringView key, QByteArray value) const;

    QJsonObject m_object;
    QString m_file;
    qint64 m_line;
};

} // namespace tare
