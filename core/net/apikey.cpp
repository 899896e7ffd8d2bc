// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/apikey.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

QByteArray ApiKey::fromEnvironment(const QString& variable)
{
    if (variable.isEmpty())
        return {};
    QByteArray key = qgetenv(variable.toLocal8Bit().constData());
    if (key.isEmpty())
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::ApiKey", "the environment variable %1 that should hold the API key is not set")
                            .arg(variable));
    return key;
}

} // namespace tare
