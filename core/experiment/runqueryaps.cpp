// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/runqueryaps.h"

#include "core/db/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <numeric>

namespace tare {

namespace {

double mean(const std::vector<double>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

} // namespace

RunQueryAps RunQueryAps::load(ProjectStore& store, qint64 runId)
{
    RunQueryAps result;
    result.runId = runId;
    for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
        if (!record.finished() || !std::isfinite(record.apBefore) || !std::isfinite(record.apAfter))
            continue;
        Entry entry{record.apBefore, record.apAfter, 0};
        for (const JudgedDocument& document : record.judged) {
            if (document.score)
                ++entry.judged;
        }
        result.queries.insert(record.queryId, entry);
    }
    return result;
}

QList<qint64> RunQueryAps::commonQueries(const QList<RunQueryAps>& runs)
{
    QList<qint64> result;
    if (runs.isEmpty())
        return result;
    for (auto it = runs.first().queries.keyBegin(); it != runs.first().queries.keyEnd(); ++it) {
        const bool everywhere = std::all_of(runs.begin(), runs.end(), [&](const RunQueryAps& run) { return run.queries.contains(*it); });
        if (everywhere)
            result.append(*it);
    }
    return result;
}

double RunQueryAps::meanAfter(const QList<qint64>& queryIds) const
{
    return mean(afters(queryIds));
}

double RunQueryAps::meanBefore(const QList<qint64>& queryIds) const
{
    std::vector<double> values;
    for (qint64 id : queryIds)
        values.push_back(queries.value(id).before);
    return mean(values);
}

std::vector<double> RunQueryAps::deltas(const QList<qint64>& queryIds) const
{
    std::vector<double> values;
    for (qint64 id : queryIds) {
        const Entry entry = queries.value(id);
        values.push_back(entry.after - entry.before);
    }
    return values;
}

std::vector<double> RunQueryAps::afters(const QList<qint64>& queryIds) const
{
    std::vector<double> values;
    for (qint64 id : queryIds)
        values.push_back(queries.value(id).after);
    return values;
}

} // namespace tare
