// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/gridcommand.h"

#include "cli/clisupport.h"
#include "cli/httpjudgeoptions.h"
#include "core/db/projectstore.h"
#include "core/experiment/gridrunner.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/beirimporter.h"
#include "core/io/paperdatasets.h"
#include "core/net/endpointpresets.h"
#include "core/run/runrawexporter.h"

#include <QDir>
#include <QFileInfo>

namespace tare::cli {

namespace {

/// The grid's own outputs are rewritten on every call (a resumed grid refreshes its tables).
void writeFile(const QString& path, const QString& text)
{
    AtomicFileWriter file(path, AtomicFileWriter::Existing::Replace);
    file.write(text.toUtf8());
    file.commit();
}

/// "NAME" names a dataset of the project; "NAME=DIR" imports the BEIR folder DIR as NAME when the
/// project has no such dataset yet, with the paper's preset when NAME is one of its datasets.
QString ensureDataset(ProjectStore& store, const QString& spec, bool dryRun)
{
    const qsizetype equals = spec.indexOf(u'=');
    const QString name = equals > 0 ? spec.left(equals) : spec;
    if (equals <= 0 || store.datasets().byName(name))
        return name;
    const QString folder = spec.mid(equals + 1);
    if (dryRun) {
        out() << tr("would import %1 as dataset '%2'").arg(folder, name) << Qt::endl;
        return name;
    }
    const std::optional<PaperDatasetPreset> preset = PaperDatasets::find(name);
    ImportOptions options = preset ? preset->importOptions() : ImportOptions();
    options.datasetName = name; // as the user spells it, also for a preset ("ArgKP-21")
    const ImportReport report = BeirImporter::run(store, folder, options);
    out() << tr("Imported %1 as dataset '%2': %3 documents, %4 queries, %5 labels")
                 .arg(folder, name)
                 .arg(report.documents)
                 .arg(report.queries)
                 .arg(report.labels)
          << Qt::endl;
    return name;
}

} // namespace

int GridCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (created when a dataset is imported)."));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     tr("A dataset (repeatable): NAME, or NAME=BEIR_DIR to import it when missing (with "
                                        "the paper's preset when NAME is one of its datasets)."),
                                     QStringLiteral("SPEC"));
    const QCommandLineOption space(QStringLiteral("space"),
                                   tr("An embedding space (repeatable; default lsa): NAME, lsa[:dim=N,seed=S] or "
                                      "NAME=openai:model=M[,dimensions=N], built when a dataset lacks it."),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption judge(QStringLiteral("judge"),
                                   tr("A judge (repeatable; default gold): gold, simulated:flip=RATE, llm-yesno, "
                                      "llm-rating[:raw], llm-truefalse, rerank[:raw], rerank-cohere."),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption refiner(QStringLiteral("refiner"), tr("A refiner (repeatable; default kl-adam)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption outDir(QStringLiteral("out"), tr("Folder for the tables (grid.md, grid.html, grid.csv, "
                                                              "latency.md, latency.csv)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show the cells and what each would do; change nothing."));
    const QCommandLineOption continueOnError(QStringLiteral("continue-on-error"),
                                             tr("Report a failed cell and go on with the next one."));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("Adam steps (default 100)."), QStringLiteral("N"));
    const QCommandLineOption lr(QStringLiteral("lr"), tr("Learning rate (default: the refiner's)."), QStringLiteral("LR"));
    const QCommandLineOption total(QStringLiteral("total"), tr("Judged documents per query (default 20)."), QStringLiteral("K"));
    const QCommandLineOption fromTop(QStringLiteral("from-top"), tr("Of those, from the top (default 20)."), QStringLiteral("T"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the judged set's random part (default 42)."),
                                  QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption embedEndpoint(QStringLiteral("embed-endpoint"), tr("openai spaces: the embeddings base URL."),
                                           QStringLiteral("URL"));
    const QCommandLineOption embedApiKeyEnv(QStringLiteral("embed-api-key-env"),
                                            tr("openai spaces: the API key's environment variable."), QStringLiteral("VAR"));
    const QCommandLineOption embedPreset(QStringLiteral("embed-preset"), tr("openai spaces: a known service."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption measureEmbed(QStringLiteral("measure-embed-latency"),
                                          tr("openai spaces: embed every query once more, alone and uncached, to time it "
                                             "(sends requests)."));
    const QCommandLineOption rawScores(QStringLiteral("raw-scores"),
                                       tr("Also write each run's long raw-scores CSV into DIR/runs/."));
    const QCommandLineOption saveSteps(QStringLiteral("save-steps"),
                                       tr("Also write each query's per-step vectors (.npy) into DIR/runs/."));
    const QCommandLineOption title(QStringLiteral("title"), tr("The tables' title."), QStringLiteral("TEXT"));
    parser.addOptions({dataset, space, judge, refiner, outDir, dryRun, continueOnError, steps, lr, total, fromTop, seed, threads,
                       embedEndpoint, embedApiKeyEnv, embedPreset, measureEmbed, rawScores, saveSteps, title});
    const HttpJudgeOptions http;
    http.addTo(parser);
    addForceOption(parser);
    addProgressOptions(parser);
    if (!parseOrExplain(parser, arguments,
                        tr("Run datasets x spaces x judges x refiners and write the paper's table (MAP before -> after "
                           "and relative change per dataset and their mean) with the per-query latency breakdown. "
                           "Resumable: finished cells are reused without a request, unfinished ones continued.")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || parser.values(dataset).isEmpty()
        || (!parser.isSet(outDir) && !parser.isSet(dryRun)))
        return usageError(tr("usage: tare-cli grid PROJECT --dataset D [--dataset D2] [--space S] [--judge J] [--refiner R] "
                             "--out DIR [--dry-run] [--continue-on-error]"));
    return guarded([&] {
        const QString projectPath = parser.positionalArguments().first();
        const bool dry = parser.isSet(dryRun);
        if (dry && !QFileInfo::exists(projectPath))
            throw TareError(TareError::Kind::Usage, tr("%1: no such project (a dry run creates nothing)").arg(projectPath));
        ProjectStore store(projectPath, dry ? ProjectStore::OpenMode::OpenExisting : ProjectStore::OpenMode::CreateIfMissing);

        GridSettings settings;
        for (const QString& spec : parser.values(dataset))
            settings.datasets.append(ensureDataset(store, spec, dry));
        for (const QString& spec : parser.isSet(space) ? parser.values(space) : QStringList{QStringLiteral("lsa")})
            settings.spaces.append(GridSpace::parse(spec));
        settings.judges = parser.isSet(judge) ? parser.values(judge) : QStringList{QStringLiteral("gold")};
        settings.refiners = parser.isSet(refiner) ? parser.values(refiner) : QStringList{QStringLiteral("kl-adam")};
        settings.continueOnError = parser.isSet(continueOnError);
        settings.measureEmbedLatency = parser.isSet(measureEmbed);
        auto optionalInt = [&](const QCommandLineOption& option, std::optional<int>& target, int minimum) {
            if (!parser.isSet(option))
                return;
            int value = 0;
            readIntegerOption(parser, option, value, minimum);
            target = value;
        };
        optionalInt(steps, settings.overrides.steps, 0);
        optionalInt(total, settings.overrides.total, 1);
        optionalInt(fromTop, settings.overrides.fromTop, 0);
        if (parser.isSet(lr)) {
            double value = 0;
            readPositiveNumberOption(parser, lr, value);
            settings.overrides.lr = value;
        }
        settings.overrides.seed = seedOption(parser, seed);
        readIntegerOption(parser, threads, settings.threads, 0);

        settings.judgeConnection = http.apply(parser);
        const RemoteJudgeSettings& remote = settings.judgeConnection;
        settings.embedConnection.baseUrl = parser.value(embedEndpoint);
        settings.embedConnection.apiKeyEnv = parser.value(embedApiKeyEnv);
        EndpointPresets::apply(parser.value(embedPreset), settings.embedConnection.baseUrl, settings.embedConnection.apiKeyEnv);

        GridRunner runner(store);
        runner.engine().setJudgeConnection(remote);
        applyForceOption(parser, runner.engine());
        const QList<GridCellPlan> cells = runner.plan(settings);
        if (dry) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const GridCellPlan& cell = cells[i];
                const QString what = cell.spaceId == 0 ? tr("build space '%1', then run").arg(cell.space.name)
                                   : cell.action == u"reuse" ? tr("reuse run %1 (no request)").arg(cell.runId)
                                   : cell.action == u"resume" ? tr("continue run %1").arg(cell.runId)
                                                              : tr("run");
                out() << tr("[%1/%2] %3 · %4 · %5 · %6: %7")
                             .arg(i + 1)
                             .arg(cells.size())
                             .arg(cell.dataset, cell.space.name, cell.judge, cell.refiner, what)
                      << Qt::endl;
            }
            return int(ExitOk);
        }

        const QString folder = parser.value(outDir);
        if (!QDir().mkpath(folder))
            throw TareError(TareError::Kind::Io, tr("%1: the folder cannot be created").arg(folder));
        TerminalProgress progress(progressWanted(parser));
        GridCallbacks callbacks;
        callbacks.buildingSpace = [&](const QString& datasetName, const QString& spaceName) {
            out() << tr("Building space '%1' of dataset '%2'").arg(spaceName, datasetName) << Qt::endl;
        };
        ProgressSink sink = progress.sink(tr("queries"));
        callbacks.cellStarted = [&](int index, int count, const GridCellPlan& cell) {
            out() << tr("[%1/%2] %3 · %4 · %5 · %6%7")
                         .arg(index + 1)
                         .arg(count)
                         .arg(cell.dataset, cell.space.name, cell.judge, cell.refiner,
                              cell.action == u"reuse" ? tr(" (reused, run %1)").arg(cell.runId) : QString())
                  << Qt::endl;
            sink = progress.sink(tr("queries"));
        };
        callbacks.progress = [&](int done, int totalQueries) { sink.report(done, totalQueries); };
        callbacks.cellFinished = [&](int, int, const GridCellResult& result) {
            progress.finish();
            if (result.status == u"failed")
                err() << tr("  failed: %1").arg(result.error) << Qt::endl;
        };
        RunControl control;
        const InterruptGuard guard(control.cancel);
        GridReport report = runner.run(settings, control, callbacks);
        report.title = parser.isSet(title) ? parser.value(title) : tr("Tare grid: %1").arg(QFileInfo(projectPath).fileName());

        const QDir dir(folder);
        writeFile(dir.filePath(QStringLiteral("grid.md")), report.markdown());
        writeFile(dir.filePath(QStringLiteral("grid.html")), report.html());
        writeFile(dir.filePath(QStringLiteral("grid.csv")), report.csv());
        writeFile(dir.filePath(QStringLiteral("latency.md")), report.latencyMarkdown());
        writeFile(dir.filePath(QStringLiteral("latency.csv")), report.latencyCsv());
        if (parser.isSet(rawScores) || parser.isSet(saveSteps)) {
            const QString runsFolder = dir.filePath(QStringLiteral("runs"));
            for (const GridCellResult& cell : std::as_const(report.cells)) {
                if (cell.runId <= 0)
                    continue;
                if (parser.isSet(rawScores))
                    RunRawExporter::writeRawScores(store, cell.runId, runsFolder, AtomicFileWriter::Existing::Replace);
                if (parser.isSet(saveSteps))
                    RunRawExporter::writeStepVectors(store, cell.runId, runsFolder, AtomicFileWriter::Existing::Replace);
            }
        }
        out() << report.markdown() << Qt::endl;
        out() << tr("Wrote %1 (grid.md, grid.html, grid.csv, latency.md, latency.csv)").arg(folder) << Qt::endl;
        int failed = 0;
        bool cancelled = false;
        for (const GridCellResult& cell : std::as_const(report.cells)) {
            failed += cell.status == u"failed" || cell.status == u"not run" ? 1 : 0;
            cancelled = cancelled || cell.status == u"cancelled";
        }
        if (cancelled)
            return int(ExitCancelled);
        if (failed > 0) {
            err() << QCoreApplication::translate("tare-cli", "%n cell(s) did not finish", nullptr, failed) << Qt::endl;
            return int(ExitIo);
        }
        return int(ExitOk);
    });
}

} // namespace tare::cli
