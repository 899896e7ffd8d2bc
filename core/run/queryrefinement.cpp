// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/queryrefinement.h"

#include "core/metrics/separation.h"
#include "core/run/corpusindex.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace tare {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

void throwIfCancelled(const std::function<bool()>& cancelled)
{
    if (cancelled && cancelled())
        throw TareError(TareError::Kind::Cancelled, QCoreApplication::translate("tare::RunEngine", "cancelled"));
}

} // namespace

std::optional<QueryRefinement::Refined> QueryRefinement::refine(const Input& in, const std::vector<Judged>& judged,
                                                                const QueryMetrics* before, const StepObserver& observer,
                                                                const std::function<bool()>& cancelled)
{
    auto result = refineSteps(in, judged, before, observer, cancelled);
    if (!result)
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    std::vector<float> scores;
    in.index->score(result->query, *in.candidates, scores);
    result->rescoreMs = clock.nsecsElapsed() / 1e6;
    finish(in, judged, std::move(scores), *result);
    return result;
}

std::optional<QueryRefinement::Refined> QueryRefinement::refineSteps(const Input& in, const std::vector<Judged>& judged,
                                                                     const QueryMetrics* before, const StepObserver& observer,
                                                                     const std::function<bool()>& cancelled)
{
    const CorpusIndex& index = *in.index;
    const CandidateSet& candidates = *in.candidates;

    // The refiner's input: the scored documents in selection order, rows of the normalised corpus
    // matrix, scores as float.
    std::vector<size_t> used;
    for (size_t i = 0; i < judged.size(); ++i) {
        if (judged[i].score)
            used.push_back(i);
    }
    if (used.empty())
        return std::nullopt;
    RefineInput input;
    input.query = *in.query;
    input.documents.resize(Eigen::Index(used.size()), index.dim());
    input.scores.resize(Eigen::Index(used.size()));
    for (size_t i = 0; i < used.size(); ++i) {
        input.documents.row(Eigen::Index(i)) = index.documentRow(candidates.rows[size_t(judged[used[i]].candidate)]);
        input.scores[Eigen::Index(i)] = float(*judged[used[i]].score);
    }

    Refined result;
    const int steps = std::max(in.curveSteps, 0);
    std::vector<int> evalSteps;
    if (before) {
        result.curve.resize(qsizetype(steps) + 1);
        for (qsizetype i = 0; i < result.curve.size(); ++i)
            result.curve[i] = {int(i), s_nan, s_nan, s_nan};
        result.curve[0].ap = before->ap;
        result.curve[0].auc = before->auc;
        const int evalEvery = std::max(in.evalEvery, 1);
        // The last step is the re-scored ranking's (finish()): not evaluated twice.
        for (int step = 1; step < steps; ++step) {
            if (step % evalEvery == 0)
                evalSteps.push_back(step);
        }
    }
    // The observer only records the query states to evaluate; they are scored afterwards in
    // blocks with one matrix product each, which reads the corpus once per block instead of once
    // per step.
    Eigen::MatrixXf snapshots(index.dim(), Eigen::Index(evalSteps.size()));
    size_t nextSnapshot = 0;
    const StepObserver recorder = [&](int step, float loss, const Eigen::VectorXf& q) {
        if (step - 1 < result.curve.size())
            result.curve[step - 1].loss = loss;
        if (nextSnapshot < evalSteps.size() && evalSteps[nextSnapshot] == step)
            snapshots.col(Eigen::Index(nextSnapshot++)) = CorpusIndex::unit(q);
        if (observer)
            observer(step, loss, q);
    };
    QElapsedTimer clock;
    clock.start();
    RefineResult refined = in.refiner->refine(input, recorder, cancelled);
    result.refineMs = clock.nsecsElapsed() / 1e6;

    evalSteps.resize(nextSnapshot);
    result.pendingSteps = std::move(evalSteps);
    result.pendingSnapshots = snapshots.leftCols(Eigen::Index(nextSnapshot));
    if (!in.curveByCaller) {
        constexpr Eigen::Index blockColumns = 16;
        Eigen::MatrixXf blockScores;
        for (Eigen::Index first = 0; first < Eigen::Index(nextSnapshot); first += blockColumns) {
            throwIfCancelled(cancelled);
            const Eigen::Index count = std::min(blockColumns, Eigen::Index(nextSnapshot) - first);
            index.scoreMany(result.pendingSnapshots.middleCols(first, count), candidates, blockScores);
            evaluateCurveSteps(candidates, result, blockScores, 0, size_t(first), size_t(count));
        }
        result.pendingSteps.clear();
        result.pendingSnapshots.resize(0, 0);
    }

    // The last point and the re-scoring: finish().
    if (!result.curve.isEmpty()) {
        CurvePoint& last = result.curve.last();
        last.loss = refined.finalLoss;
        if (steps == 0 && !refined.losses.empty())
            result.curve[0].loss = refined.losses.front();
    }
    result.query = std::move(refined.query);
    result.losses = std::move(refined.losses);
    result.finalLoss = refined.finalLoss;
    return result;
}

void QueryRefinement::evaluateCurveSteps(const CandidateSet& candidates, Refined& refined, const Eigen::MatrixXf& scores,
                                         Eigen::Index column, size_t first, size_t count)
{
    Q_ASSERT(first + count <= refined.pendingSteps.size());
    Q_ASSERT(scores.rows() == Eigen::Index(candidates.rows.size()));
    RankingMetrics::Workspace workspace;
    for (size_t i = 0; i < count; ++i) {
        const std::span<const float> stepScores(scores.col(column + Eigen::Index(i)).data(), size_t(scores.rows()));
        const QueryMetrics m = RankingMetrics::evaluateFast(stepScores, candidates.tieRanks, candidates.grades,
                                                            candidates.qrelsGrades, workspace);
        CurvePoint& point = refined.curve[refined.pendingSteps[first + i]];
        point.ap = m.ap;
        point.auc = m.auc;
    }
}

void QueryRefinement::finish(const Input& in, const std::vector<Judged>& judged, std::vector<float> scoresAfter, Refined& refined)
{
    const CandidateSet& candidates = *in.candidates;
    refined.scores = std::move(scoresAfter);
    refined.after = evaluate(candidates, refined.scores);
    refined.judgedRanks = judgedRanks(candidates, refined.scores, judged);
    if (!refined.curve.isEmpty()) {
        CurvePoint& last = refined.curve.last();
        last.ap = refined.after.ap;
        last.auc = refined.after.auc;
    }
}

std::optional<RunQueryRecord> QueryRefinement::record(const Input& in, const std::vector<float>& scoresBefore,
                                                      const std::vector<Judged>& judged, const std::function<bool()>& cancelled)
{
    auto started = start(in, scoresBefore, judged, cancelled);
    if (!started)
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    std::vector<float> scores;
    in.index->score(started->refined.query, *in.candidates, scores);
    started->refined.rescoreMs = clock.nsecsElapsed() / 1e6;
    return complete(in, judged, std::move(*started), std::move(scores));
}

std::optional<QueryRefinement::Started> QueryRefinement::start(const Input& in, const std::vector<float>& scoresBefore,
                                                               const std::vector<Judged>& judged,
                                                               const std::function<bool()>& cancelled)
{
    const CandidateSet& candidates = *in.candidates;
    Started started;
    started.before = evaluate(candidates, scoresBefore);
    started.ranksBefore = judgedRanks(candidates, scoresBefore, judged);
    auto refined = refineSteps(in, judged, &started.before, {}, cancelled);
    if (!refined)
        return std::nullopt;
    started.beforeFigures = figures(started.before, scoresBefore, candidates.grades);
    started.refined = std::move(*refined);
    return started;
}

RunQueryRecord QueryRefinement::complete(const Input& in, const std::vector<Judged>& judged, Started started,
                                         std::vector<float> scoresAfter)
{
    const CandidateSet& candidates = *in.candidates;
    Refined& refined = started.refined;
    finish(in, judged, std::move(scoresAfter), refined);

    RunQueryRecord result;
    result.outcome = QueryOutcome::Finished;
    QueryTiming timing;
    timing.refineMs = refined.refineMs;
    timing.rescoreMs = refined.rescoreMs;
    result.timing = timing;
    result.apBefore = started.before.ap;
    result.apAfter = refined.after.ap;
    result.before = started.beforeFigures;
    result.after = figures(refined.after, refined.scores, candidates.grades);
    for (size_t i = 0; i < judged.size(); ++i) {
        const Judged& document = judged[i];
        const size_t candidate = size_t(document.candidate);
        const qint32 row = candidates.rows[candidate];
        result.judged.append({in.index->documentExtId(row), in.index->documentId(row), started.ranksBefore[i],
                              refined.judgedRanks[i], document.score, document.status, candidates.grades[candidate],
                              document.human});
    }
    result.refinedVector.assign(refined.query.data(), refined.query.data() + refined.query.size());
    result.curve = refined.curve;
    return result;
}

QueryMetrics QueryRefinement::evaluate(const CandidateSet& candidates, const std::vector<float>& scores, std::vector<qint32>* ranks)
{
    RankingMetrics::Workspace workspace;
    const QueryMetrics metrics =
        RankingMetrics::evaluateFast(scores, candidates.tieRanks, candidates.grades, candidates.qrelsGrades, workspace);
    if (ranks) {
        RankingMetrics::rankFast(scores, candidates.tieRanks, workspace);
        ranks->assign(workspace.order.size(), 0);
        for (size_t position = 0; position < workspace.order.size(); ++position)
            (*ranks)[workspace.order[position]] = qint32(position + 1);
    }
    return metrics;
}

std::vector<qint32> QueryRefinement::judgedRanks(const CandidateSet& candidates, const std::vector<float>& scores,
                                                 const std::vector<Judged>& judged)
{
    std::vector<qint32> which(judged.size());
    for (size_t i = 0; i < judged.size(); ++i)
        which[i] = judged[i].candidate;
    std::vector<qint32> ranks;
    RankingMetrics::Workspace workspace;
    RankingMetrics::ranksOf(scores, candidates.tieRanks, which, ranks, workspace);
    return ranks;
}

QueryFigures QueryRefinement::figures(const QueryMetrics& metrics, const std::vector<float>& scores, const std::vector<int>& grades)
{
    ThresholdCounts counts;
    const SeparationStats separation = Separation::compute(std::span<const float>(scores), std::span<const int>(grades), counts);
    QueryFigures figures;
    figures.metrics = metrics;
    figures.dPrime = separation.dPrime;
    figures.ks = separation.ks;
    figures.bestF1 = separation.bestF1.f1;
    figures.candidates = qint64(scores.size());
    return figures;
}

} // namespace tare
