// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/reportcommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"
#include "core/report/reportwriter.h"

namespace tare::cli {

int ReportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption run(QStringLiteral("run"), tr("Run to report (default: the latest run)."), QStringLiteral("ID"));
    const QCommandLineOption experiment(QStringLiteral("experiment"), tr("Experiment to report instead of a run."),
                                        QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("html (self-contained page with charts), md (Markdown) or csv (default html)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("html"));
    const QCommandLineOption outPath(QStringLiteral("out"), tr("The report file to write."), QStringLiteral("FILE"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     tr("Queries explained in full: those whose AP changed most (default 5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace the file if it exists (a symbolic link is replaced, not followed)."));
    parser.addOptions({run, experiment, format, outPath, explain, force});
    if (!parseOrExplain(parser, arguments,
                        tr("Write a report of a run (parameters, summary with CI and p-values, per-query table, "
                           "distributions, explanations, failure triage) or of an experiment.")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outPath))
        return usageError(tr("usage: tare-cli report PROJECT [--run ID | --experiment ID] --format html|md|csv --out FILE [--force]"));
    return guarded([&] {
        const auto which = ReportWriter::formatFromName(parser.value(format));
        if (!which)
            throw TareError(TareError::Kind::Usage, tr("--format must be html, md or csv"));
        if (parser.isSet(run) && parser.isSet(experiment))
            throw TareError(TareError::Kind::Usage, tr("give --run or --experiment, not both"));
        const int explained = integerOption(parser, explain, 0);
        bool ok = false;
        const auto existing = parser.isSet(force) ? ReportWriter::Existing::Replace : ReportWriter::Existing::Refuse;
        ProjectStore store(positional[0]);
        const QString path = parser.value(outPath);
        if (parser.isSet(experiment)) {
            const qint64 id = parser.value(experiment).toLongLong(&ok);
            if (!ok)
                throw TareError(TareError::Kind::Usage, tr("--experiment must be an experiment id"));
            ReportWriter::writeExperiment(store, id, *which, path, existing);
            out() << tr("Wrote the report of experiment %1 to %2").arg(id).arg(path) << Qt::endl;
            return int(ExitOk);
        }
        qint64 runId = 0;
        if (parser.isSet(run)) {
            runId = parser.value(run).toLongLong(&ok);
            if (!ok)
                throw TareError(TareError::Kind::Usage, tr("--run must be a run id"));
        } else {
            const auto runs = store.runs().all();
            if (runs.isEmpty())
                throw TareError(TareError::Kind::Usage, tr("the project has no runs"));
            runId = runs.first().id;
        }
        RunReport::Options options;
        options.explained = explained;
        ReportWriter::writeRun(store, runId, *which, path, options, existing);
        out() << tr("Wrote the report of run %1 to %2").arg(runId).arg(path) << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
