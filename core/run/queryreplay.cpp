// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/queryreplay.h"

#include "core/db/projectstore.h"
#include "core/refine/refinerfactory.h"
#include "core/run/runqueryjson.h"
#include "core/util/tareerror.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace tare {

namespace {

RunRecord requireRun(ProjectStore& store, qint64 runId)
{
    const auto run = store.run(runId);
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
    for (RunQueryRecord& candidate : store.runQueries(runId, false)) {
        if (candidate.queryId == queryId) {
            record = std::move(candidate);
            break;
        }
    }
    if (!record)
        throw TareError(TareError::Kind::Usage, tr("run %1 has no result for query %2").arg(runId).arg(queryId));
    if (record->status != u"finished")
        throw TareError(TareError::Kind::Input,
                        tr("query %1 failed in run %2 (%3): nothing to replay").arg(queryId).arg(runId).arg(record->error));

    QueryReplay replay;
    replay.m_runId = runId;
    replay.m_queryId = queryId;
    replay.m_settings = RunSettings::fromDefinitionJson(run.paramsJson);
    replay.m_settings.datasetId = run.datasetId;
    replay.m_settings.spaceId = run.spaceId;
    replay.m_index = index ? std::move(index) : loadIndex(store, runId);
    replay.m_refiner = RefinerFactory::create(replay.m_settings.refiner, replay.m_settings.refine);
    replay.m_candidates = replay.m_index->candidates(queryId);
    replay.m_storedApAfter = record->apAfter;
    replay.m_storedRefined = record->refinedVector;

    const auto vectors = store.queryVectors(run.spaceId);
    const auto vector = vectors.constFind(queryId);
    if (vector == vectors.constEnd())
        throw TareError(TareError::Kind::Input, tr("query %1 has no vector in the run's embedding space").arg(queryId));
    replay.m_initialQuery = *vector;

    QHash<qint64, qint32> candidateOfDocument;
    candidateOfDocument.reserve(qsizetype(replay.m_candidates.rows.size()));
    for (size_t i = 0; i < replay.m_candidates.rows.size(); ++i)
        candidateOfDocument.insert(replay.m_index->documentId(replay.m_candidates.rows[i]), qint32(i));

    const QJsonArray judged = QJsonDocument::fromJson(record->judgedJson).array();
    for (const QJsonValue& value : judged) {
        const QJsonObject object = value.toObject();
        ReplayJudgedDocument document;
        document.documentId = object.value(u"document_id").toInteger();
        document.extId = object.value(u"document").toString();
        document.candidate = candidateOfDocument.value(document.documentId, -1);
        if (document.candidate < 0)
            throw TareError(TareError::Kind::Input,
                            tr("run %1, query %2: judged document '%3' is not among the query's candidates")
                                .arg(runId)
                                .arg(queryId)
                                .arg(document.extId));
        document.grade = object.value(u"grade").toInt();
        if (object.value(u"score").isDouble())
            document.score = object.value(u"score").toDouble();
        document.status = object.value(u"status").toString();
        document.rankBefore = object.value(u"rank_before").toInt();
        document.rankAfter = object.value(u"rank_after").toInt();
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

QueryReplay::Outcome QueryReplay::refine(const std::vector<std::optional<double>>& scores, const StepObserver& observer,
                                         const std::function<bool()>& cancelled) const
{
    if (scores.size() != m_judged.size())
        throw TareError(TareError::Kind::Usage,
                        tr("%1 scores given for %2 judged documents").arg(scores.size()).arg(m_judged.size()));
    // The same input the engine built: the scored documents in selection order, rows of the
    // normalised corpus matrix, scores as float.
    std::vector<size_t> used;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (scores[i])
            used.push_back(i);
    }
    if (used.empty())
        throw TareError(TareError::Kind::Input, tr("no judged document is left to refine with"));
    RefineInput input;
    input.query = m_initialQuery;
    input.documents.resize(Eigen::Index(used.size()), m_index->dim());
    input.scores.resize(Eigen::Index(used.size()));
    for (size_t i = 0; i < used.size(); ++i) {
        const ReplayJudgedDocument& document = m_judged[used[i]];
        input.documents.row(Eigen::Index(i)) = m_index->vectors().row(m_candidates.rows[size_t(document.candidate)]);
        input.scores[Eigen::Index(i)] = float(*scores[used[i]]);
    }
    RefineResult refined = m_refiner->refine(input, observer, cancelled);
    Outcome outcome;
    outcome.after = evaluate(refined.query, &outcome.ranks);
    outcome.query = std::move(refined.query);
    outcome.losses = std::move(refined.losses);
    outcome.finalLoss = refined.finalLoss;
    return outcome;
}

RunQueryRecord QueryReplay::record(const std::vector<std::optional<double>>& scores, const std::vector<bool>& human) const
{
    QElapsedTimer clock;
    clock.start();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const qint64 candidates = qint64(m_candidates.rows.size());
    std::vector<qint32> ranksBefore, ranksAfter;
    std::vector<float> candidateScores;
    const QueryMetrics before = evaluate(m_initialQuery, &ranksBefore, &candidateScores);
    const SeparationStats separationBefore = RunQueryJson::separation(candidateScores, m_candidates.grades);

    // The curve as the engine records it: curve[t - 1].loss is the loss before update t, AP and
    // AUC of the query after update t at every evaluation step.
    const int steps = RunSettings::curveSteps(m_refiner->name(), m_settings.refine);
    const int evalEvery = m_settings.evalInterval(candidates);
    RunQueryRecord result;
    result.curve.resize(qsizetype(std::max(steps, 0)) + 1);
    for (qsizetype i = 0; i < result.curve.size(); ++i)
        result.curve[i] = {int(i), nan, nan, nan};
    result.curve[0].ap = before.ap;
    result.curve[0].auc = before.auc;
    const StepObserver observer = [&](int step, float loss, const Eigen::VectorXf& q) {
        if (step - 1 < result.curve.size())
            result.curve[step - 1].loss = loss;
        if (step < steps && step % evalEvery == 0 && step < result.curve.size()) {
            const float norm = q.norm(); // scored like the engine's snapshots
            const QueryMetrics m = evaluate(norm > 1e-8f ? Eigen::VectorXf(q / norm) : Eigen::VectorXf::Zero(q.size()));
            result.curve[step].ap = m.ap;
            result.curve[step].auc = m.auc;
        }
    };
    const Outcome outcome = refine(scores, observer);
    const QueryMetrics after = evaluate(outcome.query, &ranksAfter, &candidateScores);
    const SeparationStats separationAfter = RunQueryJson::separation(candidateScores, m_candidates.grades);
    CurvePoint& last = result.curve.last();
    last.ap = after.ap;
    last.auc = after.auc;
    last.loss = outcome.finalLoss;
    if (steps == 0 && !outcome.losses.empty())
        result.curve[0].loss = outcome.losses.front();

    QJsonArray judged;
    for (size_t i = 0; i < m_judged.size(); ++i) {
        const ReplayJudgedDocument& document = m_judged[i];
        const bool byPerson = i < human.size() && human[i];
        QJsonObject entry = RunQueryJson::judgedDocument(document.extId, document.documentId, ranksBefore[size_t(document.candidate)],
                                                         ranksAfter[size_t(document.candidate)], scores[i],
                                                         byPerson ? QStringLiteral("ok") : document.status, document.grade);
        if (byPerson)
            entry.insert(QStringLiteral("human"), true);
        judged.append(entry);
    }
    result.runId = m_runId;
    result.queryId = m_queryId;
    result.status = QStringLiteral("finished");
    result.apBefore = before.ap;
    result.apAfter = after.ap;
    result.metricsBeforeJson = QJsonDocument(RunQueryJson::metrics(before, separationBefore, candidates)).toJson(QJsonDocument::Compact);
    result.metricsAfterJson = QJsonDocument(RunQueryJson::metrics(after, separationAfter, candidates)).toJson(QJsonDocument::Compact);
    result.judgedJson = QJsonDocument(judged).toJson(QJsonDocument::Compact);
    result.refinedVector.assign(outcome.query.data(), outcome.query.data() + outcome.query.size());
    result.elapsedMs = clock.nsecsElapsed() / 1e6;
    return result;
}

QueryMetrics QueryReplay::evaluate(const Eigen::VectorXf& query, std::vector<qint32>* ranks, std::vector<float>* scoresOut) const
{
    std::vector<float> local;
    std::vector<float>& scores = scoresOut ? *scoresOut : local;
    m_index->score(query, m_candidates, scores);
    RankingMetrics::Workspace workspace;
    const QueryMetrics metrics = RankingMetrics::evaluateFast(scores, m_candidates.tieRanks, m_candidates.grades,
                                                              m_candidates.qrelsGrades, workspace);
    if (ranks) {
        ranks->assign(workspace.order.size(), 0);
        for (size_t position = 0; position < workspace.order.size(); ++position)
            (*ranks)[workspace.order[position]] = qint32(position + 1);
    }
    return metrics;
}

} // namespace tare
