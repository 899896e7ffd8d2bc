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
#include "core/run/runfitcheck.h"
#include "core/util/displaytext.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

namespace tare {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tare::RunEngine", text, disambiguation, n);
}

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();
/// Queries per scoring block of a large space: 16 × 4 KB query columns stay in the cache while
/// the corpus streams by, and the pass is about as long as the memory read alone.
constexpr int s_automaticBlock = 16;

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

/// One query of a block between its phases: scored (before pass), judged and refined, re-scored
/// (after pass), completed. `stored` once it has a row to store (finished or failed); `started`
/// while it waits for the after pass.
struct BlockQuery
{
    QueryRecord query;
    QueryWork work;
    std::vector<QueryRefinement::Judged> judged;
    std::optional<QueryRefinement::Started> started;
    QueryTiming timing;
    double elapsedMs = 0.0;
    bool stored = false;
};

void waitWhilePaused(RunControl& control)
{
    while (control.pause.load() && !control.cancel.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

/// Calls `body(i)` for i < count on `threads` threads, each index once; the indices are handed
/// out in order, and a result never depends on which thread took it. What a body throws (out of
/// memory, say) stops the handing out and is rethrown here, on the calling thread, once every
/// thread has stopped: an exception on a worker thread would end the program.
void parallelFor(int count, int threads, const std::function<void(int)>& body)
{
    std::atomic<int> next{0};
    std::mutex failureMutex;
    std::exception_ptr failure;
    const auto work = [&] {
        try {
            for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
                body(i);
        } catch (...) {
            next = count;
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(work);
    work();
    for (auto& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

void fail(BlockQuery& item, const QString& reason)
{
    RunQueryRecord& result = item.work.result;
    result.outcome = QueryOutcome::Failed;
    result.error = reason;
    result.apBefore = s_nan;
    result.apAfter = s_nan;
    result.elapsedMs = item.elapsedMs;
    item.started.reset();
    item.stored = true;
}

/// Steps 1 to 5 of one query: its pool (scored in `before`'s column when the block was scored
/// together, else here), the judged selection, the judge, the refinement up to the re-scoring.
void startQuery(const SharedInputs& in, BlockQuery& item, const Eigen::MatrixXf* before, Eigen::Index column)
{
    QElapsedTimer clock;
    clock.start();
    const QueryRecord& query = item.query;
    item.work.extId = query.extId;
    item.work.result.runId = in.runId;
    item.work.result.queryId = query.id;
    const auto failHere = [&](const QString& reason) {
        item.elapsedMs += clock.nsecsElapsed() / 1e6;
        fail(item, reason);
    };

    QElapsedTimer part;
    part.start();
    ScoredPool pool = ScoredPool::prepare(*in.index, in.judging->queryVectors, query.id);
    if (!pool.failure.isEmpty())
        return failHere(pool.failure);
    if (before && column >= 0)
        pool.scores.assign(before->col(column).data(), before->col(column).data() + before->rows());
    else
        in.index->score(*pool.query, pool.candidates, pool.scores);
    item.timing.scoreMs += part.nsecsElapsed() / 1e6;

    // Select and judge.
    const RefineParams& params = in.settings.refine;
    part.restart();
    JudgedSlots plan = JudgedSlots::prepare(pool, *in.judging, query, params);
    if (!plan.missing.isEmpty())
        item.work.newJudgments = plan.accept(in.judging->judge->judge(plan.missing, [&] { return in.control->cancel.load(); }),
                                             in.judging->judgeId);
    item.timing.judgeMs = part.nsecsElapsed() / 1e6;
    item.judged.resize(plan.scores.size());
    for (size_t slot = 0; slot < item.judged.size(); ++slot)
        item.judged[slot] = {qint32(plan.selection.chosen()[slot]), plan.scores[slot], plan.status[slot], false};

    // Refine on the documents the judge scored; the re-scoring comes with the block's after pass.
    QueryRefinement::Input input;
    input.index = in.index;
    input.candidates = &pool.candidates;
    input.query = pool.query;
    input.refiner = in.refiner;
    input.curveSteps = RefinerCatalogue::curveSteps(in.refiner->name(), params);
    input.evalEvery = in.settings.evalInterval(qint64(pool.candidates.rows.size()), input.curveSteps);
    input.curveByCaller = before != nullptr; // scored with the block's after pass
    item.started = QueryRefinement::start(input, pool.scores, item.judged, [&] {
        waitWhilePaused(*in.control);
        return in.control->cancel.load();
    });
    if (!item.started) {
        const QString reason = QCoreApplication::translate("tare::RunEngine", "the judge scored none of the %n selected document(s)",
                                                           nullptr, int(item.judged.size()));
        for (const JudgmentRecord& judgment : std::as_const(item.work.newJudgments)) {
            if (!judgment.error.isEmpty()) // say why, or every failed query of a broken judge looks alike
                return failHere(QCoreApplication::translate("tare::RunEngine", "%1; the first failure: %2").arg(reason, judgment.error));
        }
        return failHere(reason);
    }
    const Eigen::VectorXf& refined = item.started->refined.query;
    if (!std::all_of(refined.begin(), refined.end(), [](float v) { return std::isfinite(v); }))
        return failHere(QCoreApplication::translate("tare::RunEngine", "the refinement diverged: the query vector holds values "
                                                                       "that are not finite numbers (is the learning rate too large?)"));
    item.elapsedMs += clock.nsecsElapsed() / 1e6;
}

/// Step 6 of a started query: its scores under the refined query (the after pass's column, else
/// scored here), the metrics after, the row.
void completeQuery(const SharedInputs& in, BlockQuery& item, const Eigen::MatrixXf* after, Eigen::Index column)
{
    QElapsedTimer clock;
    clock.start();
    const CandidateSet candidates = in.index->candidates(item.query.id);
    std::vector<float> scores;
    if (after && column >= 0) {
        scores.assign(after->col(column).data(), after->col(column).data() + after->rows());
    } else {
        QElapsedTimer part;
        part.start();
        in.index->score(item.started->refined.query, candidates, scores);
        item.timing.rescoreMs += part.nsecsElapsed() / 1e6;
    }
    QueryRefinement::Input input;
    input.index = in.index;
    input.candidates = &candidates;
    item.timing.refineMs = item.started->refined.refineMs;
    RunQueryRecord result = QueryRefinement::complete(input, item.judged, std::move(*item.started), std::move(scores));
    item.started.reset();
    if (in.callbacks->stepEvaluated) {
        for (const CurvePoint& point : std::as_const(result.curve))
            in.callbacks->stepEvaluated(item.query.id, point);
    }
    result.runId = in.runId;
    result.queryId = item.query.id;
    result.timing = item.timing;
    item.elapsedMs += clock.nsecsElapsed() / 1e6;
    result.elapsedMs = item.elapsedMs;
    item.work.result = std::move(result);
    item.stored = true;
}

/// The unit vectors of the block's queries that have one, as columns; `column` gets each query's
/// column (-1: none).
Eigen::MatrixXf unitColumns(const std::vector<BlockQuery>& block, const std::function<const Eigen::VectorXf*(const BlockQuery&)>& vector,
                            int dim, std::vector<Eigen::Index>& column)
{
    column.assign(block.size(), -1);
    Eigen::Index count = 0;
    for (size_t i = 0; i < block.size(); ++i) {
        if (vector(block[i]))
            column[i] = count++;
    }
    Eigen::MatrixXf columns(dim, count);
    for (size_t i = 0; i < block.size(); ++i) {
        if (column[i] >= 0)
            columns.col(column[i]) = CorpusIndex::unit(*vector(block[i]));
    }
    return columns;
}

/// Score columns one pass may hold beside the corpus: a sixteenth of the space's bytes (at least
/// 16 columns), so the curve's steps add little to a run's peak memory.
Eigen::Index passColumns(const CorpusIndex& index)
{
    const qint64 columnBytes = std::max<qint64>(1, index.documentCount() * qint64(sizeof(float)));
    return Eigen::Index(std::max<qint64>(s_automaticBlock, index.vectorBytes() / 16 / columnBytes));
}

/// The block's after pass: every started query's curve snapshots and refined query scored over
/// the corpus together, in as few passes as passColumns() allows (the refined queries in the
/// last). Sets each query's curve points; leaves the refined queries' scores in `scores`, query i
/// in `column[i]` (-1: none). Returns the number of columns scored.
Eigen::Index afterPass(const CorpusIndex& index, std::vector<BlockQuery>& block, int threads, Eigen::MatrixXf& scores,
                       std::vector<Eigen::Index>& column)
{
    const Eigen::MatrixXf refined = unitColumns(
        block, [](const BlockQuery& item) { return item.started ? &item.started->refined.query : nullptr; }, index.dim(), column);
    std::vector<Eigen::Index> curveFirst(block.size(), 0);
    Eigen::Index curveColumns = 0;
    for (size_t i = 0; i < block.size(); ++i) {
        curveFirst[i] = curveColumns;
        if (block[i].started)
            curveColumns += block[i].started->refined.pendingSnapshots.cols();
    }
    Eigen::MatrixXf queries(index.dim(), curveColumns + refined.cols());
    for (size_t i = 0; i < block.size(); ++i) {
        if (block[i].started)
            queries.middleCols(curveFirst[i], block[i].started->refined.pendingSnapshots.cols()) = block[i].started->refined.pendingSnapshots;
    }
    queries.rightCols(refined.cols()) = refined;

    // Passes of `group` columns, the first one shorter, so that the last holds all refined queries.
    const Eigen::Index total = queries.cols();
    const Eigen::Index group = std::max(refined.cols(), passColumns(index));
    Eigen::Index start = 0;
    for (Eigen::Index size = total % group == 0 ? group : total % group; start < total; start += size, size = group) {
        index.scoreCorpus(queries.middleCols(start, size), scores, threads);
        parallelFor(int(block.size()), threads, [&](int i) {
            BlockQuery& item = block[size_t(i)];
            if (!item.started)
                return;
            QueryRefinement::Refined& refinedQuery = item.started->refined;
            const Eigen::Index from = std::max(curveFirst[size_t(i)], start);
            const Eigen::Index to = std::min(curveFirst[size_t(i)] + refinedQuery.pendingSnapshots.cols(), start + size);
            if (from < to)
                QueryRefinement::evaluateCurveSteps(index.candidates(item.query.id), refinedQuery, scores, from - start,
                                                    size_t(from - curveFirst[size_t(i)]), size_t(to - from));
        });
        if (start + size >= total)
            break;
    }
    for (size_t i = 0; i < block.size(); ++i) {
        if (column[i] >= 0)
            column[i] += curveColumns - start;
        if (block[i].started) {
            block[i].started->refined.pendingSteps.clear();
            block[i].started->refined.pendingSnapshots.resize(0, 0);
        }
    }
    return total;
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

int RunEngine::scoringBlock(qint64 spaceBytes, int threads) const
{
    if (m_scoringBlock > 0)
        return m_scoringBlock;
    constexpr qint64 largeSpace = qint64(64) << 20;
    return spaceBytes >= largeSpace ? s_automaticBlock : std::max(1, threads);
}

QString RunEngine::fitRefusal(const RunSettings& settings)
{
    const auto available = RunFitCheck::availableMemory();
    if (!available)
        return {};
    const int block = m_scoringBlock > 0 ? m_scoringBlock : s_automaticBlock;
    return RunFitCheck::refusal(RunFitCheck::estimate(m_store, settings, settings.threads, block), *available, m_fitOverrule);
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
    if (m_fitCheck) {
        if (const QString refused = fitRefusal(settings); !refused.isEmpty())
            throw TareError(TareError::Kind::Usage, refused);
    }
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

    int wanted = threads > 0 ? threads : QThread::idealThreadCount();
    const int cores = std::max(1, wanted);
    if (judge->needsTexts()) {
        // Workers of a remote judge mostly wait for answers: enough of them to fill the endpoint's
        // concurrency with one query's judged set each. Results do not depend on the count.
        const int perQuery = std::max(1, settings.refine.total);
        wanted = std::max(wanted, std::min(64, (m_connection.concurrency + perQuery - 1) / perQuery));
    }
    const int threadCount = std::max(1, wanted);
    // Blocks of queries share one pass over the corpus before and one after their refinement.
    // Only a corpus pool is scored together (a judged pool's candidates differ per query) and
    // only for judges that answer at once: a block waits for its slowest query's judge.
    const bool together = judging.index.pool() == PoolRule::Corpus && !judge->needsTexts();
    const int blockSize = together ? scoringBlock(judging.index.vectorBytes(), threadCount) : threadCount;

    QString writeError;
    QString workerError;
    std::mutex errorMutex;
    QString firstFailure; // of this execution: why no query may have finished
    const auto guardedQuery = [&](BlockQuery& item, const std::function<void()>& body) {
        try {
            body();
        } catch (const TareError& error) {
            if (error.kind() == TareError::Kind::Cancelled) {
                item.started.reset(); // dropped: the run stops within a step
                return;
            }
            // An error of one query's inputs is that query's failure; the run goes on.
            fail(item, error.message());
        } catch (const std::exception& error) {
            std::lock_guard lock(errorMutex);
            workerError = QString::fromUtf8(error.what());
            control.cancel = true;
            item.started.reset();
        }
    };

    for (qsizetype first = 0; first < todo.size() && writeError.isEmpty() && workerError.isEmpty(); first += blockSize) {
        waitWhilePaused(control);
        if (control.cancel.load())
            break;
        std::vector<BlockQuery> block(size_t(std::min<qsizetype>(blockSize, todo.size() - first)));
        for (size_t i = 0; i < block.size(); ++i)
            block[i].query = todo[first + qsizetype(i)];

        // Before pass: the block's initial queries in one pass over the corpus.
        Eigen::MatrixXf scores;
        std::vector<Eigen::Index> column(block.size(), -1);
        if (together) {
            QElapsedTimer clock;
            clock.start();
            const Eigen::MatrixXf queries = unitColumns(
                block,
                [&](const BlockQuery& item) -> const Eigen::VectorXf* {
                    const auto it = judging.queryVectors.constFind(item.query.id);
                    return it == judging.queryVectors.constEnd() ? nullptr : &*it;
                },
                judging.index.dim(), column);
            judging.index.scoreCorpus(queries, scores, cores);
            const double share = clock.nsecsElapsed() / 1e6 / double(std::max<Eigen::Index>(1, queries.cols()));
            for (BlockQuery& item : block)
                item.timing.scoreMs = share;
        }
        // Judge and refine each query (in parallel); a cancel stops taking new ones.
        parallelFor(int(block.size()), threadCount, [&](int i) {
            waitWhilePaused(control);
            if (control.cancel.load())
                return;
            guardedQuery(block[size_t(i)], [&] { startQuery(shared, block[size_t(i)], together ? &scores : nullptr, column[size_t(i)]); });
        });
        // After pass: the refined queries and their curves' evaluated steps in one pass; then each
        // query's metrics (in parallel). Queries refined before a cancel are completed and kept.
        if (together) {
            QElapsedTimer clock;
            clock.start();
            const Eigen::Index columns = afterPass(judging.index, block, cores, scores, column);
            const double share = clock.nsecsElapsed() / 1e6 / double(std::max<Eigen::Index>(1, columns));
            for (BlockQuery& item : block)
                item.timing.rescoreMs = share;
        }
        parallelFor(int(block.size()), together ? cores : threadCount, [&](int i) {
            BlockQuery& item = block[size_t(i)];
            if (item.started)
                guardedQuery(item, [&] { completeQuery(shared, item, together ? &scores : nullptr, column[size_t(i)]); });
        });
        scores = {};

        // This thread owns the store: it writes the block's rows in query order.
        for (BlockQuery& item : block) {
            if (!item.stored || !writeError.isEmpty())
                continue;
            QueryWork& work = item.work;
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
    }

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
