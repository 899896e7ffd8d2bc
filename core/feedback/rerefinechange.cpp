// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/feedback/rerefinechange.h"

#include "core/feedback/annotationqueue.h"
#include "core/db/projectstore.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/run/queryreplay.h"
#include "core/util/tareerror.h"

#include <QSet>

#include <algorithm>

namespace tare {

ReRefineChange ReRefineChange::compute(const QueryReplay& replay, const RunQueryRecord& reRefined, int limit)
{
    ReRefineChange change;
    change.queryId = replay.queryId();
    change.sourceRunId = replay.runId();
    change.apRun = replay.storedApAfter();
    change.apNew = reRefined.apAfter;
    change.apBefore = reRefined.apBefore;
    for (qsizetype i = 0; i < reRefined.judged.size() && size_t(i) < replay.judged().size(); ++i) {
        const JudgedDocument& now = reRefined.judged[i];
        if (!now.human || !now.score)
            continue;
        const ReplayJudgedDocument& run = replay.judged()[size_t(i)];
        change.labelled.append({now.documentId, now.extId, *now.score, run.score, now.grade, run.rankAfter, now.rankAfter});
    }

    // Every candidate under the run's refined query and under the re-refined one.
    const std::vector<float>& stored = replay.storedRefinedVector();
    std::vector<qint32> ranksRun, ranksNew;
    replay.evaluate(Eigen::Map<const Eigen::VectorXf>(stored.data(), Eigen::Index(stored.size())), &ranksRun);
    replay.evaluate(Eigen::Map<const Eigen::VectorXf>(reRefined.refinedVector.data(), Eigen::Index(reRefined.refinedVector.size())),
                    &ranksNew);
    QSet<qint32> judged;
    for (const ReplayJudgedDocument& document : replay.judged())
        judged.insert(document.candidate);
    std::vector<RankShift> shifts;
    const CandidateSet& candidates = replay.candidates();
    for (size_t i = 0; i < ranksRun.size() && i < ranksNew.size(); ++i) {
        if (ranksRun[i] == ranksNew[i])
            continue;
        const qint32 row = candidates.rows[i];
        shifts.push_back({replay.index().documentId(row), replay.index().documentExtId(row), candidates.grades[i],
                          judged.contains(qint32(i)), ranksRun[i], ranksNew[i]});
    }
    // Largest moves first; ties: the better new rank first.
    std::sort(shifts.begin(), shifts.end(), [](const RankShift& a, const RankShift& b) {
        const int da = std::abs(a.rise()), db = std::abs(b.rise());
        return da != db ? da > db : a.rankNew < b.rankNew;
    });
    for (const RankShift& shift : shifts) {
        QList<RankShift>& side = shift.rise() > 0 ? change.risers : change.fallers;
        if (side.size() < limit)
            side.append(shift);
    }
    return change;
}

ReRefineChange::Request ReRefineChange::requestFor(const AnnotationQueue& queue, qint64 queryId, qint64 annotatorJudgeId)
{
    Request request;
    request.queryId = queryId;
    for (int index : queue.itemsOfQuery(queryId)) {
        bool byPerson = false;
        request.scores.push_back(queue.effectiveScore(queue.items[index], annotatorJudgeId, &byPerson));
        request.human.push_back(byPerson);
    }
    return request;
}

QList<ReRefineChange> ReRefineChange::reRefine(ProjectStore& store, qint64 runId, const QList<Request>& requests,
                                               qint64 humanJudgeId, const std::function<bool()>& cancelled)
{
    QList<ReRefineChange> changes;
    if (requests.isEmpty())
        return changes;
    const auto index = QueryReplay::loadIndex(store, runId);
    QHash<qint64, QString> extIds;
    for (const QueryRecord& query : store.datasets().queries(store.runs().find(runId)->datasetId))
        extIds.insert(query.id, query.extId);
    for (const Request& request : requests) {
        if (cancelled && cancelled())
            throw TareError(TareError::Kind::Cancelled, tr("cancelled; the queries re-refined before were stored"));
        const QueryReplay replay = QueryReplay::load(store, runId, request.queryId, index);
        const HumanFeedbackRun::Stored stored = HumanFeedbackRun::reRefine(store, replay, request.scores, request.human, humanJudgeId);
        ReRefineChange change = compute(replay, stored.record);
        change.feedbackRunId = stored.runId;
        change.queryExtId = extIds.value(request.queryId);
        changes.append(std::move(change));
    }
    return changes;
}

} // namespace tare
