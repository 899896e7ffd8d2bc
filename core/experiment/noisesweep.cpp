// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/noisesweep.h"

#include "core/experiment/runqueryaps.h"
#include "core/metrics/pairedstatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tare {

QString NoiseSweep::judgeSpec(const QString& noise, double rate, int seed)
{
    if (rate <= 0.0)
        return QStringLiteral("gold");
    return QStringLiteral("simulated:%1=%2,seed=%3").arg(noise).arg(rate).arg(seed);
}

QList<ExperimentCell> NoiseSweep::cells(const ExperimentSettings& settings)
{
    QList<ExperimentCell> result;
    for (double rate : settings.rates) {
        const int seeds = rate <= 0.0 ? 1 : std::max(1, settings.seeds);
        for (int s = 1; s <= seeds; ++s) {
            const int seed = rate <= 0.0 ? 0 : s;
            ExperimentCell cell;
            cell.cell = QJsonObject{{QStringLiteral("rate"), rate}, {QStringLiteral("seed"), seed}};
            cell.settings = settings.runSettings();
            cell.settings.judgeSpec = judgeSpec(settings.noise, rate, seed);
            cell.settings.judgeEndpoint.clear();
            cell.settings.judgeModel.clear();
            result.append(cell);
        }
    }
    return result;
}

NoiseSweepResult NoiseSweep::analyse(ProjectStore& store, const ExperimentSettings& settings, const QList<ExperimentCell>& cells)
{
    NoiseSweepResult result;
    result.noise = settings.noise;
    QList<RunQueryAps> runs;
    for (const ExperimentCell& cell : cells)
        runs.append(RunQueryAps::load(store, cell.runId));
    const QList<qint64> queries = RunQueryAps::commonQueries(runs);
    result.queries = queries.size();
    if (!runs.isEmpty())
        result.mapBefore = runs.first().meanBefore(queries);

    for (double rate : settings.rates) {
        NoiseLevelResult level;
        level.rate = rate;
        std::vector<double> pooled(size_t(queries.size()), 0.0);
        std::vector<double> mapsAfter;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells[i].cell.value(QStringLiteral("rate")).toDouble() != rate)
                continue;
            const std::vector<double> deltas = runs[i].deltas(queries);
            const double delta = deltas.empty() ? NoiseLevelResult::nan
                                                : std::accumulate(deltas.begin(), deltas.end(), 0.0) / double(deltas.size());
            for (size_t q = 0; q < deltas.size(); ++q)
                pooled[q] += deltas[q];
            level.seedDeltas.append(delta);
            level.runIds.append(cells[i].runId);
            if (rate > 0.0)
                level.seeds.append(cells[i].cell.value(QStringLiteral("seed")).toInteger());
            mapsAfter.push_back(runs[i].meanAfter(queries));
        }
        const auto n = double(level.seedDeltas.size());
        if (n > 0 && !queries.isEmpty()) {
            level.meanDelta = std::accumulate(level.seedDeltas.begin(), level.seedDeltas.end(), 0.0) / n;
            level.minDelta = *std::min_element(level.seedDeltas.begin(), level.seedDeltas.end());
            level.maxDelta = *std::max_element(level.seedDeltas.begin(), level.seedDeltas.end());
            double squares = 0.0;
            for (double d : std::as_const(level.seedDeltas))
                squares += (d - level.meanDelta) * (d - level.meanDelta);
            level.sdDelta = n > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
            level.meanMapAfter = std::accumulate(mapsAfter.begin(), mapsAfter.end(), 0.0) / n;
            for (double& value : pooled)
                value /= n;
            const auto ci = PairedStatistics::bootstrapCi(pooled, 10000, 0.95, 42);
            level.ciLower = ci.first;
            level.ciUpper = ci.second;
        }
        result.levels.append(level);
    }
    return result;
}

} // namespace tare
