// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace tare {

/// Where an endpoint's secret comes from. A key source is a string: "env:VAR" (or just "VAR")
/// for an environment variable, "keychain:NAME" for an entry of the system keychain (Keychain),
/// empty for none. Keys are read at the moment a client is built and live only in that client's
/// memory: never in the project, settings, logs or exports. Usable from any thread.
class ApiKey
{
public:
    enum class SourceKind
    {
        None,
        Environment,
        Keychain,
    };

    /// The key named by a key source (see above); empty for an empty source. Throws
    /// TareError(Usage) naming the variable (never a value) when it is named but not set, and
    /// the Keychain's errors for keychain sources.
    static QByteArray fromSource(const QString& source);
    /// The same as fromSource(): the settings fields of the clients are still called apiKeyEnv,
    /// and they hold a key source.
    static QByteArray fromEnvironment(const QString& source) { return fromSource(source); }

    /// Checks a source's form without reading the key; throws TareError(Usage) like fromSource().
    static void validateSource(const QString& source);
    static SourceKind sourceKind(const QString& source);
    /// The variable or keychain entry name without the "env:" or "keychain:" prefix.
    static QString sourceName(const QString& source);
    static QString environmentSource(const QString& variable) { return QStringLiteral("env:") + variable; }
    static QString keychainSource(const QString& name) { return QStringLiteral("keychain:") + name; }

    /// How a key may be shown back: "••••" and its last four characters when it is long enough
    /// that four characters say little about it, else just "stored".
    static QString masked(const QByteArray& key);
};

} // namespace tare
