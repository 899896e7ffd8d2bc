// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/keycommand.h"

#include "cli/clisupport.h"
#include "core/net/apikey.h"
#include "core/net/keychain.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace tare::cli {

namespace {

/// One line of standard input, without echo when it is a terminal.
QByteArray readKeyFromStdin()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << tr("API key (not shown): ");
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    QByteArray key = terminal ? input.readLine() : input.readAll();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return key.trimmed();
}

} // namespace

QCommandLineOption KeyCommand::keychainOption()
{
    return QCommandLineOption(QStringLiteral("api-key-keychain"),
                              tr("The system keychain entry holding the API key (stored with 'tare-cli key set NAME')."),
                              QStringLiteral("NAME"));
}

QString KeyCommand::keySource(const QCommandLineParser& parser, const QCommandLineOption& environment,
                              const QCommandLineOption& keychain, const QString& fallback)
{
    if (parser.isSet(environment) && parser.isSet(keychain))
        throw TareError(TareError::Kind::Usage, tr("give the API key either with --api-key-env or with --api-key-keychain, not both"));
    QString source = fallback;
    if (parser.isSet(environment))
        source = ApiKey::environmentSource(parser.value(environment));
    else if (parser.isSet(keychain))
        source = ApiKey::keychainSource(parser.value(keychain));
    ApiKey::validateSource(source);
    return source;
}

int KeyCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("set (reads the key from standard input), delete, or check."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The keychain entry name, e.g. openai."));
    if (!parseOrExplain(parser, arguments, tr("Store, delete or check an API key in the system keychain.")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != u"set" && action != u"delete" && action != u"check"))
        return usageError(tr("usage: tare-cli key set|delete|check NAME   (set reads the key from standard input)"));
    const QString name = positional.at(1);
    return guarded([&] {
        Keychain::validateName(name);
        if (action == u"set") {
            const QByteArray key = readKeyFromStdin();
            if (key.isEmpty())
                throw TareError(TareError::Kind::Usage, tr("no key on standard input"));
            Keychain::write(name, key);
            out() << tr("Stored the API key %1 as keychain entry '%2'; use it with --api-key-keychain %2.")
                         .arg(ApiKey::masked(key), name)
                  << Qt::endl;
        } else if (action == u"delete") {
            Keychain::remove(name);
            out() << tr("Deleted keychain entry '%1'.").arg(name) << Qt::endl;
        } else {
            out() << tr("Keychain entry '%1': %2").arg(name, ApiKey::masked(Keychain::read(name))) << Qt::endl;
        }
        return int(ExitOk);
    });
}

} // namespace tare::cli
