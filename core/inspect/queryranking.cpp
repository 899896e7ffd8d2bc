// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/queryranking.h"

#include "core/db/projectstore.h"
#include "core/db/humanjudgmentstore.h"
#include "core/run/queryreplay.h"

#include <vector>

namespace tare {

QueryRanking QueryRanking::load(ProjectStore& store, qint64 runId, qint64 queryId)
{
    const QueryReplay replay = QueryReplay::load(store, runId, queryId);
    QueryRanking result;
    result.runId = runId;
    result.queryId = queryId;
    const Eigen::VectorXf refined = Eigen::Map<const Eigen::VectorXf>(replay.storedRefinedVector().data(),
                                                                      Eigen::Index(replay.storedRefinedVector().size()));
    std::vector<qint32> ranksBefore, ranksAfter;
    std::vector<float> scoresBefore, scoresAfter;
    replay.evaluate(replay.initialQuery(), &ranksBefore);
    replay.index().score(replay.initialQuery(), replay.candidates(), scoresBefore);
    replay.evaluate(refined, &ranksAfter);
    replay.index().score(refined, replay.candidates(), scoresAfter);
    const auto& rows = replay.candidates().rows;
    result.candidates.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        result.candidates.insert(replay.index().documentId(rows[i]),
                                 {ranksBefore[i], ranksAfter[i], scoresBefore[i], scoresAfter[i]});

    const RunRecord run = *store.runs().find(runId);
    for (const JudgmentRecord& record : store.judgments().latestForQuery(run.judgeId, queryId))
        result.judgments.insert(record.documentId, record.score);
    HumanJudgmentStore human(store);
    for (const JudgmentRecord& record : store.judgments().latestForQuery(human.judgeId(), queryId)) {
        if (record.score)
            result.humanLabels.insert(record.documentId, *record.score);
    }
    return result;
}

} // namespace tare
