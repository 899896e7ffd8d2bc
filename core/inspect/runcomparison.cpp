// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/runcomparison.h"

#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tare {

namespace {

QString describe(ProjectStore& store, const RunRecord& run)
{
    QString judge;
    if (const auto info = store.judgments().judge(run.judgeId))
        judge = info->identity;
    QString dataset;
    if (const auto info = store.datasets().find(run.datasetId))
        dataset = info->name;
    return RunComparison::tr("Run %1 · %2 · %3 · %4").arg(run.id).arg(dataset, run.refiner, judge);
}

RunRecord requireRun(ProjectStore& store, qint64 id)
{
    const auto run = store.runs().find(id);
    if (!run)
        throw TareError(TareError::Kind::Usage, RunComparison::tr("no run with id %1").arg(id));
    return *run;
}

} // namespace

RunComparison RunComparison::compute(const QHash<qint64, double>& a, const QHash<qint64, double>& b,
                                     const QHash<qint64, QString>& extIds, int barLimit)
{
    RunComparison result;
    QList<qint64> ids;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (b.contains(it.key()) && std::isfinite(it.value()) && std::isfinite(b.value(it.key())))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    std::vector<double> before, after;
    for (qint64 id : ids) {
        const QString extId = extIds.value(id, QString::number(id));
        result.queries.append({id, extId, a.value(id), b.value(id)});
        before.push_back(a.value(id));
        after.push_back(b.value(id));
    }
    if (!ids.isEmpty())
        result.stats = PairedStatistics::compare(before, after);

    QList<ComparedQuery> sorted = result.queries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ComparedQuery& x, const ComparedQuery& y) { return x.b - x.a < y.b - y.a; });
    const qsizetype count = sorted.size();
    const qsizetype groups = std::min<qsizetype>(count, std::max(1, barLimit));
    for (qsizetype g = 0; g < groups; ++g) {
        const qsizetype first = g * count / groups;
        const qsizetype last = (g + 1) * count / groups; // exclusive
        DeltaBar bar;
        double sum = 0.0;
        for (qsizetype i = first; i < last; ++i) {
            sum += sorted[i].b - sorted[i].a;
            bar.queryIds.append(sorted[i].queryId);
        }
        bar.queries = int(last - first);
        bar.delta = sum / double(bar.queries);
        bar.firstExtId = sorted[first].extId;
        bar.lastExtId = sorted[last - 1].extId;
        result.bars.append(bar);
    }
    return result;
}

RunComparison RunComparison::load(ProjectStore& store, qint64 runA, qint64 runB)
{
    const RunRecord first = requireRun(store, runA);
    QHash<qint64, QString> extIds;
    for (const QueryRecord& query : store.datasets().queries(first.datasetId))
        extIds.insert(query.id, query.extId);
    QHash<qint64, double> a, b;
    for (const RunQueryRecord& record : store.runs().queries(runA, false)) {
        if (!record.finished())
            continue;
        if (runB == 0) {
            a.insert(record.queryId, record.apBefore);
            b.insert(record.queryId, record.apAfter);
        } else {
            a.insert(record.queryId, record.apAfter);
        }
    }
    QString labelA = describe(store, first);
    QString labelB;
    if (runB == 0) {
        labelB = tr("%1, after refinement").arg(labelA);
        labelA = tr("%1, before refinement").arg(labelA);
    } else {
        const RunRecord second = requireRun(store, runB);
        labelB = describe(store, second);
        for (const RunQueryRecord& record : store.runs().queries(runB, false)) {
            if (record.finished())
                b.insert(record.queryId, record.apAfter);
        }
    }
    RunComparison result = compute(a, b, extIds);
    result.runA = runA;
    result.runB = runB;
    result.labelA = labelA;
    result.labelB = labelB;
    return result;
}

QList<RunChoice> RunComparison::runChoices(ProjectStore& store)
{
    QList<RunChoice> result;
    for (const RunRecord& run : store.runs().all()) {
        if (run.finishedQueries > 0)
            result.append({run.id, run.datasetId, describe(store, run)});
    }
    return result;
}

} // namespace tare
