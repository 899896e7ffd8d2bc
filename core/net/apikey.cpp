// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/apikey.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>

namespace tare {

QByteArray ApiKey::fromEnvironment(const QString& variable)
{
    if (variable.isEmpty())
        return {};
    // The name of a variable, never a value: a key given by mistake where its variable's name
    // belongs must not be echoed by "variable ... is not set" into a terminal or a CI log.
    const bool validName = std::all_of(variable.cbegin(), variable.cend(), [](QChar c) {
        return c == u'_' || (c.unicode() < 128 && c.isLetterOrNumber());
    }) && !variable.front().isDigit();
    if (!validName)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::ApiKey", "the API key variable must be the name of an environment "
                                                                    "variable (letters, digits and _), not the key itself"));
    QByteArray key = qgetenv(variable.toLocal8Bit().constData());
    if (key.isEmpty())
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::ApiKey", "the environment variable %1 that should hold the API key is not set")
                            .arg(variable));
    return key;
}

} // namespace tare
