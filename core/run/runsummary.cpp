// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runsummary.h"

#include "core/db/projectstore.h"
#include "core/db/runqueryjson.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tare {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

} // namespace

RunSummary RunSummary::load(ProjectStore& store, qint64 runId, bool withCurves)
{
    RunSummary summary;
    const auto run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, QCoreApplication::translate("tare::RunSummary", "no run with id %1").arg(runId));
    summary.run = *run;
    if (const auto dataset = store.datasets().find(run->datasetId))
        summary.datasetName = dataset->name;
    if (const auto space = store.spaces().find(run->spaceId))
        summary.spaceName = space->name;
    if (const auto judge = store.judgments().judge(run->judgeId))
        summary.judgeIdentity = judge->identity;
    for (const auto& query : store.datasets().queries(run->datasetId)) {
        summary.queryExtIds.insert(query.id, query.extId);
        summary.queryTexts.insert(query.id, query.text);
    }
    summary.results = store.runs().queries(runId, withCurves);
    std::vector<double> before, after;
    for (const auto& result : std::as_const(summary.results)) {
        if (result.finished() && std::isfinite(result.apBefore) && std::isfinite(result.apAfter)) {
            ++summary.finished;
            before.push_back(result.apBefore);
            after.push_back(result.apAfter);
        } else {
            ++summary.failed;
        }
    }
    if (!before.empty()) {
        summary.comparison = PairedStatistics::compare(before, after);
        summary.mapBefore = summary.comparison.meanBefore;
        summary.mapAfter = summary.comparison.meanAfter;
    }
    return summary;
}

QByteArray RunSummary::toJson(bool withQueries) const
{
    const PairedComparison& c = comparison;
    QJsonObject object{
        {QStringLiteral("run"), run.id},
        {QStringLiteral("dataset"), datasetName},
        {QStringLiteral("space"), spaceName},
        {QStringLiteral("judge"), judgeIdentity},
        {QStringLiteral("refiner"), run.refiner},
        {QStringLiteral("params"), QJsonDocument::fromJson(run.paramsJson).object()},
        {QStringLiteral("status"), runStatusName(run.status)},
        {QStringLiteral("queries"), qint64(results.size())},
        {QStringLiteral("finished"), finished},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("map_before"), number(mapBefore)},
        {QStringLiteral("map_after"), number(mapAfter)},
        {QStringLiteral("delta"), number(c.meanDelta)},
        {QStringLiteral("relative_delta"), number(c.relativeDelta)},
        {QStringLiteral("wins"), c.wins},
        {QStringLiteral("ties"), c.ties},
        {QStringLiteral("losses"), c.losses},
        {QStringLiteral("t_test_p"), number(c.tTestP)},
        {QStringLiteral("randomization_p"), number(c.randomizationP)},
        {QStringLiteral("ci95_lower"), number(c.ciLower)},
        {QStringLiteral("ci95_upper"), number(c.ciUpper)},
    };
    QJsonObject root{{QStringLiteral("summary"), object}};
    if (withQueries) {
        QJsonArray queries;
        for (const auto& result : results) {
            QJsonObject query{
                {QStringLiteral("query"), queryExtIds.value(result.queryId)},
                {QStringLiteral("status"), queryOutcomeName(result.outcome)},
                {QStringLiteral("error"), result.error},
                {QStringLiteral("ap_before"), number(result.apBefore)},
                {QStringLiteral("ap_after"), number(result.apAfter)},
                {QStringLiteral("metrics_before"), result.before ? RunQueryJson::metrics(*result.before) : QJsonObject()},
                {QStringLiteral("metrics_after"), result.after ? RunQueryJson::metrics(*result.after) : QJsonObject()},
                {QStringLiteral("judged"), RunQueryJson::judged(result.judged)},
                {QStringLiteral("elapsed_ms"), result.elapsedMs},
            };
            QJsonArray vector;
            for (float value : result.refinedVector)
                vector.append(double(value));
            query.insert(QStringLiteral("refined_vector"), vector);
            if (!result.curve.isEmpty()) {
                QJsonArray curve;
                for (const auto& point : result.curve)
                    curve.append(QJsonObject{{QStringLiteral("step"), point.step},
                                             {QStringLiteral("loss"), number(point.loss)},
                                             {QStringLiteral("ap"), number(point.ap)},
                                             {QStringLiteral("auc"), number(point.auc)}});
                query.insert(QStringLiteral("curve"), curve);
            }
            queries.append(query);
        }
        root.insert(QStringLiteral("queries"), queries);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tare
