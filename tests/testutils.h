// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/tareerror.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>
#include <functional>
#include <optional>
#include <utility>

// Shared helpers for Tare's tests: small inputs are written from compact text in code, the
// references in ../shared are found through TARE_SHARED_DIR.
namespace TestUtils {

/// The message of the TareError `f` throws, or nothing when it throws none.
template<typename F>
std::optional<QString> errorOf(F&& f)
{
    try {
        f();
    } catch (const tare::TareError& error) {
        return error.message();
    }
    return std::nullopt;
}

inline QString sharedDir()
{
    return QString::fromUtf8(TARE_SHARED_DIR);
}

inline QString sharedPath(const QString& relative)
{
    return QDir(sharedDir()).filePath(relative);
}

inline bool sharedAvailable(const QString& relative)
{
    return QFileInfo::exists(sharedPath(relative));
}

/// A file or folder below tests/data/paperdatasets: the small excerpts of the paper's dataset
/// files that the converter, fidelity and command-line tests read.
inline QString paperData(const QString& relative)
{
    return QDir(QString::fromUtf8(TARE_TEST_DATA_DIR)).filePath(QStringLiteral("paperdatasets/") + relative);
}

/// The two rows of a test that runs once with a switch off and once on: the bool column `column`,
/// the row `offRow` (false), then the row `onRow` (true).
inline void addSwitchRows(const char* column, const char* offRow, const char* onRow)
{
    QTest::addColumn<bool>(column);
    QTest::newRow(offRow) << false;
    QTest::newRow(onRow) << true;
}

/// Writes `content` to dir/relative (creating folders) and returns the full path.
inline QString writeFile(const QDir& dir, const QString& relative, const QByteArray& content)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

/// The bytes of a file; empty when it cannot be read.
inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The text of a UTF-8 file; empty when it cannot be read.
inline QString readText(const QString& path)
{
    return QString::fromUtf8(readAll(path));
}

inline QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs tare-cli with arguments and waits for it; `prepare` (may be empty) sets the process up
/// before it starts (e.g. a resource limit applied in the child).
inline CliResult runCli(const QStringList& arguments, int timeoutMs = 120000,
                        const std::function<void(QProcess&)>& prepare = {})
{
    QProcess process;
    if (prepare)
        prepare(process);
    process.start(QString::fromUtf8(TARE_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// A project built through tare-cli as a person builds one: `import beir` of the sample folder
/// `sample` (sample_data/<sample>), `embed --space lsa` (with `--dim dim` when dim > 0) and, when
/// runSteps > 0, one gold-judged `run` of that many steps. Returns the result of the first command
/// that failed, else that of the last one.
inline CliResult buildCliProject(const QString& project, const QString& sample, int dim = 0, int runSteps = 0)
{
    CliResult result = runCli({QStringLiteral("import"), QStringLiteral("beir"),
                               QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QLatin1Char('/') + sample,
                               QStringLiteral("--project"), project});
    if (result.exitCode != 0)
        return result;
    QStringList embed{QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("lsa")};
    if (dim > 0)
        embed << QStringLiteral("--dim") << QString::number(dim);
    result = runCli(embed);
    if (result.exitCode != 0 || runSteps <= 0)
        return result;
    return runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--judge"),
                   QStringLiteral("gold"), QStringLiteral("--steps"), QString::number(runSteps)});
}

/// buildCliProject into the file `fileName` of the temporary folder `dir`, the fixture of a
/// command-line test: `path` gets the project's path; the result is that of buildCliProject, or a
/// failure that says so when the folder is missing.
inline CliResult buildCliProjectIn(const QTemporaryDir& dir, const QString& fileName, QString& path, const QString& sample,
                                   int dim = 0, int runSteps = 0)
{
    path = dir.filePath(fileName);
    if (!dir.isValid())
        return {-1, {}, QStringLiteral("no temporary folder: %1").arg(dir.errorString())};
    return buildCliProject(path, sample, dim, runSteps);
}

/// The columns of a table of tare-cli calls that fail: the arguments, the exit code and a part of
/// the message on standard error.
inline void addFailingCallColumns()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
}

/// Runs the current row's tare-cli call: `prefix`, then the row's arguments with each placeholder
/// (first) replaced by its value (second). Checks its exit code and that standard error holds the
/// message; the caller stops when that failed (QTest::currentTestFailed()).
inline void checkFailingCall(const QStringList& prefix = {}, const QList<std::pair<QString, QString>>& placeholders = {})
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (const auto& [placeholder, value] : placeholders)
        arguments.replaceInStrings(placeholder, value);
    const CliResult result = runCli(prefix + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

/// tare-cli's exit code and output as bytes, for tests that look for exact bytes (leaked keys).
struct CliBytes
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs tare-cli in `environment` with `input` on its standard input (then closed) and waits for
/// it; exit code -1 and no output when it did not end within `timeoutMs`.
inline CliBytes runCliBytes(const QStringList& arguments, const QProcessEnvironment& environment, const QByteArray& input = {},
                            int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(TARE_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliBytes output;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

/// Limits the address space of the calling process to `maxBytes` (RLIMIT_AS); for a child process
/// modifier, so that a command that would read a huge input whole fails fast instead of taking the
/// machine's memory. Sanitizer builds reserve terabytes of shadow address space up front, so there
/// the limit is left out and the tests rely on their own assertions.
inline void limitAddressSpace(qint64 maxBytes)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    Q_UNUSED(maxBytes);
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    Q_UNUSED(maxBytes);
#else
    const rlimit limit{rlim_t(maxBytes), rlim_t(maxBytes)};
    ::setrlimit(RLIMIT_AS, &limit);
#endif
#else
    const rlimit limit{rlim_t(maxBytes), rlim_t(maxBytes)};
    ::setrlimit(RLIMIT_AS, &limit);
#endif
}

/// Runs tare-cli with its file size limited to `maxFileBytes` (RLIMIT_FSIZE, SIGXFSZ ignored), so
/// every write past that offset fails with EFBIG as on a full disk, for the project file, its WAL
/// and anything else the process writes.
inline CliResult runCliWithFileLimit(const QStringList& arguments, qint64 maxFileBytes, int timeoutMs = 300000)
{
    return runCli(arguments, timeoutMs, [maxFileBytes](QProcess& process) {
        process.setChildProcessModifier([maxFileBytes] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    });
}

} // namespace TestUtils
