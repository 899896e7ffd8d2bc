// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/exportcommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"
#include "core/io/judgmentexporter.h"
#include "core/io/projectexporter.h"
#include "core/run/runexporter.h"
#include "core/run/runrawexporter.h"

namespace tare::cli {

namespace {

DatasetInfo resolveDataset(ProjectStore& store, const QString& name)
{
    if (!name.isEmpty()) {
        if (auto dataset = store.datasets().byName(name))
            return *dataset;
        throw TareError(TareError::Kind::Usage, tr("no dataset named '%1' in %2").arg(name, store.path()));
    }
    const auto all = store.datasets().all();
    if (all.size() == 1)
        return all.first();
    throw TareError(TareError::Kind::Usage, tr("the project holds %1 datasets: name one with --dataset").arg(all.size()));
}

} // namespace

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), tr("qrels, vectors, run or judgments"));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption dataset(QStringLiteral("dataset"), tr("Dataset (default: the only one)."), QStringLiteral("NAME"));
    const QCommandLineOption space(QStringLiteral("space"), tr("Embedding space (vectors)."), QStringLiteral("NAME"));
    const QCommandLineOption outPath(QStringLiteral("out"),
                                     tr("Output file (qrels), or prefix: PREFIX.npy and PREFIX.ids.txt (vectors)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption run(QStringLiteral("run"), tr("Run id (run; default: the latest run)."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("trec, ranx, csv, json, raw-scores (every candidate's score and rank before and after) or steps "
                                                     "(per-step query vectors as .npy) (run); qrels or jsonl (judgments)."), QStringLiteral("FORMAT"),
                                    QStringLiteral("trec"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace files that exist (a symbolic link is replaced, not followed)."));
    const QCommandLineOption judge(QStringLiteral("judge"),
                                   tr("Judgments of this judge: its id, its identity, or an annotator's name "
                                      "(\"human\": the unnamed person, \"adjudication\")."),
                                   QStringLiteral("JUDGE"));
    const QCommandLineOption history(QStringLiteral("history"), tr("Every judgment given, not only the one in force (judgments)."));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("Qrels grade = score × N rounded (9: a person's digits; default: 1 from --threshold on, else 0)."),
                                   QStringLiteral("N"));
    const QCommandLineOption threshold(QStringLiteral("threshold"), tr("Qrels: relevant from this score on (default 0.5)."),
                                       QStringLiteral("T"), QStringLiteral("0.5"));
    parser.addOptions({dataset, space, outPath, run, format, force, judge, history, scale, threshold});
    if (!parseOrExplain(parser, arguments, tr("Export project data for other tools.")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(outPath))
        return usageError(tr("usage: tare-cli export qrels|vectors|run|judgments PROJECT --out PATH [--dataset NAME] [--space NAME] "
                             "[--run ID] [--format trec|ranx|csv|json|raw-scores|steps|qrels|jsonl] [--force] [--judge JUDGE] [--history] "
                             "[--scale N] [--threshold T]"));
    return guarded([&] {
        const auto existing = parser.isSet(force) ? AtomicFileWriter::Existing::Replace : AtomicFileWriter::Existing::Refuse;
        ProjectStore store(positional[1]);
        if (positional[0] == u"run") {
            qint64 runId = 0;
            if (parser.isSet(run)) {
                runId = parser.value(run).toLongLong();
            } else {
                const auto runs = store.runs().all();
                if (runs.isEmpty())
                    throw TareError(TareError::Kind::Usage, tr("the project has no runs"));
                runId = runs.first().id;
            }
            const QString formatName = parser.value(format);
            // The paper's per-run outputs: the long raw-scores table and the per-step query vectors.
            if (formatName == u"raw-scores" || formatName == u"steps") {
                const QStringList files = formatName == u"steps"
                    ? RunRawExporter::writeStepVectors(store, runId, parser.value(outPath), existing)
                    : QStringList{RunRawExporter::writeRawScores(store, runId, parser.value(outPath), existing)};
                out() << tr("Wrote %1").arg(files.size() == 1 ? files.first() : tr("%1 files").arg(files.size())) << Qt::endl;
                return int(ExitOk);
            }
            RunExporter::Format which = RunExporter::Format::Trec;
            if (formatName == u"csv")
                which = RunExporter::Format::Csv;
            else if (formatName == u"json")
                which = RunExporter::Format::Json;
            else if (formatName == u"ranx")
                which = RunExporter::Format::Ranx;
            else if (formatName != u"trec")
                throw TareError(TareError::Kind::Usage, tr("--format must be trec, ranx, csv, json, raw-scores or steps"));
            const QStringList files = RunExporter::write(store, runId, which, parser.value(outPath), existing);
            for (const QString& file : files)
                out() << tr("Wrote %1").arg(file) << Qt::endl;
            return int(ExitOk);
        }
        const DatasetInfo info = resolveDataset(store, parser.value(dataset));
        if (positional[0] == u"qrels") {
            const qint64 lines = ProjectExporter::writeQrels(store, info.id, parser.value(outPath), existing);
            out() << tr("Wrote %1 qrels lines to %2").arg(lines).arg(parser.value(outPath)) << Qt::endl;
            return int(ExitOk);
        }
        if (positional[0] == u"judgments") {
            if (!parser.isSet(judge))
                throw TareError(TareError::Kind::Usage, tr("name the judge or annotator with --judge"));
            const JudgeInfo chosen = JudgmentExporter::resolveJudge(store, parser.value(judge));
            JudgmentExporter::Options options;
            const QString formatName = parser.value(format);
            if (formatName == u"jsonl")
                options.format = JudgmentExporter::Format::Jsonl;
            else if (formatName != u"qrels" && formatName != u"trec")
                throw TareError(TareError::Kind::Usage, tr("--format must be qrels or jsonl for judgments"));
            options.history = parser.isSet(history);
            bool ok = true;
            if (parser.isSet(scale)) {
                options.scale = parser.value(scale).toInt(&ok);
                if (!ok || options.scale <= 0)
                    throw TareError(TareError::Kind::Usage, tr("--scale must be a positive whole number"));
            }
            options.threshold = parser.value(threshold).toDouble(&ok);
            if (!ok)
                throw TareError(TareError::Kind::Usage, tr("--threshold must be a number"));
            const qint64 lines = JudgmentExporter::write(store, chosen.id, info.id, options, parser.value(outPath), existing);
            out() << tr("Wrote %1 judgments of %2 to %3").arg(lines).arg(chosen.kind == u"human" ? chosen.name : chosen.identity,
                                                                      parser.value(outPath))
                  << Qt::endl;
            return int(ExitOk);
        }
        if (positional[0] == u"vectors") {
            const auto spaces = store.spaces().all(info.id);
            if (spaces.isEmpty())
                throw TareError(TareError::Kind::Usage, tr("dataset '%1' has no embedding space").arg(info.name));
            SpaceInfo chosen = spaces.first();
            if (parser.isSet(space)) {
                const auto named = store.spaces().byName(info.id, parser.value(space));
                if (!named)
                    throw TareError(TareError::Kind::Usage, tr("no space named '%1'").arg(parser.value(space)));
                chosen = *named;
            } else if (spaces.size() > 1) {
                throw TareError(TareError::Kind::Usage, tr("dataset '%1' has several spaces: name one with --space").arg(info.name));
            }
            const QString prefix = parser.value(outPath);
            const qint64 rows = ProjectExporter::writeVectors(store, chosen.id, prefix + QStringLiteral(".npy"),
                                                              prefix + QStringLiteral(".ids.txt"), existing);
            out() << tr("Wrote %1 vectors of dimension %2 to %3.npy and %3.ids.txt").arg(rows).arg(chosen.dim).arg(prefix)
                  << Qt::endl;
            return int(ExitOk);
        }
        throw TareError(TareError::Kind::Usage, tr("unknown export '%1' (qrels, vectors, run, judgments)").arg(positional[0]));
    });
}

} // namespace tare::cli
