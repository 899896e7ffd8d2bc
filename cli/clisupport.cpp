// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/clisupport.h"

#include "core/db/projectstore.h"
#include "core/refine/refinercatalogue.h"
#include "core/run/runengine.h"
#include "core/util/displaytext.h"

#include <QCoreApplication>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <exception>
#include <unistd.h>

namespace tare::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("tare-cli", text);
}

QString shown(const QString& value, qsizetype maxChars)
{
    return DisplayText::escaped(value, maxChars);
}

QString formatNumber(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString formatSigned(double value)
{
    return std::isfinite(value) ? QString::asprintf("%+.4f", value) : QStringLiteral("–");
}

QString formatP(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    return p < 1e-4 ? QString::number(p, 'e', 1) : QString::number(p, 'f', 4);
}

int integerOption(const QCommandLineParser& parser, const QCommandLineOption& option, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        const QString name = option.names().first();
        throw TareError(TareError::Kind::Usage, maximum == INT_MAX ? tr("--%1 must be an integer >= %2").arg(name).arg(minimum)
                                                                   : tr("--%1 must be an integer in %2..%3").arg(name).arg(minimum).arg(maximum));
    }
    return value;
}

void readIntegerOption(const QCommandLineParser& parser, const QCommandLineOption& option, int& target, int minimum, int maximum)
{
    if (parser.isSet(option))
        target = integerOption(parser, option, minimum, maximum);
}

void readPositiveNumberOption(const QCommandLineParser& parser, const QCommandLineOption& option, double& target)
{
    if (!parser.isSet(option))
        return;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value > 0.0))
        throw TareError(TareError::Kind::Usage, tr("--%1 must be a positive number").arg(option.names().first()));
    target = value;
}

namespace {

std::atomic<std::atomic<bool>*> s_interruptTarget{nullptr};

extern "C" void onInterrupt(int)
{
    // Lock-free atomic loads and stores are async-signal-safe.
    if (std::atomic<bool>* cancel = s_interruptTarget.load())
        cancel->store(true);
}

} // namespace

InterruptGuard::InterruptGuard(std::atomic<bool>& cancel)
{
    s_interruptTarget.store(&cancel);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    s_interruptTarget.store(nullptr);
}

int reportError(const TareError& error)
{
    // Messages quote ids, names and server replies: never let them drive or flood the terminal.
    err() << "tare-cli: " << DisplayText::escapedMessage(error.message()) << Qt::endl;
    switch (error.kind()) {
    case TareError::Kind::Usage:
        return ExitUsage;
    case TareError::Kind::Input:
        return ExitInput;
    case TareError::Kind::Io:
        return ExitIo;
    case TareError::Kind::Cancelled:
        return ExitCancelled;
    case TareError::Kind::Internal:
        break;
    }
    return ExitInternal;
}

SpaceInfo spaceByName(ProjectStore& store, const std::optional<QString>& datasetName, const QString& spaceName)
{
    QList<SpaceInfo> matches;
    for (const auto& info : store.datasets().all()) {
        if (datasetName && info.name != *datasetName)
            continue;
        if (const auto found = store.spaces().byName(info.id, spaceName))
            matches.append(*found);
    }
    if (matches.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("no embedding space named '%1' (create one with 'tare-cli embed')").arg(spaceName));
    if (matches.size() > 1)
        throw TareError(TareError::Kind::Usage, tr("several datasets have a space named '%1': name one with --dataset").arg(spaceName));
    return matches.first();
}

SpaceInfo spaceOption(ProjectStore& store, const QCommandLineParser& parser, const QCommandLineOption& dataset,
                      const QCommandLineOption& space)
{
    return spaceByName(store, parser.isSet(dataset) ? std::optional(parser.value(dataset)) : std::nullopt, parser.value(space));
}

std::optional<qint64> seedOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 seed = parser.value(option).toLongLong(&ok);
    if (!ok)
        throw TareError(TareError::Kind::Usage, tr("--seed must be an integer"));
    return seed;
}

namespace {

/// An option whose value names something: nullopt when the option is not given, what `find`
/// makes of the value when it knows it, else a usage error with `complaint`.
template<typename Find>
auto namedOption(const QCommandLineParser& parser, const QCommandLineOption& option, Find find, const QString& complaint)
{
    decltype(find(QString())) found;
    if (!parser.isSet(option))
        return found;
    found = find(parser.value(option));
    if (!found)
        throw TareError(TareError::Kind::Usage, complaint);
    return found;
}

} // namespace

std::optional<PaperDatasetPreset> paperDatasetOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    return namedOption(parser, option, PaperDatasets::find,
                       tr("--paper-dataset must be one of %1").arg(PaperDatasets::keys().join(QStringLiteral(", "))));
}

std::optional<TaskType> taskTypeOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    return namedOption(parser, option, taskTypeFromName, tr("--task-type must be classification or search"));
}

std::optional<DocumentJoin> documentJoinOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    return namedOption(parser, option, documentJoinFromName, tr("--document-text must be title-space, title-newline or text"));
}

QString refinerOption(const QCommandLineParser& parser, const QCommandLineOption& option, RefineParams& params)
{
    const QString name = parser.value(option);
    if (!RefinerCatalogue::find(name))
        throw TareError(TareError::Kind::Usage, tr("unknown refiner '%1' (%2)").arg(name, RefinerCatalogue::names().join(QStringLiteral(", "))));
    params = RefinerCatalogue::defaults(name);
    return name;
}

int guarded(const std::function<int()>& body)
{
    try {
        return body();
    } catch (const TareError& error) {
        out().flush();
        return reportError(error);
    } catch (const std::bad_alloc&) {
        err() << "tare-cli: out of memory" << Qt::endl;
        return ExitInternal;
    } catch (const std::exception& error) {
        err() << "tare-cli: internal error: " << DisplayText::escapedMessage(QString::fromUtf8(error.what())) << Qt::endl;
        return ExitInternal;
    }
}

int usageError(const QString& message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments, const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("tare-cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << "tare-cli: " << parser.errorText() << Qt::endl;
        err() << QCoreApplication::translate("tare-cli", "Try 'tare-cli %1 --help'.").arg(arguments.value(0)) << Qt::endl;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText().replace(QStringLiteral("tare-cli [options]"),
                                           QStringLiteral("tare-cli ") + arguments.value(0) + QStringLiteral(" [options]"));
        out() << QCoreApplication::translate("tare-cli",
                                             "\nExit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, "
                                             "4 cancelled, 5 internal error.\n");
        out().flush();
        std::exit(ExitOk);
    }
    return true;
}

TerminalProgress::TerminalProgress(bool enabled)
    : m_enabled(enabled)
{
    m_clock.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

bool TerminalProgress::stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

ProgressSink TerminalProgress::sink(const QString& unit)
{
    ProgressSink sink;
    if (m_enabled)
        sink.progress = [this, unit](qint64 done, qint64 total, const QString&) { draw(done, total, unit); };
    return sink;
}

void TerminalProgress::draw(qint64 done, qint64 total, const QString& unit)
{
    const qint64 now = m_clock.elapsed();
    const bool complete = total > 0 && done >= total;
    // Nothing for work that ends within a second; then at most 10 redraws a second.
    if (now < 1000 || (now - m_lastDrawMs < 100 && !complete))
        return;
    m_lastDrawMs = now;
    const double seconds = now / 1000.0;
    const double rate = done / seconds;
    QString line;
    const bool bytes = unit == u"B";
    const QString rateText = bytes ? QString(QString::number(rate / 1.0e6, 'f', 1) + QStringLiteral(" MB/s"))
                                   : QString(QString::number(rate, 'f', 1) + QLatin1Char(' ') + unit + QStringLiteral("/s"));
    if (total > 0) {
        const double fraction = double(done) / double(total);
        const int width = 30;
        const int filled = int(fraction * width);
        const double eta = rate > 0 ? (total - done) / rate : 0;
        line = QStringLiteral("\r[%1%2] %3%  %4  ETA %5s ")
                   .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                   .arg(fraction * 100.0, 5, 'f', 1)
                   .arg(rateText)
                   .arg(eta, 0, 'f', 0);
    } else {
        line = QStringLiteral("\r%1 %2  %3 ").arg(done).arg(unit, rateText);
    }
    err() << line;
    err().flush();
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_drawn) {
        err() << Qt::endl;
        m_drawn = false;
    }
}

void addProgressOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("progress"),
                      QCoreApplication::translate("tare-cli", "Show progress on stderr even when it is not a terminal.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("tare-cli", "Never show progress.")});
}

void addForceOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("tare-cli",
                                                                           "Run even when the run needs more memory than is available.")});
}

void applyForceOption(const QCommandLineParser& parser, RunEngine& engine)
{
    engine.setFitCheck(!parser.isSet(QStringLiteral("force")),
                       QCoreApplication::translate("tare-cli", "--force runs it anyway"));
}

bool progressWanted(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("quiet")))
        return false;
    return parser.isSet(QStringLiteral("progress")) || TerminalProgress::stderrIsTerminal();
}

} // namespace tare::cli
