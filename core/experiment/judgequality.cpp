// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/judgequality.h"

#include "core/db/projectstore.h"
#include "core/metrics/separation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tare {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

std::vector<double> averageRanks(std::span<const double> values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t first = 0; first < order.size();) {
        size_t last = first;
        while (last + 1 < order.size() && values[order[last + 1]] == values[order[first]])
            ++last;
        const double rank = (double(first) + double(last)) / 2.0 + 1.0;
        for (size_t i = first; i <= last; ++i)
            ranks[order[i]] = rank;
        first = last + 1;
    }
    return ranks;
}

} // namespace

QList<ExperimentCell> JudgeQuality::cells(const ExperimentSettings& settings)
{
    ExperimentCell cell;
    cell.cell = QJsonObject{{QStringLiteral("judge"), settings.judgeSpec}, {QStringLiteral("refiner"), settings.refiner}};
    cell.settings = settings.runSettings();
    return {cell};
}

double JudgeQuality::judgedAuc(const QList<JudgedDocument>& judged)
{
    std::vector<double> relevant, irrelevant;
    for (const JudgedDocument& document : judged) {
        if (document.score)
            (document.grade > 0 ? relevant : irrelevant).push_back(*document.score);
    }
    if (relevant.empty() || irrelevant.empty())
        return s_nan;
    return Separation::auc(relevant, irrelevant);
}

JudgeQualityResult JudgeQuality::analyse(ProjectStore& store, qint64 runId)
{
    JudgeQualityResult result;
    result.runId = runId;
    QHash<qint64, QString> extIds;
    if (const auto run = store.runs().find(runId)) {
        for (const QueryRecord& query : store.datasets().queries(run->datasetId))
            extIds.insert(query.id, query.extId);
    }
    for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
        if (!record.finished() || !std::isfinite(record.apBefore) || !std::isfinite(record.apAfter))
            continue;
        const QList<JudgedDocument>& judged = record.judged;
        JudgeQualityPoint point;
        point.queryId = record.queryId;
        point.query = extIds.value(record.queryId);
        point.auc = judgedAuc(judged);
        point.deltaAp = record.apAfter - record.apBefore;
        point.judged = int(judged.size());
        result.points.append(point);
    }
    fit(result);
    return result;
}

void JudgeQuality::fit(JudgeQualityResult& result)
{
    std::vector<double> x, y;
    for (const JudgeQualityPoint& point : std::as_const(result.points)) {
        if (std::isfinite(point.auc) && std::isfinite(point.deltaAp)) {
            x.push_back(point.auc);
            y.push_back(point.deltaAp);
        }
    }
    result.n = qint64(x.size());
    result.slope = result.intercept = result.pearson = result.spearman = s_nan;
    if (x.size() < 2)
        return;
    const double n = double(x.size());
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxx = 0.0, sxy = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (sxx > 0.0) {
        result.slope = sxy / sxx;
        result.intercept = meanY - result.slope * meanX;
    }
    result.pearson = pearson(x, y);
    result.spearman = spearman(x, y);
}

double JudgeQuality::pearson(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size() || x.size() < 2)
        return s_nan;
    const double n = double(x.size());
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (sxx <= 0.0 || syy <= 0.0)
        return s_nan;
    return sxy / std::sqrt(sxx * syy);
}

double JudgeQuality::spearman(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size())
        return s_nan;
    const std::vector<double> rankX = averageRanks(x);
    const std::vector<double> rankY = averageRanks(y);
    return pearson(rankX, rankY);
}

} // namespace tare
