// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/queryinspection.h"

#include "core/db/projectstore.h"
#include "core/metrics/rankingmetrics.h"
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

/// 1-based rank of every candidate under `scores`, in trec_eval order.
std::vector<int> ranksOf(const std::vector<float>& scores, const CandidateSet& candidates)
{
    RankingMetrics::Workspace workspace;
    RankingMetrics::rankFast(scores, candidates.tieRanks, workspace);
    std::vector<int> ranks(workspace.order.size(), 0);
    for (size_t position = 0; position < workspace.order.size(); ++position)
        ranks[workspace.order[position]] = int(position + 1);
    return ranks;
}

/// The candidates that rose and fell most (ties: the better rank after first), with texts and judgments.
QList<RankMover> rankMovers(ProjectStore& store, const CorpusIndex& index, const CandidateSet& candidates,
                            const std::vector<int>& before, const std::vector<int>& after, const QList<JudgedDocument>& judgedDocuments,
                            int perSide)
{
    std::vector<size_t> order(before.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const int changeA = before[a] - after[a], changeB = before[b] - after[b];
        return changeA != changeB ? changeA > changeB : after[a] < after[b];
    });
    std::vector<size_t> chosen;
    for (size_t i = 0; i < order.size() && int(chosen.size()) < perSide; ++i) {
        if (before[order[i]] - after[order[i]] > 0)
            chosen.push_back(order[i]);
    }
    std::vector<size_t> fallers;
    for (size_t i = order.size(); i-- > 0 && int(fallers.size()) < perSide;) {
        if (before[order[i]] - after[order[i]] < 0)
            fallers.push_back(order[i]);
    }
    chosen.insert(chosen.end(), fallers.rbegin(), fallers.rend());

    QHash<qint64, std::optional<double>> judged;
    for (const JudgedDocument& document : judgedDocuments)
        judged.insert(document.documentId, document.score);
    QList<RankMover> movers;
    for (size_t candidate : chosen) {
        RankMover mover;
        const qint32 row = candidates.rows[candidate];
        mover.documentId = index.documentId(row);
        mover.extId = index.documentExtId(row);
        mover.grade = candidates.grades[candidate];
        mover.rankBefore = before[candidate];
        mover.rankAfter = after[candidate];
        const auto judgment = judged.constFind(mover.documentId);
        mover.judged = judgment != judged.constEnd();
        if (mover.judged)
            mover.judgeScore = *judgment;
        if (const auto document = store.datasets().document(mover.documentId)) {
            mover.title = document->title;
            mover.text = document->text;
        }
        movers.append(std::move(mover));
    }
    return movers;
}

} // namespace

QueryInspection QueryInspection::load(ProjectStore& store, qint64 runId, qint64 queryId, int bins)
{
    const auto run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
    QueryInspection result;
    result.runId = runId;
    result.queryId = queryId;
    bool found = false;
    RunQueryRecord record;
    for (RunQueryRecord& candidate : store.runs().queries(runId, true)) {
        if (candidate.queryId == queryId) {
            record = std::move(candidate);
            found = true;
            break;
        }
    }
    if (!found)
        throw TareError(TareError::Kind::Usage, tr("run %1 has no result for query %2").arg(runId).arg(queryId));
    for (const QueryRecord& query : store.datasets().queries(run->datasetId)) {
        if (query.id == queryId) {
            result.queryExtId = query.extId;
            result.queryText = query.text;
            break;
        }
    }
    result.outcome = record.outcome;
    result.error = record.error;
    result.apBefore = record.apBefore;
    result.apAfter = record.apAfter;
    result.curve = record.curve;
    if (!record.finished() || record.refinedVector.empty())
        return result;

    const CorpusIndex index = CorpusIndex::load(store, run->datasetId, run->spaceId);
    const Eigen::VectorXf original = store.spaces().queryVectors(run->spaceId).value(queryId);
    if (original.size() != index.dim())
        throw TareError(TareError::Kind::Input, tr("query %1 has no vector in this space").arg(queryId));
    const Eigen::VectorXf refined = Eigen::Map<const Eigen::VectorXf>(record.refinedVector.data(), Eigen::Index(record.refinedVector.size()));
    if (refined.size() != index.dim())
        throw TareError(TareError::Kind::Input, tr("the refined vector of query %1 has the wrong dimension").arg(queryId));

    const CandidateSet candidates = index.candidates(queryId);
    std::vector<float> scores;
    index.score(original, candidates, scores);
    const SplitScores before = split(scores, candidates.grades);
    const std::vector<int> ranksBefore = ranksOf(scores, candidates);
    index.score(refined, candidates, scores);
    const SplitScores after = split(scores, candidates.grades);
    result.movers = rankMovers(store, index, candidates, ranksBefore, ranksOf(scores, candidates), record.judged,
                               moversPerSide);

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
