// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tare {

/// API keys in the system keychain (the freedesktop Secret Service on Linux, through QtKeychain),
/// under the service "tare" and an entry name the user picks. Every call blocks its caller until
/// the keychain answered; the work itself runs on one dedicated thread with an event loop (what
/// QtKeychain needs), so any thread may call. Keys are only returned, never logged or reported:
/// errors name what is wrong with the keychain, not the key. Without QtKeychain at build time,
/// or without a Secret Service on D-Bus at run time, every call throws TareError(Io) saying so
/// and pointing at the environment variable alternative.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(tare::Keychain)

public:
    /// Whether Tare was built with keychain support.
    static bool isSupported();
    /// The key stored under `name`. Throws TareError(Usage) when there is none, TareError(Io)
    /// when the keychain cannot be reached.
    static QByteArray read(const QString& name);
    /// Stores (or replaces) the key under `name`.
    static void write(const QString& name, const QByteArray& key);
    /// Deletes the entry `name`; deleting an absent entry is not an error.
    static void remove(const QString& name);

    /// Entry names: 1 to 64 letters, digits, '_', '-' or '.'. Throws TareError(Usage) otherwise,
    /// without repeating the text (it may be a key pasted in the wrong place).
    static void validateName(const QString& name);
    /// The QtKeychain service all of Tare's entries are filed under.
    static QString serviceName() { return QStringLiteral("tare"); }
};

} // namespace tare
