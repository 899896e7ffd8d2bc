// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/judgingplan.h"

#include "core/db/projectstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace tare {

DatasetTask JudgingInputs::datasetTask(ProjectStore& store, qint64 datasetId)
{
    const std::optional<DatasetInfo> dataset = store.datasets().find(datasetId);
    return dataset ? dataset->task() : DatasetTask{};
}

RemoteJudgeSettings JudgingInputs::forDataset(RemoteJudgeSettings remote, const DatasetTask& task)
{
    remote.taskInstruction = task.judgeInstruction();
    return remote;
}

JudgingInputs JudgingInputs::load(ProjectStore& store, const RunSettings& settings, const RemoteJudgeSettings& remote)
{
    JudgingInputs inputs;
    inputs.index = CorpusIndex::load(store, settings.datasetId, settings.spaceId);
    GoldJudge::Grades grades;
    for (auto it = inputs.index.allLabels().constBegin(); it != inputs.index.allLabels().constEnd(); ++it) {
        for (const auto& label : it.value())
            grades.insert({it.key(), label.documentId}, label.grade);
    }
    const DatasetTask task = datasetTask(store, settings.datasetId);
    inputs.judge = JudgeFactory::create(settings.judgeSpec, grades, forDataset(remote, task));
    inputs.judgeId = store.judgments().ensureJudge(inputs.judge->info());
    inputs.queryVectors = store.spaces().queryVectors(settings.spaceId);
    inputs.cachedJudgments = store.judgments().latest(inputs.judgeId, settings.datasetId);
    if (inputs.judge->needsTexts()) {
        // Title and text joined as the dataset's loader joins them, for judges as for embedders.
        for (const DocumentRecord& document : store.datasets().documents(settings.datasetId))
            inputs.documentTexts.insert(document.id, task.documentText(document.title, document.text));
    }
    for (const QueryRecord& query : store.datasets().queries(settings.datasetId)) {
        if (settings.queryIds.isEmpty() || settings.queryIds.contains(query.extId))
            inputs.queries.append(query);
    }
    return inputs;
}

ScoredPool ScoredPool::score(const CorpusIndex& index, const QHash<qint64, Eigen::VectorXf>& queryVectors, qint64 queryId)
{
    ScoredPool pool = prepare(index, queryVectors, queryId);
    if (pool.failure.isEmpty())
        index.score(*pool.query, pool.candidates, pool.scores);
    return pool;
}

ScoredPool ScoredPool::prepare(const CorpusIndex& index, const QHash<qint64, Eigen::VectorXf>& queryVectors, qint64 queryId)
{
    ScoredPool pool;
    const auto vector = queryVectors.constFind(queryId);
    if (vector == queryVectors.constEnd()) {
        pool.failure = QCoreApplication::translate("tare::RunEngine", "the query has no vector in this embedding space");
        return pool;
    }
    if (vector->norm() <= 1e-8f) {
        pool.failure = QCoreApplication::translate("tare::RunEngine", "the query vector is zero (no known term?)");
        return pool;
    }
    pool.query = &*vector;
    pool.candidates = index.candidates(queryId);
    if (pool.candidates.rows.empty()) {
        pool.failure = QCoreApplication::translate("tare::RunEngine", "the query has no candidate documents");
        return pool;
    }
    if (std::none_of(pool.candidates.qrelsGrades.begin(), pool.candidates.qrelsGrades.end(), [](int g) { return g > 0; })) {
        pool.failure = QCoreApplication::translate("tare::RunEngine", "no relevant document in the query's pool");
        return pool;
    }
    return pool;
}

JudgedSlots JudgedSlots::prepare(const ScoredPool& pool, const JudgingInputs& inputs, const QueryRecord& query, const RefineParams& params)
{
    JudgedSlots plan;
    plan.selection = JudgedSelection::select(pool.scores, params.fromTop, params.total, params.seed);
    const size_t count = plan.selection.chosen().size();
    plan.documentIds.resize(count);
    plan.scores.resize(count);
    plan.status.assign(count, QStringLiteral("ok"));
    for (size_t slot = 0; slot < count; ++slot) {
        const qint64 documentId = inputs.index.documentId(pool.candidates.rows[size_t(plan.selection.chosen()[slot])]);
        plan.documentIds[slot] = documentId;
        const auto cached = inputs.cachedJudgments.constFind({query.id, documentId});
        if (cached != inputs.cachedJudgments.constEnd() && cached->status != u"failed" && cached->score) {
            plan.scores[slot] = cached->score;
            plan.status[slot] = cached->status;
            continue;
        }
        JudgeRequest request;
        request.queryId = query.id;
        request.documentId = documentId;
        // As the paper's loaders build the query: FollowIR's narrative on the line after the text.
        request.queryText = query.fullText();
        request.documentText = inputs.documentTexts.value(documentId);
        plan.missing.append(request);
        plan.missingSlots.append(int(slot));
    }
    return plan;
}

QList<JudgmentRecord> JudgedSlots::accept(const QList<JudgeOutcome>& outcomes, qint64 judgeId)
{
    QList<JudgmentRecord> records;
    for (qsizetype i = 0; i < outcomes.size() && i < missing.size(); ++i) {
        const JudgeOutcome outcome = Judge::checked(outcomes[i]);
        JudgmentRecord record;
        record.judgeId = judgeId;
        record.queryId = missing[i].queryId;
        record.documentId = missing[i].documentId;
        record.status = outcome.status;
        record.score = outcome.score;
        record.error = outcome.error;
        record.prompt = outcome.prompt;
        record.rawResponse = outcome.rawResponse;
        record.latencyMs = outcome.latencyMs;
        records.append(record);
        if (outcome.status != u"failed" && outcome.score) {
            scores[size_t(missingSlots[i])] = outcome.score;
            status[size_t(missingSlots[i])] = outcome.status;
        }
    }
    return records;
}

} // namespace tare
