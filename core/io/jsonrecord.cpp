// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/jsonrecord.h"

#include "core/io/utf8.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace tare {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tare::JsonRecord", text);
}
}

JsonRecord::JsonRecord(QByteArrayView line, const QString& file, qint64 lineNumber)
    : m_file(file)
    , m_line(lineNumber)
{
    const qsizetype bad = Utf8::firstInvalidByte(line);
    if (bad >= 0)
        throw TareError::input(file, lineNumber, tr("invalid UTF-8 at byte %1 of the line").arg(bad + 1), bad + 1);
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &error);
    if (error.error != QJsonParseError::NoError)
        throw TareError::input(file, lineNumber, tr("malformed JSON: %1").arg(error.errorString()), error.offset + 1);
    if (!document.isObject())
        throw TareError::input(file, lineNumber, tr("expected a JSON object"));
    m_object = document.object();
}

void JsonRecord::fail(const QString& reason) const
{
    throw TareError::input(m_file, m_line, reason);
}

QByteArray JsonRecord::checked(QLatin1StringView key, QByteArray value) const
{
    // JSON may spell NUL as \u0000; stored, it would cut the text short in every C string
    // downstream (terminals, TREC files, SQLite's own functions).
    if (value.contains('\0'))
        fail(tr("field \"%1\" contains a NUL character (\\u0000)").arg(key));
    return value;
}

QByteArray JsonRecord::requiredId(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isString()) {
        QByteArray id = checked(key, value.toString().toUtf8());
        if (id.isEmpty())
            fail(tr("field \"%1\" is empty").arg(key));
        return id;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QByteArray::number(qint64(number));
        fail(tr("field \"%1\" must be a string or an integer").arg(key));
    }
    if (value.isUndefined())
        fail(tr("missing field \"%1\"").arg(key));
    fail(tr("field \"%1\" must be a string or an integer").arg(key));
}

QByteArray JsonRecord::requiredString(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(tr("missing field \"%1\"").arg(key));
    if (!value.isString())
        fail(tr("field \"%1\" must be a string").arg(key));
    return checked(key, value.toString().toUtf8());
}

QByteArray JsonRecord::optionalString(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        fail(tr("field \"%1\" must be a string").arg(key));
    return checked(key, value.toString().toUtf8());
}

} // namespace tare
