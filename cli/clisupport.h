// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/io/paperdatasets.h"
#include "core/refine/refineparams.h"
#include "core/util/progress.h"
#include "core/util/tareerror.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <atomic>
#include <climits>
#include <functional>
#include <optional>

namespace tare {
class ProjectStore;
}

namespace tare {
class RunEngine;
}

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

/// Translates a tare-cli message (context "tare-cli"). Every command file uses this one.
QString tr(const char* text);

/// A value from a project, a file or a server (an id, a name, an error) as it may be printed:
/// control and invisible characters escaped, cut with "…" past `maxChars` (DisplayText).
QString shown(const QString& value, qsizetype maxChars = 120);

/// Figures in tables and summaries: fixed decimals, "–" for a missing (non-finite) figure.
QString formatNumber(double value, int decimals = 4);
/// A signed figure with four decimals ("+0.0123"), "–" when missing.
QString formatSigned(double value);
/// A p-value: four decimals, scientific below 1e-4, "–" when missing.
QString formatP(double p);

/// An integer option's value (its default when not given on the command line); throws
/// TareError(Usage) naming the option when it is not an integer in [minimum, maximum].
int integerOption(const QCommandLineParser& parser, const QCommandLineOption& option, int minimum, int maximum = INT_MAX);
/// Sets `target` from an integer option when it is given; else leaves it. Throws as integerOption().
void readIntegerOption(const QCommandLineParser& parser, const QCommandLineOption& option, int& target, int minimum,
                       int maximum = INT_MAX);

/// Sets `target` from a number option when it is given; throws TareError(Usage) naming the
/// option when it is not a positive number.
void readPositiveNumberOption(const QCommandLineParser& parser, const QCommandLineOption& option, double& target);

/// The embedding space named `spaceName`, in the dataset named `datasetName` or, without one, in
/// whichever dataset has it (--dataset and --space of the commands that take a space). Throws
/// TareError(Usage) when no dataset has it, or several do.
SpaceInfo spaceByName(ProjectStore& store, const std::optional<QString>& datasetName, const QString& spaceName);
/// spaceByName() with the names from a --dataset option (optional) and a --space option.
SpaceInfo spaceOption(ProjectStore& store, const QCommandLineParser& parser, const QCommandLineOption& dataset,
                      const QCommandLineOption& space);

/// A --seed option's value, or nullopt when it is not given; throws TareError(Usage) when it is not
/// an integer.
std::optional<qint64> seedOption(const QCommandLineParser& parser, const QCommandLineOption& option);

/// What a --paper-dataset option names, or nullopt when it is not given; throws TareError(Usage)
/// listing the paper's datasets for an unknown name.
std::optional<PaperDatasetPreset> paperDatasetOption(const QCommandLineParser& parser, const QCommandLineOption& option);
/// A --task-type option's value, or nullopt when it is not given; throws TareError(Usage) for a bad one.
std::optional<TaskType> taskTypeOption(const QCommandLineParser& parser, const QCommandLineOption& option);
/// A --document-text option's value, or nullopt when it is not given; throws TareError(Usage) for a bad one.
std::optional<DocumentJoin> documentJoinOption(const QCommandLineParser& parser, const QCommandLineOption& option);

/// A --refiner option's value checked against the refiner catalogue, with that refiner's default
/// parameters into `params`; throws TareError(Usage) naming the known refiners for an unknown one.
QString refinerOption(const QCommandLineParser& parser, const QCommandLineOption& option, RefineParams& params);

/// While it lives, SIGINT and SIGTERM set `cancel` (an async-signal-safe atomic store) instead of
/// ending the program, so a run or a fetch stops at its next check and keeps what it finished;
/// the default handlers are back when it is destroyed. One at a time.
class InterruptGuard
{
public:
    explicit InterruptGuard(std::atomic<bool>& cancel);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
};

/// Maps a TareError to its exit code and prints "tare-cli: message" on stderr.
int reportError(const TareError& error);

/// Runs a command body, turning exceptions into messages and exit codes.
int guarded(const std::function<int()>& body);

/// Parses `arguments` (sub-command name first); prints help and exits 0 on --help, prints the
/// error and returns false on a parse error (the caller returns ExitUsage).
bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments, const QString& description);

/// Prints a usage line (or another complaint about the command line) on stderr and returns
/// ExitUsage: `if (wrong) return usageError(tr("usage: tare-cli ..."));`.
int usageError(const QString& message);

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

/// Adds --force (run even when the run does not seem to fit into memory) to a parser.
void addForceOption(QCommandLineParser& parser);
/// Sets the engine's memory check from --force: off with it, else on with the hint to use it.
void applyForceOption(const QCommandLineParser& parser, RunEngine& engine);

} // namespace tare::cli
