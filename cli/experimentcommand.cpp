// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/experimentcommand.h"

#include "cli/clisupport.h"
#include "cli/httpjudgeoptions.h"
#include "core/db/projectstore.h"
#include "core/experiment/experimentrunner.h"

#include <QElapsedTimer>

#include <cmath>
#include <optional>

namespace tare::cli {

namespace {

QString interval(double lower, double upper)
{
    return QStringLiteral("[%1, %2]").arg(formatSigned(lower), formatSigned(upper));
}

/// A comma-separated list of numbers (TareError Usage naming the option when one is not a number).
QList<double> numberList(const QString& text, const QString& option)
{
    QList<double> values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        values.append(part.trimmed().toDouble(&ok));
        if (!ok)
            throw TareError(TareError::Kind::Usage, tr("--%1 takes comma-separated numbers").arg(option));
    }
    return values;
}

QList<int> integerList(const QString& text, const QString& option)
{
    QList<int> values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        values.append(part.trimmed().toInt(&ok));
        if (!ok || values.last() < 1)
            throw TareError(TareError::Kind::Usage, tr("--%1 takes comma-separated positive integers").arg(option));
    }
    return values;
}

void printNoise(const NoiseSweepResult& noise)
{
    out() << tr("Noise sweep (%1): %2 queries, MAP before %3").arg(noise.noise).arg(noise.queries).arg(formatNumber(noise.mapBefore))
          << Qt::endl;
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                 .arg(tr("rate"), 5).arg(tr("seeds"), 5).arg(tr("MAP after"), 9).arg(tr("ΔMAP"), 8).arg(tr("min"), 8)
                 .arg(tr("max"), 8).arg(tr("sd"), 7).arg(tr("95% CI over queries"))
          << Qt::endl;
    for (const NoiseLevelResult& level : noise.levels) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(QString::number(level.rate), 5)
                     .arg(level.runIds.size(), 5)
                     .arg(formatNumber(level.meanMapAfter), 9)
                     .arg(formatSigned(level.meanDelta), 8)
                     .arg(formatSigned(level.minDelta), 8)
                     .arg(formatSigned(level.maxDelta), 8)
                     .arg(formatNumber(level.sdDelta), 7)
                     .arg(interval(level.ciLower, level.ciUpper))
              << Qt::endl;
    }
}

void printBudget(const BudgetSweepResult& budget)
{
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                 .arg(tr("total"), 5).arg(tr("from top"), 8).arg(tr("steps"), 5).arg(tr("lr"), 8).arg(tr("judged/query"), 12)
                 .arg(tr("MAP before"), 10).arg(tr("MAP after"), 9).arg(tr("ΔMAP"), 8)
          << Qt::endl;
    for (const BudgetCellResult& cell : budget.cells) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(cell.total, 5)
                     .arg(cell.fromTop, 8)
                     .arg(cell.steps, 5)
                     .arg(QString::number(cell.lr), 8)
                     .arg(formatNumber(cell.judgedPerQuery, 1), 12)
                     .arg(formatNumber(cell.mapBefore), 10)
                     .arg(formatNumber(cell.mapAfter), 9)
                     .arg(formatSigned(cell.delta), 8)
              << Qt::endl;
    }
}

void printMethods(const MethodComparisonResult& methods)
{
    out() << tr("Methods on the same judgments (judge %1): %2 queries").arg(methods.judge).arg(methods.queries) << Qt::endl;
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                 .arg(tr("method"), -13).arg(tr("space"), -10).arg(tr("MAP"), 6).arg(tr("ΔMAP"), 8).arg(tr("W/T/L"), 9)
                 .arg(tr("t-test p"), 8).arg(tr("rand. p"), 8).arg(tr("95% CI of Δ"))
          << Qt::endl;
    for (const MethodResult& row : methods.rows) {
        const PairedComparison& c = row.vsNone;
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(row.method, -13)
                     .arg(row.space.left(10), -10)
                     .arg(formatNumber(row.map), 6)
                     .arg(formatSigned(c.meanDelta), 8)
                     .arg(QStringLiteral("%1/%2/%3").arg(c.wins).arg(c.ties).arg(c.losses), 9)
                     .arg(formatP(c.tTestP), 8)
                     .arg(formatP(c.randomizationP), 8)
                     .arg(interval(c.ciLower, c.ciUpper))
              << Qt::endl;
    }
}

void printJudgeQuality(const JudgeQualityResult& quality)
{
    out() << QStringLiteral("%1  %2  %3  %4").arg(tr("query"), -24).arg(tr("judge AUC"), 9).arg(tr("ΔAP"), 8).arg(tr("judged"), 6)
          << Qt::endl;
    for (const JudgeQualityPoint& point : quality.points) {
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(point.query.left(24), -24)
                     .arg(formatNumber(point.auc), 9)
                     .arg(formatSigned(point.deltaAp), 8)
                     .arg(point.judged, 6)
              << Qt::endl;
    }
    out() << tr("Run %1: %2 queries with a defined AUC; ΔAP = %3 + %4 · AUC; Pearson r = %5, Spearman ρ = %6")
                 .arg(quality.runId)
                 .arg(quality.n)
                 .arg(formatNumber(quality.intercept), formatNumber(quality.slope), formatNumber(quality.pearson), formatNumber(quality.spearman))
          << Qt::endl;
}

} // namespace

void ExperimentCommand::printResult(const ExperimentResult& result)
{
    switch (result.kind) {
    case ExperimentKind::NoiseSweep:
        printNoise(result.noise);
        break;
    case ExperimentKind::BudgetSweep:
        printBudget(result.budget);
        break;
    case ExperimentKind::Methods:
        printMethods(result.methods);
        break;
    case ExperimentKind::JudgeQuality:
        printJudgeQuality(result.judgeQuality);
        break;
    }
    out() << tr("Experiment %1 (%2): %3; runs %4")
                 .arg(result.experimentId)
                 .arg(experimentKindName(result.kind), runStatusName(result.status))
                 .arg([&] {
                     QStringList ids;
                     for (qint64 id : result.runIds)
                         ids.append(QString::number(id));
                     return ids.join(QLatin1Char(','));
                 }())
          << Qt::endl;
}

int ExperimentCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("noise-sweep, budget-sweep, methods or judge-quality."));
    const QCommandLineOption dataset(QStringLiteral("dataset"), tr("Dataset (default: the one holding the space)."), QStringLiteral("NAME"));
    const QCommandLineOption space(QStringLiteral("space"), tr("Embedding space name."), QStringLiteral("NAME"), QStringLiteral("lsa"));
    const QCommandLineOption queries(QStringLiteral("queries"),
                                     tr("The first N queries of the dataset, or a comma-separated list of query ids (default: all)."),
                                     QStringLiteral("N|IDS"));
    const QCommandLineOption seeds(QStringLiteral("seeds"), tr("noise-sweep: judge seeds per noise level (default 3)."), QStringLiteral("N"));
    const QCommandLineOption rates(QStringLiteral("rates"), tr("noise-sweep: noise levels (default 0,0.1,0.2,0.3,0.4,0.5)."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption noise(QStringLiteral("noise"), tr("noise-sweep: flip (label flips, default) or sigma (Gaussian noise)."),
                                   QStringLiteral("KIND"), QStringLiteral("flip"));
    const QCommandLineOption totals(QStringLiteral("totals"), tr("budget-sweep: judged documents per query (default 5,10,20,30,50)."),
                                    QStringLiteral("LIST"));
    const QCommandLineOption shares(QStringLiteral("shares"),
                                    tr("budget-sweep: share of them from the top, the rest at random (default 1,0.5)."),
                                    QStringLiteral("LIST"));
    const QCommandLineOption stepsList(QStringLiteral("steps-list"), tr("budget-sweep: Adam step counts to sweep."), QStringLiteral("LIST"));
    const QCommandLineOption lrList(QStringLiteral("lr-list"), tr("budget-sweep: learning rates to sweep."), QStringLiteral("LIST"));
    const QCommandLineOption methods(QStringLiteral("methods"),
                                     tr("methods: which (default all that apply): %1.").arg(ExperimentSettings::allMethods().join(QStringLiteral(","))),
                                     QStringLiteral("LIST"));
    const QCommandLineOption runId(QStringLiteral("run"), tr("judge-quality: analyse this run instead of making one."), QStringLiteral("ID"));
    const QCommandLineOption judge(QStringLiteral("judge"),
                                   tr("Judge of budget-sweep, methods and judge-quality runs (default gold; judge-quality: "
                                      "simulated:flip=0.2,seed=1)."),
                                   QStringLiteral("JUDGE"));
    const QCommandLineOption refiner(QStringLiteral("refiner"), tr("Refiner of the sweeps and judge-quality (default kl-adam)."),
                                     QStringLiteral("NAME"), QStringLiteral("kl-adam"));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("Adam steps (default 100)."), QStringLiteral("N"));
    const QCommandLineOption lr(QStringLiteral("lr"), tr("Learning rate (default 1e-4; refit 0.005)."), QStringLiteral("LR"));
    const QCommandLineOption total(QStringLiteral("total"), tr("Judged documents per query (default 20)."), QStringLiteral("K"));
    const QCommandLineOption fromTop(QStringLiteral("from-top"), tr("Of those, from the top of the ranking (default: all)."),
                                     QStringLiteral("T"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption label(QStringLiteral("label"), tr("A label for the experiment."), QStringLiteral("TEXT"));
    parser.addOptions({dataset, space, queries, seeds, rates, noise, totals, shares, stepsList, lrList, methods, runId, judge, refiner,
                       steps, lr, total, fromTop, threads, json, label});
    const HttpJudgeOptions http;
    http.addTo(parser);
    addProgressOptions(parser);
    addForceOption(parser);
    if (!parseOrExplain(parser, arguments,
                        tr("Run an experiment made of runs: a feedback-noise sweep, a budget/parameter sweep, a method "
                           "comparison on the same judgments, or judge quality against gain. Running the same experiment "
                           "again continues it and reuses finished runs.")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("usage: tare-cli experiment PROJECT noise-sweep|budget-sweep|methods|judge-quality [options]"));
    const auto kind = experimentKindFromName(positional.at(1));
    if (!kind)
        return usageError(tr("tare-cli: unknown experiment '%1' (noise-sweep, budget-sweep, methods or judge-quality)").arg(positional.at(1)));
    return guarded([&] {
        ProjectStore store(positional.first());
        ExperimentSettings settings;
        settings.kind = *kind;
        if (parser.isSet(runId)) {
            bool ok = false;
            settings.runId = parser.value(runId).toLongLong(&ok);
            if (!ok || settings.runId < 1 || *kind != ExperimentKind::JudgeQuality)
                throw TareError(TareError::Kind::Usage, tr("--run takes a run id, and only for judge-quality"));
        } else {
            const SpaceInfo found = spaceOption(store, parser, dataset, space);
            settings.datasetId = found.datasetId;
            settings.spaceId = found.id;
        }
        if (parser.isSet(queries) && settings.datasetId > 0) {
            bool isCount = false;
            const int count = parser.value(queries).toInt(&isCount);
            if (isCount) {
                if (count < 1)
                    throw TareError(TareError::Kind::Usage, tr("--queries must be at least 1"));
                const QList<QueryRecord> all = store.datasets().queries(settings.datasetId);
                if (count < all.size()) {
                    for (qsizetype i = 0; i < count; ++i)
                        settings.queryIds.append(all[i].extId);
                }
            } else {
                settings.queryIds = parser.value(queries).split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
        }
        settings.refiner = refinerOption(parser, refiner, settings.refine);
        readIntegerOption(parser, steps, settings.refine.steps, 0);
        readIntegerOption(parser, total, settings.refine.total, 1);
        settings.refine.fromTop = settings.refine.total;
        readIntegerOption(parser, fromTop, settings.refine.fromTop, 0);
        readIntegerOption(parser, seeds, settings.seeds, 1);
        readIntegerOption(parser, threads, settings.threads, 0);
        readPositiveNumberOption(parser, lr, settings.refine.lr);
        settings.judgeSpec = parser.isSet(judge) ? parser.value(judge)
            : (*kind == ExperimentKind::JudgeQuality ? QStringLiteral("simulated:flip=0.2,seed=1") : QStringLiteral("gold"));
        // A preset only speaks for HTTP judges; an offline judge's settings stay as they were.
        const RemoteJudgeSettings remote = http.apply(parser, JudgeFactory::isRemote(settings.judgeSpec));
        settings.judgeEndpoint = remote.endpoint;
        settings.judgeModel = remote.model;
        settings.noise = parser.value(noise);
        if (parser.isSet(rates))
            settings.rates = numberList(parser.value(rates), rates.names().first());
        if (parser.isSet(totals))
            settings.totals = integerList(parser.value(totals), totals.names().first());
        if (parser.isSet(shares))
            settings.fromTopShares = numberList(parser.value(shares), shares.names().first());
        if (parser.isSet(stepsList))
            settings.stepsList = integerList(parser.value(stepsList), stepsList.names().first());
        if (parser.isSet(lrList))
            settings.lrList = numberList(parser.value(lrList), lrList.names().first());
        if (parser.isSet(methods))
            settings.methods = parser.value(methods).split(QLatin1Char(','), Qt::SkipEmptyParts);
        settings.label = parser.value(label);

        ExperimentRunner runner(store);
        runner.engine().setJudgeConnection(remote);
        applyForceOption(parser, runner.engine());
        RunControl control;
        std::optional<InterruptGuard> interrupt(std::in_place, control.cancel); // the running run stops within one step
        const bool showProgress = progressWanted(parser);
        TerminalProgress progress(showProgress);
        const ProgressSink sink = progress.sink(tr("queries"));
        ExperimentCallbacks callbacks;
        callbacks.started = [&](qint64 id, bool resumed) {
            if (showProgress)
                err() << (resumed ? tr("Continuing experiment %1.") : tr("Experiment %1.")).arg(id) << Qt::endl;
        };
        callbacks.progress = [&](qint64 done, qint64 all) { sink.report(done, all); };
        QElapsedTimer clock;
        clock.start();
        const ExperimentResult result = runner.run(settings, control, callbacks);
        progress.finish();
        interrupt.reset();
        if (result.status != RunStatus::Finished) {
            err() << tr("Experiment %1 was interrupted; finished runs are kept. Run the same command again to continue.")
                         .arg(result.experimentId)
                  << Qt::endl;
            return int(ExitCancelled);
        }
        if (parser.isSet(json))
            out() << result.toJson();
        else
            printResult(result);
        if (showProgress)
            err() << tr("Experiment %1 took %2 s.").arg(result.experimentId).arg(clock.elapsed() / 1000.0, 0, 'f', 2) << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
