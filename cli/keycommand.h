// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace tare::cli {

/// `tare-cli key set|delete|check NAME`: API keys in the system keychain. `set` reads the key
/// from standard input (without echo on a terminal), so it never appears in a command line, a
/// shell history or a process list. Also the --api-key-keychain option the HTTP commands share.
class KeyCommand
{
public:
    static int run(const QStringList& arguments);

    /// --api-key-keychain NAME.
    static QCommandLineOption keychainOption();
    /// The key source (see ApiKey) given by --api-key-env VAR or --api-key-keychain NAME, or
    /// `fallback` when neither is set. Throws TareError(Usage) when both are set.
    static QString keySource(const QCommandLineParser& parser, const QCommandLineOption& environment,
                             const QCommandLineOption& keychain, const QString& fallback = {});
};

} // namespace tare::cli
