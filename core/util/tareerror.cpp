// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/tareerror.h"

namespace tare {

TareError::TareError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

TareError TareError::input(const QString& file, qint64 line, const QString& reason, qint64 column)
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return TareError(Kind::Input, where + QLatin1String(": ") + reason);
}

} // namespace tare
