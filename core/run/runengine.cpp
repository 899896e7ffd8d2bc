// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"

#include "core/db/projectstore.h"
#include "core/db/runclaim.h"
#include "core/judge/judgefactory.h"
#include "core/refine/refinercatalogue.h"
#include "core/run/corpusindex.h"
#include "core/run/judgingplan.h"
#include "core/run/queryrefinement.h"
#include "core/util/displaytext.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
        result.outcome = QueryOutcome::Failed;
        result.error = reason;
        result.apBefore = s_nan;
        result.apAfter = s_nan;
        result.elapsedMs = clock.nsecsElapsed() / 1e6;
        return work;
    };

    // Score the pool with the initial vector.
    QElapsedTimer part;
    part.start();
    const ScoredPool pool = ScoredPool::score(*in.index, in.judging->queryVectors, query.id);
    if (!pool.failure.isEmpty())
        return fail(pool.failure);
    QueryTiming timing;
    timing.scoreMs = part.nsecsElapsed() / 1e6;

    // Select and judge.
    const RefineParams& params = in.settings.refine;
    part.restart();
    JudgedSlots plan = JudgedSlots::prepare(pool, *in.judging, query, params);
    if (!plan.missing.isEmpty())
        work.newJudgments = plan.accept(in.judging->judge->judge(plan.missing, [&] { return in.control->cancel.load(); }),
                                         in.judging->judgeId);
    timing.judgeMs = part.nsecsElapsed() / 1e6;
    std::vector<QueryRefinement::Judged> judged(plan.scores.size());
    for (size_t slot = 0; slot < judged.size(); ++slot)
        judged[slot] = {qint32(plan.selection.chosen()[slot]), plan.scores[slot], plan.status[slot], false};

    // Refine on the documents the judge scored, re-score and evaluate.
    QueryRefinement::Input input;
    input.index = in.index;
    input.candidates = &pool.candidates;
    input.query = pool.query;
    input.refiner = in.refiner;
    input.curveSteps = RefinerCatalogue::curveSteps(in.refiner->name(), params);
    input.evalEvery = in.settings.evalInterval(qint64(pool.candidates.rows.size()));
    auto refined = QueryRefinement::record(input, pool.scores, judged, [&] {
        waitWhilePaused(*in.control);
        return in.control->cancel.load();
    });
    if (!refined) {
        const QString reason = QCoreApplication::translate("tare::RunEngine", "the judge scored none of the %n selected document(s)",
                                                           nullptr, int(judged.size()));
        for (const JudgmentRecord& judgment : std::as_const(work.newJudgments)) {
            if (!judgment.error.isEmpty()) // say why, or every failed query of a broken judge looks alike
                return fail(QCoreApplication::translate("tare::RunEngine", "%1; the first failure: %2").arg(reason, judgment.error));
        }
        return fail(reason);
    }
    if (!std::all_of(refined->refinedVector.begin(), refined->refinedVector.end(), [](float v) { return std::isfinite(v); }))
        return fail(QCoreApplication::translate("tare::RunEngine", "the refinement diverged: the query vector holds values "
                                                                   "that are not finite numbers (is the learning rate too large?)"));
    if (in.callbacks->stepEvaluated) {
        for (const CurvePoint& point : std::as_const(refined->curve))
            in.callbacks->stepEvaluated(query.id, point);
    }
    result = std::move(*refined);
    result.runId = in.runId;
    result.queryId = query.id;
    if (result.timing) {
        timing.refineMs = result.timing->refineMs;
        timing.rescoreMs = result.timing->rescoreMs;
    }
    result.timing = timing;
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
    return JudgingInputs::forDataset(remote, JudgingInputs::datasetTask(m_store, settings.datasetId));
}

JudgeInfo RunEngine::judgeInfo(const RunSettings& settings) const
{
    return JudgeFactory::create(settings.judgeSpec, {}, remoteSettings(settings))->info();
}

qint64 RunEngine::prepare(const RunSettings& settings, bool resume, bool* resumed)
{
    if (resumed)
        *resumed = false;
    const auto dataset = m_store.datasets().find(settings.datasetId);
    if (!dataset)
        throw TareError(TareError::Kind::Usage, tr("no dataset with id %1").arg(settings.datasetId));
    const auto space = m_store.spaces().find(settings.spaceId);
    if (!space || space->datasetId != settings.datasetId)
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1 in dataset '%2'").arg(settings.spaceId).arg(dataset->name));
    // Validate refiner, judge and query ids before anything is written.
    RefinerCatalogue::create(settings.refiner, settings.refine);
    const JudgeInfo judge = judgeInfo(settings);
    for (const QString& queryId : settings.queryIds) {
        if (!m_store.datasets().queryId(settings.datasetId, queryId.toUtf8()))
            throw TareError(TareError::Kind::Usage, tr("no query with id '%1' in dataset '%2'").arg(DisplayText::escaped(queryId), dataset->name));
    }

    RunRecord record;
    record.datasetId = settings.datasetId;
    record.spaceId = settings.spaceId;
    record.judgeId = m_store.judgments().ensureJudge(judge);
    record.refiner = settings.refiner;
    record.paramsJson = settings.definitionJson();
    record.label = settings.label;
    if (resume) {
        if (const auto existing = m_store.runs().latestUnfinished(record)) {
            if (resumed)
                *resumed = true;
            return existing->id;
        }
    }
    return m_store.runs().create(record);
}

RunStatus RunEngine::execute(qint64 runId, RunControl& control, const RunCallbacks& callbacks, int threads)
{
    const auto run = m_store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
    RunSettings settings = RunSettings::fromDefinitionJson(run->paramsJson);
    settings.datasetId = run->datasetId;
    settings.spaceId = run->spaceId;

    // One process at a time executes a run (two --resume would write the same queries).
    const RunClaim claim(m_store.path(), runId);
    JudgingInputs judging;
    std::unique_ptr<Refiner> refiner;
    try {
        judging = JudgingInputs::load(m_store, settings, remoteSettings(settings));
        refiner = RefinerCatalogue::create(settings.refiner, settings.refine);
    } catch (const TareError& error) {
        // A run that cannot start is failed with the reason, not left "created".
        if (error.kind() != TareError::Kind::Cancelled)
            m_store.runs().setStatus(runId, RunStatus::Failed, error.message());
        throw;
    }
    const Judge* judge = judging.judge.get();

    // The queries still to do.
    const QSet<qint64> recorded = m_store.runs().recordedQueryIds(runId);
    QList<QueryRecord> todo;
    const int total = int(judging.queries.size());
    for (const QueryRecord& query : judging.queries) {
        if (!recorded.contains(query.id))
            todo.append(query);
    }
    int done = total - int(todo.size());
    m_store.runs().setStatus(runId, RunStatus::Running);
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
                    work.result.outcome = QueryOutcome::Failed;
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
    QString firstFailure; // of this execution: why no query may have finished
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
            m_store.judgments().insertAll(work.newJudgments);
            m_store.runs().insertQuery(work.result);
        } catch (const TareError& error) {
            writeError = error.message();
            control.cancel = true;
            continue;
        }
        ++done;
        if (!work.result.finished() && firstFailure.isEmpty())
            firstFailure = QStringLiteral("%1: %2").arg(DisplayText::escaped(work.extId, 40), work.result.error);
        if (callbacks.queryFinished)
            callbacks.queryFinished(work.result, work.extId);
        if (callbacks.progress)
            callbacks.progress(done, total);
    }
    for (auto& worker : workers)
        worker.join();

    if (!writeError.isEmpty() || !workerError.isEmpty()) {
        const QString message = writeError.isEmpty() ? workerError : writeError;
        m_store.runs().setStatus(runId, RunStatus::Failed, message);
        throw TareError(TareError::Kind::Io, tr("run %1 stopped: %2").arg(runId).arg(message));
    }
    const RunStatus status = done >= total ? RunStatus::Finished : RunStatus::Cancelled;
    // A run of which no query could be refined (every judgment failed, no query has a vector) is
    // not a success: failed, with the first reason.
    if (status == RunStatus::Finished && total > 0 && m_store.runs().find(runId)->finishedQueries == 0) {
        if (firstFailure.isEmpty()) {
            for (const RunQueryRecord& earlier : m_store.runs().queries(runId, false)) {
                if (!earlier.finished()) {
                    firstFailure = earlier.error;
                    break;
                }
            }
        }
        const QString message = tr("no query could be refined; the first failure: %1").arg(firstFailure);
        m_store.runs().setStatus(runId, RunStatus::Failed, message);
        throw TareError(TareError::Kind::Io, tr("run %1 failed: %2").arg(runId).arg(message));
    }
    m_store.runs().setStatus(runId, status);
    return status;
}

} // namespace tare
