// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/methodcomparison.h"

#include "core/db/projectstore.h"
#include "core/experiment/rerankonly.h"
#include "core/experiment/runqueryaps.h"
#include "core/refine/refinercatalogue.h"
#include "core/util/tareerror.h"

namespace tare {

namespace {

bool isHyde(const QString& method)
{
    return method.startsWith(QStringLiteral("hyde"));
}

std::optional<SpaceInfo> hydeSpace(ProjectStore& store, const ExperimentSettings& settings)
{
    const auto space = store.spaces().find(settings.spaceId);
    if (!space)
        return std::nullopt;
    return store.spaces().byName(settings.datasetId, space->name + QStringLiteral("-hyde"));
}

} // namespace

QStringList MethodComparison::methods(ProjectStore& store, const ExperimentSettings& settings)
{
    const QStringList known = ExperimentSettings::allMethods();
    const bool haveHyde = hydeSpace(store, settings).has_value();
    QStringList wanted = settings.methods;
    if (wanted.isEmpty()) {
        for (const QString& method : known) {
            if (!isHyde(method) || haveHyde)
                wanted.append(method);
        }
    }
    for (const QString& method : std::as_const(wanted)) {
        if (!known.contains(method))
            throw TareError(TareError::Kind::Usage,
                            tr("unknown method '%1' (%2)").arg(method, known.join(QStringLiteral(", "))));
        if (isHyde(method) && !haveHyde)
            throw TareError(TareError::Kind::Usage,
                            tr("method '%1' needs a HyDE space (make one with 'tare-cli hyde')").arg(method));
    }
    QStringList ordered;
    for (const QString& method : known) {
        if (method == u"none" || wanted.contains(method))
            ordered.append(method);
    }
    return ordered;
}

QList<ExperimentCell> MethodComparison::cells(ProjectStore& store, const ExperimentSettings& settings)
{
    QList<ExperimentCell> result;
    const QStringList chosen = methods(store, settings);
    for (const QString& method : chosen) {
        if (method == u"rerank-only")
            continue;
        ExperimentCell cell;
        cell.cell = QJsonObject{{QStringLiteral("method"), method}};
        cell.settings = settings.runSettings();
        RunSettings& run = cell.settings;
        if (isHyde(method))
            run.spaceId = hydeSpace(store, settings)->id;
        run.refiner = method == u"hyde" ? QStringLiteral("none")
                                        : (method == u"hyde+kl-adam" ? QStringLiteral("kl-adam") : method);
        // Every method keeps the experiment's judged set (total, from-top, seed) and steps;
        // ReFIT keeps its own learning rate and temperature.
        run.refine = run.refiner == u"refit" ? RefinerCatalogue::defaults(run.refiner) : settings.refine;
        run.refine.total = settings.refine.total;
        run.refine.fromTop = settings.refine.fromTop;
        run.refine.seed = settings.refine.seed;
        run.refine.steps = settings.refine.steps;
        result.append(cell);
    }
    return result;
}

MethodComparisonResult MethodComparison::analyse(ProjectStore& store, const ExperimentSettings& settings,
                                                 const QList<ExperimentCell>& cells)
{
    MethodComparisonResult result;
    result.judge = settings.judgeSpec;
    QList<RunQueryAps> runs;
    qsizetype noneIndex = -1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        runs.append(RunQueryAps::load(store, cells[i].runId));
        if (cells[i].cell.value(QStringLiteral("method")).toString() == u"none")
            noneIndex = i;
    }
    if (noneIndex < 0)
        throw TareError(TareError::Kind::Internal, tr("a method comparison without its 'none' run"));
    const QStringList chosen = methods(store, settings);
    QHash<qint64, double> rerank;
    if (chosen.contains(QStringLiteral("rerank-only")))
        rerank = RerankOnly::averagePrecisions(store, cells[noneIndex].runId);
    QList<qint64> queries = RunQueryAps::commonQueries(runs);
    if (!rerank.isEmpty())
        queries.removeIf([&](qint64 id) { return !rerank.contains(id); });
    result.queries = queries.size();
    const std::vector<double> baseline = runs[noneIndex].afters(queries);
    auto spaceName = [&](qint64 spaceId) {
        const auto space = store.spaces().find(spaceId);
        return space ? space->name : QString();
    };

    for (const QString& method : chosen) {
        MethodResult row;
        row.method = method;
        std::vector<double> aps;
        if (method == u"rerank-only") {
            row.runId = cells[noneIndex].runId;
            row.space = spaceName(cells[noneIndex].settings.spaceId);
            for (qint64 id : std::as_const(queries))
                aps.push_back(rerank.value(id));
        } else {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (cells[i].cell.value(QStringLiteral("method")).toString() == method) {
                    row.runId = cells[i].runId;
                    row.space = spaceName(cells[i].settings.spaceId);
                    aps = runs[i].afters(queries);
                }
            }
        }
        if (!aps.empty()) {
            row.vsNone = PairedStatistics::compare(baseline, aps);
            row.map = row.vsNone.meanAfter;
        }
        result.rows.append(row);
    }
    return result;
}

} // namespace tare
