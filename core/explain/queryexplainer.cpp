// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/queryexplainer.h"

#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/explain/replaytrajectory.h"
#include "core/run/queryreplay.h"
#include "core/util/tareerror.h"

namespace tare {

QueryExplainer::QueryExplainer(ProjectStore& store, qint64 runId, const Options& options)
    : m_store(store)
    , m_runId(runId)
    , m_options(options)
{
    const auto run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
    m_refiner = run->refiner;
    m_index = QueryReplay::loadIndex(store, runId);
    const auto space = store.spaces().find(run->spaceId);
    if (space && space->provider == u"lsa")
        m_model = LsaSpaceBuilder::model(store, run->spaceId);
    for (RunQueryRecord& record : store.runs().queries(runId, true)) {
        if (record.finished())
            m_finished.append(record.queryId);
        m_records.insert(record.queryId, std::move(record));
    }
    for (const QueryRecord& query : store.datasets().queries(run->datasetId))
        m_queries.insert(query.id, query);
}

QueryExplanation QueryExplainer::explain(qint64 queryId, const std::function<bool()>& cancelled) const
{
    const QueryReplay replay = QueryReplay::load(m_store, m_runId, queryId, m_index);
    const RunQueryRecord record = m_records.value(queryId);

    QueryExplanation explanation;
    explanation.runId = m_runId;
    explanation.queryId = queryId;
    explanation.extId = m_queries.value(queryId).extId;
    explanation.text = m_queries.value(queryId).text;
    explanation.refiner = m_refiner;
    explanation.apBefore = record.apBefore;
    explanation.apAfter = record.apAfter;

    const ReplayTrajectory trajectory = ReplayTrajectory::record(replay, replay.storedScores(), cancelled);
    explanation.movers = RankMovers::compute(replay, trajectory.outcome.query, m_options.movers);
    explanation.influence = JudgedInfluenceAnalysis::compute(replay, trajectory, cancelled);
    if (m_model)
        explanation.terms = TermShift::compute(*m_model, replay.initialQuery(), trajectory.outcome.query, m_options.terms);
    explanation.drift = QueryDrift::compute(trajectory, record.curve);
    explanation.triage = FailureTriage::compute(replay, record.apBefore, record.apAfter, record.curve,
                                                explanation.drift.overshoot, m_options.triage);
    return explanation;
}

} // namespace tare
