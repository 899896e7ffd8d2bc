// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"
#include "core/metrics/rankingmetrics.h"
#include "core/refine/refiner.h"

#include <functional>
#include <optional>
#include <vector>

namespace tare {

class CorpusIndex;
struct CandidateSet;

/// The computation of one query's refinement (steps 4 to 6 of the method) for a query whose
/// candidates are scored and whose selected documents are judged: refine on the judged documents
/// that have a score, record the curve, re-score the candidates and evaluate. The run engine
/// computes every query with it and QueryReplay computes a stored query again with it, so a
/// replay of the stored scores is bit-identical to the run by construction.
///
/// It never scores the whole corpus with the initial query: the caller passes those scores in.
/// Pure functions over read-only inputs; any thread (the corpus index is shared).
class QueryRefinement
{
public:
    /// What the refinement of one query starts from.
    struct Input
    {
        const CorpusIndex* index = nullptr;
        const CandidateSet* candidates = nullptr;
        const Eigen::VectorXf* query = nullptr; ///< the initial query vector
        const Refiner* refiner = nullptr;
        int curveSteps = 0; ///< steps of the curve after step 0 (RefinerCatalogue::curveSteps)
        int evalEvery = 1;  ///< AP and AUC every n steps, and at the last
        /// The caller scores the curve's evaluated steps (Refined::pendingSnapshots) itself, with
        /// other queries' in one pass (the run engine's after pass), and hands the scores to
        /// evaluateCurveSteps(); otherwise refineSteps() scores them.
        bool curveByCaller = false;
    };

    /// One selected document, in selection order (the order the refiner receives them in).
    struct Judged
    {
        qint32 candidate = -1;       ///< index into the candidate set
        std::optional<double> score; ///< the judge's score; empty: left out (a failed judgment)
        QString status = QStringLiteral("ok");
        bool human = false;          ///< a person's label
    };

    /// A refined query evaluated over its candidates.
    struct Refined
    {
        Eigen::VectorXf query;     ///< the refined query vector
        std::vector<float> losses; ///< per step, as RefineResult
        float finalLoss = 0.0f;
        QueryMetrics after;         ///< metrics of the refined query over the candidates
        std::vector<qint32> judgedRanks; ///< 1-based rank of each judged document (in `judged` order) under the refined query
        std::vector<float> scores;  ///< every candidate's score under the refined query
        QList<CurvePoint> curve;    ///< empty unless asked for
        double refineMs = 0.0;      ///< the refiner's steps
        double rescoreMs = 0.0;     ///< scoring the candidates with the refined query
        /// With Input::curveByCaller, until evaluateCurveSteps(): the curve's evaluated steps (but
        /// the last) and the unit query of each, as columns.
        std::vector<int> pendingSteps;
        Eigen::MatrixXf pendingSnapshots;
    };

    /// Refines with the judged documents that have a score and evaluates the result; nullopt when
    /// none has one. With `before` (the initial query's metrics), also records the curve: the loss
    /// of every step, AP and AUC every evalEvery steps and at the last, step 0 from `before`.
    /// `observer` sees every step; `cancelled` is polled before every step and between the blocks
    /// of the curve's evaluation (TareError(Cancelled) then). It is refineSteps(), the candidates
    /// scored with the refined query (CorpusIndex::score), then finish().
    static std::optional<Refined> refine(const Input& in, const std::vector<Judged>& judged, const QueryMetrics* before,
                                         const StepObserver& observer = {}, const std::function<bool()>& cancelled = {});
    /// The steps of refine() without the re-scoring: the refined query, its losses and the curve
    /// but its last point (which is the re-scored ranking's). The run engine re-scores a block of
    /// refined queries together, then finishes each.
    static std::optional<Refined> refineSteps(const Input& in, const std::vector<Judged>& judged, const QueryMetrics* before,
                                              const StepObserver& observer = {}, const std::function<bool()>& cancelled = {});
    /// Sets the curve's AP and AUC of pending steps [first, first + count) from the candidates'
    /// scores under their snapshots: columns [column, column + count) of `scores` (the same bits
    /// CorpusIndex::scoreMany gives).
    static void evaluateCurveSteps(const CandidateSet& candidates, Refined& refined, const Eigen::MatrixXf& scores,
                                   Eigen::Index column, size_t first, size_t count);
    /// The rest of refine() given the candidates' scores under the refined query (the same bits
    /// CorpusIndex::score gives): metrics after, the judged ranks and the curve's last point.
    static void finish(const Input& in, const std::vector<Judged>& judged, std::vector<float> scoresAfter, Refined& refined);

    /// A query's row before its re-scoring: the metrics before and the refinement's steps.
    struct Started
    {
        QueryMetrics before;
        QueryFigures beforeFigures;
        std::vector<qint32> ranksBefore;
        Refined refined;
    };

    /// The row stored for the query: metrics before (from `scoresBefore`, the candidates' scores
    /// under the initial query) and after with separation, the judged documents with their ranks,
    /// the refined vector and the curve. runId, queryId and elapsedMs are left to the caller;
    /// nullopt when no judged document has a score. It is start(), the re-scoring, then complete().
    static std::optional<RunQueryRecord> record(const Input& in, const std::vector<float>& scoresBefore,
                                                const std::vector<Judged>& judged,
                                                const std::function<bool()>& cancelled = {});
    /// record() up to the re-scoring (refineSteps()); nullopt when no judged document has a score.
    static std::optional<Started> start(const Input& in, const std::vector<float>& scoresBefore, const std::vector<Judged>& judged,
                                        const std::function<bool()>& cancelled = {});
    /// record() from the re-scored candidates on: finish() and the row.
    static RunQueryRecord complete(const Input& in, const std::vector<Judged>& judged, Started started,
                                   std::vector<float> scoresAfter);

    /// The metrics of a ranking of the candidates by `scores` (counted, not sorted); with `ranks`,
    /// every candidate's 1-based rank (that one sorts).
    static QueryMetrics evaluate(const CandidateSet& candidates, const std::vector<float>& scores,
                                 std::vector<qint32>* ranks = nullptr);
    /// The 1-based ranks of the judged documents (in `judged` order) under `scores`, without sorting.
    static std::vector<qint32> judgedRanks(const CandidateSet& candidates, const std::vector<float>& scores,
                                           const std::vector<Judged>& judged);

    /// The stored figures of a ranking: its metrics with the separation of the candidates'
    /// scores, relevant (grade > 0) against the rest.
    static QueryFigures figures(const QueryMetrics& metrics, const std::vector<float>& scores, const std::vector<int>& grades);
};

} // namespace tare
