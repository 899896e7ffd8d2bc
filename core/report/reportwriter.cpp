// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/reportwriter.h"

#include "core/report/csvreport.h"
#include "core/report/experimentreport.h"
#include "core/report/gridreport.h"
#include "core/report/htmlreport.h"
#include "core/report/markdownreport.h"
#include "core/util/enumnames.h"
#include "core/util/tareerror.h"

namespace tare {

std::optional<ReportFormat> ReportWriter::formatFromName(const QString& name)
{
    static constexpr EnumNames<ReportFormat, 4> names({{{ReportFormat::Html, u"html"}, {ReportFormat::Markdown, u"md"},
                                                        {ReportFormat::Markdown, u"markdown"}, {ReportFormat::Csv, u"csv"}}});
    return names.value(name);
}

QByteArray ReportWriter::render(const RunReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return HtmlReport::render(report).toUtf8();
    case ReportFormat::Markdown:
        return MarkdownReport::render(report).toUtf8();
    case ReportFormat::Csv:
        return CsvReport::render(report);
    }
    return {};
}

void ReportWriter::writeRun(ProjectStore& store, qint64 runId, ReportFormat format, const QString& path,
                            const RunReport::Options& options, Existing existing)
{
    AtomicFileWriter::checkTarget(path, existing); // before the (slow) report is built
    writeFile(path, render(RunReport::build(store, runId, options), format), existing);
}

void ReportWriter::writeExperiment(ProjectStore& store, qint64 experimentId, ReportFormat format, const QString& path,
                                   Existing existing)
{
    AtomicFileWriter::checkTarget(path, existing);
    const ExperimentReport report = ExperimentReport::build(store, experimentId);
    switch (format) {
    case ReportFormat::Html:
        writeFile(path, HtmlReport::render(report).toUtf8(), existing);
        break;
    case ReportFormat::Markdown:
        writeFile(path, MarkdownReport::render(report).toUtf8(), existing);
        break;
    case ReportFormat::Csv:
        writeFile(path, CsvReport::render(report), existing);
        break;
    }
}

QByteArray ReportWriter::render(const GridReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return report.html().toUtf8();
    case ReportFormat::Markdown:
        return report.markdown().toUtf8();
    case ReportFormat::Csv:
        return report.csv().toUtf8();
    }
    return {};
}

void ReportWriter::writeGrid(const GridReport& report, ReportFormat format, const QString& path, Existing existing)
{
    writeFile(path, render(report, format), existing);
}

void ReportWriter::writeFile(const QString& path, const QByteArray& bytes, Existing existing)
{
    AtomicFileWriter file(path, existing);
    file.write(bytes);
    file.commit();
}

} // namespace tare
