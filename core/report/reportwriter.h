// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/atomicfilewriter.h"
#include "core/report/runreport.h"

#include <QCoreApplication>

#include <optional>

namespace tare {

class ProjectStore;
struct GridReport;

enum class ReportFormat
{
    Html,     ///< self-contained page with inline SVG charts
    Markdown, ///< for notes
    Csv,      ///< for spreadsheets
};

/// Builds a run's, an experiment's or a grid's report and writes it to a file in one of the formats; the
/// file appears whole or not at all (AtomicFileWriter), and an existing file is replaced only with
/// Existing::Replace. Runs on the thread that owns the store.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(tare::ReportWriter)

public:
    /// "html", "md" (or "markdown"), "csv".
    static std::optional<ReportFormat> formatFromName(const QString& name);

    using Existing = AtomicFileWriter::Existing;

    static QByteArray render(const RunReport& report, ReportFormat format);
    static void writeRun(ProjectStore& store, qint64 runId, ReportFormat format, const QString& path,
                         const RunReport::Options& options, Existing existing = Existing::Refuse);
    static void writeRun(ProjectStore& store, qint64 runId, ReportFormat format, const QString& path)
    {
        writeRun(store, runId, format, path, RunReport::Options{});
    }
    static void writeExperiment(ProjectStore& store, qint64 experimentId, ReportFormat format, const QString& path,
                                Existing existing = Existing::Refuse);
    /// A grid's table (the paper's) in the format: Markdown, the HTML page, or one CSV line per cell.
    static QByteArray render(const GridReport& report, ReportFormat format);
    static void writeGrid(const GridReport& report, ReportFormat format, const QString& path,
                          Existing existing = Existing::Refuse);
    /// Writes `bytes` to `path` atomically; throws TareError(Io), or TareError(Usage) for an
    /// existing file that is not to be replaced.
    static void writeFile(const QString& path, const QByteArray& bytes, Existing existing = Existing::Refuse);
};

} // namespace tare
