// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/apikey.h"

#include "core/net/keychain.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <algorithm>

namespace tare {

namespace {

const QLatin1String s_envPrefix("env:");
const QLatin1String s_keychainPrefix("keychain:");

void validateVariableName(const QString& variable)
{
    // The name of a variable, never a value: a key given by mistake where its variable's name
    // belongs must not be echoed by "variable ... is not set" into a terminal or a CI log.
    const bool validName = !variable.isEmpty() && std::all_of(variable.cbegin(), variable.cend(), [](QChar c) {
        return c == u'_' || (c.unicode() < 128 && c.isLetterOrNumber());
    }) && !variable.front().isDigit();
    if (!validName)
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::ApiKey", "the API key variable must be the name of an environment "
                                                                    "variable (letters, digits and _), not the key itself"));
}

} // namespace

ApiKey::SourceKind ApiKey::sourceKind(const QString& source)
{
    if (source.isEmpty())
        return SourceKind::None;
    if (source.startsWith(s_keychainPrefix))
        return SourceKind::Keychain;
    return SourceKind::Environment;
}

QString ApiKey::sourceName(const QString& source)
{
    if (source.startsWith(s_keychainPrefix))
        return source.mid(s_keychainPrefix.size());
    if (source.startsWith(s_envPrefix))
        return source.mid(s_envPrefix.size());
    return source;
}

void ApiKey::validateSource(const QString& source)
{
    switch (sourceKind(source)) {
    case SourceKind::None:
        return;
    case SourceKind::Keychain:
        Keychain::validateName(sourceName(source));
        return;
    case SourceKind::Environment:
        validateVariableName(sourceName(source));
        return;
    }
}

QByteArray ApiKey::fromSource(const QString& source)
{
    validateSource(source);
    const QString name = sourceName(source);
    switch (sourceKind(source)) {
    case SourceKind::None:
        return {};
    case SourceKind::Keychain:
        return Keychain::read(name);
    case SourceKind::Environment:
        break;
    }
    QByteArray key = qgetenv(name.toLocal8Bit().constData());
    if (key.isEmpty())
        throw TareError(TareError::Kind::Usage,
                        QCoreApplication::translate("tare::ApiKey", "the environment variable %1 that should hold the API key is not set")
                            .arg(name));
    return key;
}

QString ApiKey::masked(const QByteArray& key)
{
    if (key.size() < 16)
        return QCoreApplication::translate("tare::ApiKey", "stored");
    return QStringLiteral("••••") + QString::fromUtf8(key.right(4));
}

} // namespace tare
