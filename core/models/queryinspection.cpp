// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/queryinspection.h"

#include "core/db/projectstore.h"
#include "core/run/corpusindex.h"
#include "core/util/tareerror.h"

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

struct SplitScores
{
    std::vector<double> relevant;
    std::vector<double> irrelevant;
};

SplitScores split(const std::vector<float>& scores, const std::vector<int>& grades)
{
    SplitScores result;
    for (size_t i = 0; i < scores.size(); ++i)
        (grades[i] > 0 ? result.relevant : result.irrelevant).push_back(scores[i]);
    return result;
}

/// Keeps at most `limit` points (always the first and the last) so a chart never gets one point
/// per document.
std::vector<RocPoint> thinned(std::vector<RocPoint> points, int limit)
{
    if (int(points.size()) <= limit || limit < 2)
        return points;
    std::vector<RocPoint> result;
    result.reserve(size_t(limit));
    const double stride = double(points.size() - 1) / double(limit - 1);
    for (int i = 0; i < limit; ++i)
        result.push_back(points[size_t(std::lround(i * stride))]);
    return result;
}

} // namespace

QueryInspection QueryInspection::load(ProjectStore& store, qint64 runId, qint64 queryId, int bins)
{
    const auto run = store.run(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
    QueryInspection result;
    result.runId = runId;
    result.queryId = queryId;
    bool found = false;
    RunQueryRecord record;
    for (RunQueryRecord& candidate : store.runQueries(runId, true)) {
        if (candidate.queryId == queryId) {
            record = std::move(candidate);
            found = true;
            break;
        }
    }
    if (!found)
        throw TareError(TareError::Kind::Usage, tr("run %1 has no result for query %2").arg(runId).arg(queryId));
    for (const QueryRecord& query : store.queries(run->datasetId)) {
        if (query.id == queryId) {
            result.queryExtId = query.extId;
            result.queryText = query.text;
            break;
        }
    }
    result.status = record.status;
    result.error = record.error;
    result.apBefore = record.apBefore;
    result.apAfter = record.apAfter;
    result.curve = record.curve;
    if (record.status != u"finished" || record.refinedVector.empty())
        return result;

    const CorpusIndex index = CorpusIndex::load(store, run->datasetId, run->spaceId);
    const Eigen::VectorXf original = store.queryVectors(run->spaceId).value(queryId);
    if (original.size() != index.dim())
        throw TareError(TareError::Kind::Input, tr("query %1 has no vector in this space").arg(queryId));
    const Eigen::VectorXf refined = Eigen::Map<const Eigen::VectorXf>(record.refinedVector.data(), Eigen::Index(record.refinedVector.size()));
    if (refined.size() != index.dim())
        throw TareError(TareError::Kind::Input, tr("the refined vector of query %1 has the wrong dimension").arg(queryId));

    const CandidateSet candidates = index.candidates(queryId);
    std::vector<float> scores;
    index.score(original, candidates, scores);
    const SplitScores before = split(scores, candidates.grades);
    index.score(refined, candidates, scores);
    const SplitScores after = split(scores, candidates.grades);

    // One range over both states, so the two histograms share their bins.
    double lower = std::numeric_limits<double>::infinity();
    double upper = -lower;
    for (const auto* list : {&before.relevant, &before.irrelevant, &after.relevant, &after.irrelevant}) {
        for (double value : *list) {
            lower = std::min(lower, value);
            upper = std::max(upper, value);
        }
    }
    if (!(lower < upper)) {
        lower = std::isfinite(lower) ? lower - 0.5 : 0.0;
        upper = lower + 1.0;
    }
    result.histogramBefore = Separation::histogram(before.relevant, before.irrelevant, bins, lower, upper);
    result.histogramAfter = Separation::histogram(after.relevant, after.irrelevant, bins, lower, upper);
    result.rocBefore = thinned(Separation::rocCurve(before.relevant, before.irrelevant), maxRocPoints);
    result.rocAfter = thinned(Separation::rocCurve(after.relevant, after.irrelevant), maxRocPoints);
    result.separationBefore = Separation::compute(before.relevant, before.irrelevant);
    result.separationAfter = Separation::compute(after.relevant, after.irrelevant);
    return result;
}

} // namespace tare
