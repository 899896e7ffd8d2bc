// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/progress.h"
#include "core/util/tareerror.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <functional>

namespace tare::cli {

/// Documented exit codes of tare-cli; scripts depend on them.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitInput = 2,
    ExitIo = 3,
    ExitCancelled = 4,
    ExitInternal = 5,
};

QTextStream& out();
QTextStream& err();

/// Maps a TareError to its exit code and prints "tare-cli: message" on stderr.
int reportError(const TareError& error);

/// Runs a command body, turning exceptions into messages and exit codes.
int guarded(const std::function<int()>& body);

/// Parses `arguments` (sub-command name first); prints help and exits 0 on --help, prints the
/// error and returns false on a parse error (the caller returns ExitUsage).
bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

/// A progress bar on stderr (percent, rate, ETA), drawn at most 10 times a second, only when
/// stderr is a terminal unless forced with --progress.
class TerminalProgress
{
public:
    explicit TerminalProgress(bool enabled);
    ~TerminalProgress();

    /// The sink to hand to core; `unit` is "B" for bytes or a word like "queries".
    ProgressSink sink(const QString& unit = QStringLiteral("B"));
    void finish();

    static bool stderrIsTerminal();

private:
    void draw(qint64 done, qint64 total, const QString& unit);

    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1000;
};

/// Adds --progress and --quiet to a parser and tells whether to draw progress.
void addProgressOptions(QCommandLineParser& parser);
bool progressWanted(const QCommandLineParser& parser);

} // namespace tare::cli
