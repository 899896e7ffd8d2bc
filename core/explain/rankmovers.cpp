// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/rankmovers.h"

#include "core/run/queryreplay.h"

#include <algorithm>

namespace tare {

double RankMovers::apContribution(const std::vector<qint32>& ranks, const std::vector<int>& grades,
                                  const std::vector<bool>& inGroup, qint64 numRelevant)
{
    if (numRelevant <= 0)
        return 0.0;
    std::vector<std::pair<qint32, bool>> relevantRanks; // rank, in the group
    for (size_t i = 0; i < ranks.size(); ++i) {
        if (grades[i] >= 1)
            relevantRanks.emplace_back(ranks[i], inGroup[i]);
    }
    std::sort(relevantRanks.begin(), relevantRanks.end());
    double sum = 0.0;
    for (size_t hits = 0; hits < relevantRanks.size(); ++hits) {
        if (relevantRanks[hits].second)
            sum += double(hits + 1) / double(relevantRanks[hits].first);
    }
    return sum / double(numRelevant);
}

RankMovers RankMovers::compute(const QueryReplay& replay, const Eigen::VectorXf& refined, int limit)
{
    std::vector<qint32> ranksBefore;
    std::vector<qint32> ranksAfter;
    const QueryMetrics before = replay.evaluate(replay.initialQuery(), &ranksBefore);
    replay.evaluate(refined, &ranksAfter);

    const CandidateSet& candidates = replay.candidates();
    const size_t count = candidates.rows.size();
    std::vector<bool> judged(count, false);
    std::vector<std::optional<double>> judgeScores(count);
    for (const ReplayJudgedDocument& document : replay.judged()) {
        judged[size_t(document.candidate)] = true;
        judgeScores[size_t(document.candidate)] = document.score;
    }
    std::vector<bool> unjudged(count);
    for (size_t i = 0; i < count; ++i)
        unjudged[i] = !judged[i];

    RankMovers movers;
    for (size_t i = 0; i < count; ++i) {
        RankMoverGroup& group = judged[i] ? movers.judged : movers.unjudged;
        RankMove move;
        move.documentId = replay.index().documentId(candidates.rows[i]);
        move.extId = replay.index().documentExtId(candidates.rows[i]);
        move.grade = candidates.grades[i];
        move.judged = judged[i];
        move.judgeScore = judgeScores[i];
        move.rankBefore = ranksBefore[i];
        move.rankAfter = ranksAfter[i];
        ++group.documents;
        if (move.grade >= 1) {
            ++group.relevant;
            group.relevantUp += move.rise() > 0;
            group.relevantDown += move.rise() < 0;
        }
        if (move.rise() > 0)
            group.risers.push_back(move);
        else if (move.rise() < 0)
            group.fallers.push_back(move);
    }
    const auto byRise = [](const RankMove& a, const RankMove& b) {
        return a.rise() != b.rise() ? a.rise() > b.rise() : a.rankAfter < b.rankAfter;
    };
    const auto byFall = [](const RankMove& a, const RankMove& b) {
        return a.rise() != b.rise() ? a.rise() < b.rise() : a.rankAfter < b.rankAfter;
    };
    for (RankMoverGroup* group : {&movers.judged, &movers.unjudged}) {
        const size_t keep = size_t(std::max(limit, 0));
        // A corpus may move by millions of documents: sort only the part that is kept.
        const size_t risers = std::min(keep, group->risers.size());
        const size_t fallers = std::min(keep, group->fallers.size());
        std::partial_sort(group->risers.begin(), group->risers.begin() + qsizetype(risers), group->risers.end(), byRise);
        std::partial_sort(group->fallers.begin(), group->fallers.begin() + qsizetype(fallers), group->fallers.end(), byFall);
        group->risers.resize(risers);
        group->fallers.resize(fallers);
    }
    const qint64 numRelevant = before.numRelevant;
    movers.judged.apBefore = apContribution(ranksBefore, candidates.grades, judged, numRelevant);
    movers.judged.apAfter = apContribution(ranksAfter, candidates.grades, judged, numRelevant);
    movers.unjudged.apBefore = apContribution(ranksBefore, candidates.grades, unjudged, numRelevant);
    movers.unjudged.apAfter = apContribution(ranksAfter, candidates.grades, unjudged, numRelevant);
    return movers;
}

} // namespace tare
