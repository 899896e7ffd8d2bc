// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/queryreplay.h"

#include "core/db/projectstore.h"
#include "core/refine/refinercatalogue.h"
#include "core/run/queryrefinement.h"
#include "core/util/tareerror.h"

#include <QElapsedTimer>


namespace tare {

namespace {

RunRecord requireRun(ProjectStore& store, qint64 runId)
{
    const auto run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, QueryReplay::tr("no run with id %1").arg(runId));
    return *run;
}

} // namespace

std::shared_ptr<const CorpusIndex> QueryReplay::loadIndex(ProjectStore& store, qint64 runId)
{
    const RunRecord run = requireRun(store, runId);
    return std::make_shared<const CorpusIndex>(CorpusIndex::load(store, run.datasetId, run.spaceId));
}

QueryReplay QueryReplay::load(ProjectStore& store, qint64 runId, qint64 queryId, std::shared_ptr<const CorpusIndex> index)
{
    const RunRecord run = requireRun(store, runId);
    std::optional<RunQueryRecord> record;
    for (RunQueryRecord& candidate : store.runs().queries(runId, false)) {
        if (candidate.queryId == queryId) {
            record = std::move(candidate);
            break;
        }
    }
    if (!record)
        throw TareError(TareError::Kind::Usage, tr("run %1 has no result for query %2").arg(runId).arg(queryId));
    if (!record->finished())
        throw TareError(TareError::Kind::Input,
                        tr("query %1 failed in run %2 (%3): nothing to replay").arg(queryId).arg(runId).arg(record->error));

    QueryReplay replay;
    replay.m_runId = runId;
    replay.m_queryId = queryId;
    replay.m_settings = RunSettings::fromDefinitionJson(run.paramsJson);
    replay.m_settings.datasetId = run.datasetId;
    replay.m_settings.spaceId = run.spaceId;
    replay.m_index = index ? std::move(index) : loadIndex(store, runId);
    replay.m_refiner = RefinerCatalogue::create(replay.m_settings.refiner, replay.m_settings.refine);
    replay.m_candidates = replay.m_index->candidates(queryId);
    replay.m_storedApAfter = record->apAfter;
    replay.m_storedRefined = record->refinedVector;

    const auto vectors = store.spaces().queryVectors(run.spaceId);
    const auto vector = vectors.constFind(queryId);
    if (vector == vectors.constEnd())
        throw TareError(TareError::Kind::Input, tr("query %1 has no vector in the run's embedding space").arg(queryId));
    replay.m_initialQuery = *vector;

    QHash<qint64, qint32> candidateOfDocument;
    candidateOfDocument.reserve(qsizetype(replay.m_candidates.rows.size()));
    for (size_t i = 0; i < replay.m_candidates.rows.size(); ++i)
        candidateOfDocument.insert(replay.m_index->documentId(replay.m_candidates.rows[i]), qint32(i));

    for (const JudgedDocument& stored : std::as_const(record->judged)) {
        ReplayJudgedDocument document;
        static_cast<JudgedDocument&>(document) = stored;
        document.human = false;
        document.candidate = candidateOfDocument.value(document.documentId, -1);
        if (document.candidate < 0)
            throw TareError(TareError::Kind::Input,
                            tr("run %1, query %2: judged document '%3' is not among the query's candidates")
                                .arg(runId)
                                .arg(queryId)
                                .arg(document.extId));
        replay.m_judged.push_back(std::move(document));
    }
    return replay;
}

std::vector<std::optional<double>> QueryReplay::storedScores() const
{
    std::vector<std::optional<double>> scores;
    scores.reserve(m_judged.size());
    for (const ReplayJudgedDocument& document : m_judged)
        scores.push_back(document.score);
    return scores;
}

QueryRefinement::Input QueryReplay::refinementInput() const
{
    QueryRefinement::Input input;
    input.index = m_index.get();
    input.candidates = &m_candidates;
    input.query = &m_initialQuery;
    input.refiner = m_refiner.get();
    input.curveSteps = RefinerCatalogue::curveSteps(m_refiner->name(), m_settings.refine);
    input.evalEvery = m_settings.evalInterval(qint64(m_candidates.rows.size()), input.curveSteps);
    return input;
}

std::vector<QueryRefinement::Judged> QueryReplay::judgedWith(const std::vector<std::optional<double>>& scores,
                                                             const std::vector<bool>& human) const
{
    if (scores.size() != m_judged.size())
        throw TareError(TareError::Kind::Usage,
                        tr("%1 scores given for %2 judged documents").arg(scores.size()).arg(m_judged.size()));
    std::vector<QueryRefinement::Judged> judged(m_judged.size());
    for (size_t i = 0; i < m_judged.size(); ++i) {
        const bool byPerson = i < human.size() && human[i];
        judged[i] = {m_judged[i].candidate, scores[i], byPerson ? QStringLiteral("ok") : m_judged[i].status, byPerson};
    }
    return judged;
}

QueryReplay::Outcome QueryReplay::refine(const std::vector<std::optional<double>>& scores, const StepObserver& observer,
                                         const std::function<bool()>& cancelled) const
{
    auto refined = QueryRefinement::refine(refinementInput(), judgedWith(scores, {}), nullptr, observer, cancelled);
    if (!refined)
        throw TareError(TareError::Kind::Input, tr("no judged document is left to refine with"));
    Outcome outcome;
    outcome.query = std::move(refined->query);
    outcome.losses = std::move(refined->losses);
    outcome.finalLoss = refined->finalLoss;
    outcome.after = refined->after;
    outcome.judgedRanks = std::move(refined->judgedRanks);
    return outcome;
}

RunQueryRecord QueryReplay::record(const std::vector<std::optional<double>>& scores, const std::vector<bool>& human) const
{
    QElapsedTimer clock;
    clock.start();
    std::vector<float> scoresBefore;
    m_index->score(m_initialQuery, m_candidates, scoresBefore);
    auto result = QueryRefinement::record(refinementInput(), scoresBefore, judgedWith(scores, human));
    if (!result)
        throw TareError(TareError::Kind::Input, tr("no judged document is left to refine with"));
    result->runId = m_runId;
    result->queryId = m_queryId;
    result->elapsedMs = clock.nsecsElapsed() / 1e6;
    return std::move(*result);
}

QueryMetrics QueryReplay::evaluate(const Eigen::VectorXf& query, std::vector<qint32>* ranks, std::vector<float>* scoresOut) const
{
    std::vector<float> local;
    std::vector<float>& scores = scoresOut ? *scoresOut : local;
    m_index->score(query, m_candidates, scores);
    return QueryRefinement::evaluate(m_candidates, scores, ranks);
}

} // namespace tare
