// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/runcommand.h"

#include "cli/clisupport.h"
#include "cli/judgedrunoptions.h"
#include "core/db/projectstore.h"
#include "core/judge/judgefactory.h"
#include "core/net/endpointpresets.h"
#include "core/run/runengine.h"
#include "core/run/runsummary.h"

#include <cmath>

namespace tare::cli {

void RunCommand::printTable(const RunSummary& summary)
{
    out() << QStringLiteral("%1  %2  %3  %4  %5").arg(tr("query"), -24).arg(tr("AP before"), 9).arg(tr("AP after"), 9)
                 .arg(tr("ΔAP"), 8).arg(tr("status"))
          << Qt::endl;
    for (const auto& result : summary.results) {
        const QString id = shown(summary.queryExtIds.value(result.queryId), 24);
        const QString delta = result.finished()
            ? formatSigned(result.apAfter - result.apBefore)
            : QStringLiteral("–");
        out() << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(id, -24)
                     .arg(formatNumber(result.apBefore), 9)
                     .arg(formatNumber(result.apAfter), 9)
                     .arg(delta, 8)
                     .arg(result.finished() ? queryOutcomeName(result.outcome)
                                            : queryOutcomeName(result.outcome) + QStringLiteral(": ") + shown(result.error, 300))
              << Qt::endl;
    }
}

void RunCommand::print(const RunSummary& summary, bool json)
{
    if (json) {
        out() << summary.toJson(false);
        out().flush();
        return;
    }
    printTable(summary);
    printSummary(summary);
}

void RunCommand::printSummary(const RunSummary& summary)
{
    const auto& c = summary.comparison;
    out() << tr("Run %1 on '%2' (space %3, judge %4, refiner %5): %6")
                 .arg(summary.run.id)
                 .arg(shown(summary.datasetName), shown(summary.spaceName), shown(summary.judgeIdentity, 300), summary.run.refiner,
                      runStatusName(summary.run.status))
          << Qt::endl;
    out() << tr("  queries: %1 finished, %2 failed").arg(summary.finished).arg(summary.failed) << Qt::endl;
    if (summary.finished == 0)
        return;
    out() << tr("  MAP %1 → %2  (Δ %3, %4%)")
                 .arg(formatNumber(summary.mapBefore), formatNumber(summary.mapAfter),
                      formatSigned(c.meanDelta),
                      std::isfinite(c.relativeDelta) ? QString::asprintf("%+.1f", 100.0 * c.relativeDelta) : QStringLiteral("–"))
          << Qt::endl;
    out() << tr("  win/tie/loss %1/%2/%3; paired t-test p = %4; randomization p = %5; 95% CI of Δ [%6, %7]")
                 .arg(c.wins)
                 .arg(c.ties)
                 .arg(c.losses)
                 .arg(formatP(c.tTestP), formatP(c.randomizationP), formatNumber(c.ciLower), formatNumber(c.ciUpper))
          << Qt::endl;
}

int RunCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption refiner(QStringLiteral("refiner"), tr("kl-adam, refit, rocchio or none."), QStringLiteral("NAME"),
                                     QStringLiteral("kl-adam"));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("Adam steps (default 100)."), QStringLiteral("N"));
    const QCommandLineOption lr(QStringLiteral("lr"), tr("Learning rate (default 1e-4; refit 0.005)."), QStringLiteral("LR"));
    const QCommandLineOption evalEvery(QStringLiteral("eval-every"), tr("AP/AUC every N steps (default: automatic)."),
                                       QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object (summary with map_before, map_after, ...)."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue the latest unfinished run with the same parameters instead of starting a new one."));
    const QCommandLineOption label(QStringLiteral("label"), tr("A label for the run."), QStringLiteral("TEXT"));
    const JudgedRunOptions judged;
    judged.addTo(parser);
    parser.addOptions({refiner, steps, lr, evalEvery, threads, json, resume, label});
    addProgressOptions(parser);
    addForceOption(parser);
    if (!parseOrExplain(parser, arguments, tr("Refine the queries of a dataset and report MAP before and after.")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("usage: tare-cli run PROJECT --space S --judge J --refiner R [options]"));
    return guarded([&] {
        ProjectStore store(parser.positionalArguments().first());
        RunSettings settings;
        settings.refiner = refinerOption(parser, refiner, settings.refine);
        const RemoteJudgeSettings remote = judged.apply(parser, store, settings);
        readIntegerOption(parser, steps, settings.refine.steps, 0);
        readIntegerOption(parser, evalEvery, settings.evalEvery, 0);
        readIntegerOption(parser, threads, settings.threads, 0);
        readPositiveNumberOption(parser, lr, settings.refine.lr);
        settings.label = parser.value(label);

        RunEngine engine(store);
        engine.setJudgeConnection(remote);
        applyForceOption(parser, engine);
        bool resumed = false;
        const qint64 runId = engine.prepare(settings, parser.isSet(resume), &resumed);
        if (resumed && !parser.isSet(json))
            err() << tr("Resuming run %1.").arg(runId) << Qt::endl;
        RunControl control;
        RunStatus status = RunStatus::Created;
        {
            const InterruptGuard interrupt(control.cancel); // the engine stops within one step
            TerminalProgress progress(progressWanted(parser));
            const ProgressSink sink = progress.sink(tr("queries"));
            RunCallbacks callbacks;
            callbacks.progress = [&](int done, int all) { sink.report(done, all); };
            try {
                status = engine.execute(runId, control, callbacks, settings.threads);
            } catch (const TareError&) {
                // A failed run still shows what it recorded (each query with its reason).
                progress.finish();
                if (const auto failed = store.runs().find(runId); failed && failed->status == RunStatus::Failed)
                    print(RunSummary::load(store, runId), parser.isSet(json));
                throw;
            }
            progress.finish();
        }

        print(RunSummary::load(store, runId), parser.isSet(json));
        if (status != RunStatus::Finished) {
            err() << tr("Run %1 was interrupted; finished queries are kept. Continue it with --resume.").arg(runId) << Qt::endl;
            return int(ExitCancelled);
        }
        return int(ExitOk);
    });
}

} // namespace tare::cli
