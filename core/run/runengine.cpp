// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"

#include "core/db/projectstore.h"
#include "core/judge/judgefactory.h"
#include "core/metrics/rankingmetrics.h"
#include "core/metrics/separation.h"
#include "core/refine/judgedselection.h"
#include "core/refine/refinerfactory.h"
#include "core/run/corpusindex.h"
#include "core/run/judgingplan.h"
#include "core/run/runqueryjson.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace tare {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tare::RunEngine", text, disambiguation, n);
}

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

/// Everything a worker produces for one query; written by the engine's thread.
struct QueryWork
{
    RunQueryRecord result;
    QString extId;
    QList<JudgmentRecord> newJudgments;
};

/// Positions (1-based) of every candidate in a ranking order.
std::vector<qint32> ranksOf(const std::vector<quint32>& order)
{
    std::vector<qint32> ranks(order.size());
    for (size_t position = 0; position < order.size(); ++position)
        ranks[order[position]] = qint32(position + 1);
    return ranks;
}

/// The inputs every worker shares read-only.
struct SharedInputs
{
    const JudgingInputs* judging = nullptr;
    const CorpusIndex* index = nullptr;
    const Refiner* refiner = nullptr;
    RunSettings settings;
    qint64 runId = 0;
    RunControl* control = nullptr;
    const RunCallbacks* callbacks = nullptr;
};

void waitWhilePaused(RunControl& control)
{
    while (control.pause.load() && !control.cancel.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

QueryWork computeQuery(const SharedInputs& in, const QueryRecord& query)
{
    QElapsedTimer clock;
    clock.start();
    QueryWork work;
    work.extId = query.extId;
    RunQueryRecord& result = work.result;
    result.runId = in.runId;
    result.queryId = query.id;
    auto fail = [&](const QString& reason) {
        result.status = QStringLiteral("failed");
        result.error = reason;
        result.apBefore = s_nan;
        result.apAfter = s_nan;
        result.elapsedMs = clock.nsecsElapsed() / 1e6;
        return work;
    };

    ScoredPool pool = ScoredPool::score(*in.index, in.judging->queryVectors, query.id);
    if (!pool.failure.isEmpty())
        return fail(pool.failure);
    const Eigen::VectorXf* vector = pool.query;
    const CandidateSet& candidates = pool.candidates;
    std::vector<float>& scores = pool.scores;

    RankingMetrics::Workspace workspace;
    const QueryMetrics before =
        RankingMetrics::evaluateFast(scores, candidates.tieRanks, candidates.grades, candidates.qrelsGrades, workspace);
    const std::vector<qint32> ranksBefore = ranksOf(workspace.order);
    const SeparationStats separationBefore = RunQueryJson::separation(scores, candidates.grades);

    // Select and judge.
    const RefineParams& params = in.settings.refine;
    JudgedSlots plan = JudgedSlots::prepare(pool, *in.judging, query, params);
    if (!plan.missing.isEmpty())
        work.newJudgments = plan.accept(in.judging->judge->judge(plan.missing, [&] { return in.control->cancel.load(); }),
                                         in.judging->judgeId);
    const JudgedSelection& selection = plan.selection;
    const std::vector<std::optional<double>>& judgeScores = plan.scores;
    const std::vector<QString>& judgeStatus = plan.status;

    // Refine on the documents the judge scored.
    RefineInput input;
    input.query = *vector;
    std::vector<size_t> usedSlots;
    for (size_t slot = 0; slot < judgeScores.size(); ++slot) {
        if (judgeScores[slot])
            usedSlots.push_back(slot);
    }
    if (usedSlots.empty())
        return fail(QCoreApplication::translate("tare::RunEngine", "the judge scored none of the %n selected document(s)", nullptr, int(judgeScores.size())));
    input.documents.resize(Eigen::Index(usedSlots.size()), in.index->dim());
    input.scores.resize(Eigen::Index(usedSlots.size()));
    for (size_t i = 0; i < usedSlots.size(); ++i) {
        input.documents.row(Eigen::Index(i)) = in.index->vectors().row(candidates.rows[size_t(selection.chosen()[usedSlots[i]])]);
        input.scores[Eigen::Index(i)] = float(*judgeScores[usedSlots[i]]);
    }

    // Rocchio is one update; "none" none; the KL refiners take params.steps.
    const int steps = RunSettings::curveSteps(in.refiner->name(), params);
    const int evalEvery = in.settings.evalInterval(qint64(candidates.rows.size()));
    result.curve.resize(qsizetype(std::max(steps, 0)) + 1);
    for (qsizetype i = 0; i < result.curve.size(); ++i)
        result.curve[i] = {int(i), s_nan, s_nan, s_nan};
    result.curve[0].ap = before.ap;
    result.curve[0].auc = before.auc;
    // The observer only records the query states to evaluate; they are scored afterwards in
    // blocks with one matrix product each, which reads the corpus once per block instead of once
    // per step.
    std::vector<int> evalSteps;
    for (int step = 1; step <= steps; ++step) {
        if (step % evalEvery == 0 || step == steps)
            evalSteps.push_back(step);
    }
    Eigen::MatrixXf snapshots(in.index->dim(), Eigen::Index(evalSteps.size()));
    size_t nextSnapshot = 0;
    const StepObserver observer = [&](int step, float loss, const Eigen::VectorXf& q) {
        if (step - 1 < result.curve.size())
            result.curve[step - 1].loss = loss;
        if (nextSnapshot < evalSteps.size() && evalSteps[nextSnapshot] == step) {
            const float norm = q.norm();
            snapshots.col(Eigen::Index(nextSnapshot++)) = norm > 1e-8f ? Eigen::VectorXf(q / norm) : Eigen::VectorXf::Zero(q.size());
        }
    };
    const RefineResult refined = in.refiner->refine(input, observer, [&] {
        waitWhilePaused(*in.control);
        return in.control->cancel.load();
    });
    constexpr Eigen::Index blockColumns = 16;
    Eigen::MatrixXf blockScores;
    std::vector<float> stepScores(candidates.rows.size());
    RankingMetrics::Workspace stepWorkspace;
    for (Eigen::Index first = 0; first < Eigen::Index(nextSnapshot); first += blockColumns) {
        if (in.control->cancel.load())
            throw TareError(TareError::Kind::Cancelled, QCoreApplication::translate("tare::RunEngine", "cancelled"));
        const Eigen::Index count = std::min(blockColumns, Eigen::Index(nextSnapshot) - first);
        in.index->scoreMany(snapshots.middleCols(first, count), candidates, blockScores);
        for (Eigen::Index column = 0; column < count; ++column) {
            std::copy_n(blockScores.col(column).data(), stepScores.size(), stepScores.begin());
            const QueryMetrics m = RankingMetrics::evaluateFast(stepScores, candidates.tieRanks, candidates.grades,
                                                                candidates.qrelsGrades, stepWorkspace);
            CurvePoint& point = result.curve[evalSteps[size_t(first + column)]];
            point.ap = m.ap;
            point.auc = m.auc;
        }
    }
    if (!result.curve.isEmpty())
        result.curve.last().loss = refined.finalLoss;
    if (steps == 0 && !refined.losses.empty())
        result.curve[0].loss = refined.losses.front();

    // Re-score and evaluate.
    in.index->score(refined.query, candidates, scores);
    const QueryMetrics after =
        RankingMetrics::evaluateFast(scores, candidates.tieRanks, candidates.grades, candidates.qrelsGrades, workspace);
    const std::vector<qint32> ranksAfter = ranksOf(workspace.order);
    const SeparationStats separationAfter = RunQueryJson::separation(scores, candidates.grades);
    if (!result.curve.isEmpty()) {
        result.curve.last().ap = after.ap;
        result.curve.last().auc = after.auc;
    }
    if (in.callbacks->stepEvaluated) {
        for (const CurvePoint& point : std::as_const(result.curve))
            in.callbacks->stepEvaluated(query.id, point);
    }

    QJsonArray judged;
    for (size_t slot = 0; slot < selection.chosen().size(); ++slot) {
        const qsizetype candidate = selection.chosen()[slot];
        const qint32 row = candidates.rows[size_t(candidate)];
        judged.append(RunQueryJson::judgedDocument(in.index->documentExtId(row), in.index->documentId(row),
                                                   ranksBefore[size_t(candidate)], ranksAfter[size_t(candidate)],
                                                   judgeScores[slot], judgeStatus[slot], candidates.grades[size_t(candidate)]));
    }
    result.status = QStringLiteral("finished");
    result.apBefore = before.ap;
    result.apAfter = after.ap;
    result.metricsBeforeJson =
        QJsonDocument(RunQueryJson::metrics(before, separationBefore, qint64(candidates.rows.size()))).toJson(QJsonDocument::Compact);
    result.metricsAfterJson =
        QJsonDocument(RunQueryJson::metrics(after, separationAfter, qint64(candidates.rows.size()))).toJson(QJsonDocument::Compact);
    result.judgedJson = QJsonDocument(judged).toJson(QJsonDocument::Compact);
    result.refinedVector.assign(refined.query.data(), refined.query.data() + refined.query.size());
    result.elapsedMs = clock.nsecsElapsed() / 1e6;
    return work;
}

} // namespace

RunEngine::RunEngine(ProjectStore& store)
    : m_store(store)
{
}

void RunEngine::setJudgeConnection(const QString& apiKeyEnv, int concurrency, bool useMaxCompletionTokens)
{
    m_connection.apiKeyEnv = apiKeyEnv;
    m_connection.concurrency = std::max(1, concurrency);
    m_connection.useMaxCompletionTokens = useMaxCompletionTokens;
}

void RunEngine::setJudgeConnection(const RemoteJudgeSettings& connection)
{
    m_connection = connection;
    m_connection.endpoint.clear();
    m_connection.model.clear();
    m_connection.concurrency = std::max(1, connection.concurrency);
}

RemoteJudgeSettings RunEngine::remoteSettings(const RunSettings& settings) const
{
    RemoteJudgeSettings remote = m_connection;
    remote.endpoint = settings.judgeEndpoint;
    remote.model = settings.judgeModel;
    return remote;
}

qint64 RunEngine::prepare(const RunSettings& settings, bool resume, bool* resumed)
{
    if (resumed)
        *resumed = false;
    const auto dataset = m_store.dataset(settings.datasetId);
    if (!dataset)
        throw TareError(TareError::Kind::Usage, tr("no dataset with id %1").arg(settings.datasetId));
    const auto space = m_store.space(settings.spaceId);
    if (!space || space->datasetId != settings.datasetId)
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1 in dataset '%2'").arg(settings.spaceId).arg(dataset->name));
    // Validate refiner and judge before anything is written.
    RefinerFactory::create(settings.refiner, settings.refine);
    const auto judge = JudgeFactory::create(settings.judgeSpec, {}, remoteSettings(settings));

    RunRecord record;
    record.datasetId = settings.datasetId;
    record.spaceId = settings.spaceId;
    record.judgeId = m_store.ensureJudge(judge->info());
    record.refiner = settings.refiner;
    record.paramsJson = settings.definitionJson();
    record.label = settings.label;
    if (resume) {
        if (const auto existing = m_store.latestUnfinishedRun(record)) {
            if (resumed)
                *resumed = true;
            return existing->id;
        }
    }
    return m_store.createRun(record);
}

QString RunEngine::execute(qint64 runId, RunControl& control, const RunCallbacks& callbacks, int threads)
{
    const auto run = m_store.run(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
    RunSettings settings = RunSettings::fromDefinitionJson(run->paramsJson);
    settings.datasetId = run->datasetId;
    settings.spaceId = run->spaceId;

    const JudgingInputs judging = JudgingInputs::load(m_store, settings, remoteSettings(settings));
    const Judge* judge = judging.judge.get();
    const auto refiner = RefinerFactory::create(settings.refiner, settings.refine);

    // The queries still to do.
    const QSet<qint64> recorded = m_store.recordedQueryIds(runId);
    QList<QueryRecord> todo;
    const int total = int(judging.queries.size());
    for (const QueryRecord& query : judging.queries) {
        if (!recorded.contains(query.id))
            todo.append(query);
    }
    int done = total - int(todo.size());
    m_store.setRunStatus(runId, QStringLiteral("running"));
    if (callbacks.progress)
        callbacks.progress(done, total);

    SharedInputs shared;
    shared.judging = &judging;
    shared.index = &judging.index;
    shared.refiner = refiner.get();
    shared.settings = settings;
    shared.runId = runId;
    shared.control = &control;
    shared.callbacks = &callbacks;

    std::mutex mutex;
    std::condition_variable ready;
    std::deque<QueryWork> finished;
    std::atomic<int> next{0};
    QString workerError;
    int wanted = threads > 0 ? threads : QThread::idealThreadCount();
    if (judge->needsTexts()) {
        // Workers of a remote judge mostly wait for answers: enough of them to fill the endpoint's
        // concurrency with one query's judged set each. Results do not depend on the count.
        const int perQuery = std::max(1, settings.refine.total);
        wanted = std::max(wanted, std::min(64, (m_connection.concurrency + perQuery - 1) / perQuery));
    }
    const int threadCount = todo.isEmpty() ? 0 : std::max(1, std::min<int>(wanted, int(todo.size())));
    int workersLeft = threadCount; // guarded by mutex once the workers start
    std::vector<std::thread> workers;
    for (int t = 0; t < threadCount; ++t) {
        workers.emplace_back([&] {
            for (;;) {
                waitWhilePaused(control);
                if (control.cancel.load())
                    break;
                const int i = next.fetch_add(1);
                if (i >= todo.size())
                    break;
                try {
                    QueryWork work = computeQuery(shared, todo[i]);
                    std::lock_guard lock(mutex);
                    finished.push_back(std::move(work));
                } catch (const TareError& error) {
                    if (error.kind() == TareError::Kind::Cancelled)
                        break;
                    // An error of one query's inputs is that query's failure; the run goes on.
                    QueryWork work;
                    work.extId = todo[i].extId;
                    work.result.runId = runId;
                    work.result.queryId = todo[i].id;
                    work.result.status = QStringLiteral("failed");
                    work.result.error = error.message();
                    work.result.apBefore = s_nan;
                    work.result.apAfter = s_nan;
                    std::lock_guard lock(mutex);
                    finished.push_back(std::move(work));
                } catch (const std::exception& error) {
                    std::lock_guard lock(mutex);
                    workerError = QString::fromUtf8(error.what());
                    control.cancel = true;
                }
                ready.notify_one();
            }
            std::lock_guard lock(mutex);
            --workersLeft;
            ready.notify_one();
        });
    }

    // This thread owns the store: it writes every finished query as it arrives.
    QString writeError;
    for (;;) {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return !finished.empty() || workersLeft == 0; });
        if (finished.empty() && workersLeft == 0)
            break;
        QueryWork work = std::move(finished.front());
        finished.pop_front();
        lock.unlock();
        if (!writeError.isEmpty())
            continue; // drain; the run stops
        try {
            if (!work.newJudgments.isEmpty()) {
                auto transaction = m_store.beginTransaction();
                for (const JudgmentRecord& judgment : std::as_const(work.newJudgments))
                    m_store.insertJudgment(judgment);
                transaction->commit();
            }
            m_store.insertRunQuery(work.result);
        } catch (const TareError& error) {
            writeError = error.message();
            control.cancel = true;
            continue;
        }
        ++done;
        if (callbacks.queryFinished)
            callbacks.queryFinished(work.result, work.extId);
        if (callbacks.progress)
            callbacks.progress(done, total);
    }
    for (auto& worker : workers)
        worker.join();

    if (!writeError.isEmpty() || !workerError.isEmpty()) {
        const QString message = writeError.isEmpty() ? workerError : writeError;
        m_store.setRunStatus(runId, QStringLiteral("failed"), message);
        throw TareError(TareError::Kind::Io, tr("run %1 stopped: %2").arg(runId).arg(message));
    }
    const QString status = done >= total ? QStringLiteral("finished") : QStringLiteral("cancelled");
    m_store.setRunStatus(runId, status);
    return status;
}

} // namespace tare
