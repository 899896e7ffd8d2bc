// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/metrics/rankingmetrics.h"
#include "core/refine/refiner.h"
#include "core/run/corpusindex.h"
#include "core/run/queryrefinement.h"
#include "core/run/runsettings.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace tare {

class ProjectStore;

/// One judged document of a stored query result (in selection order) with its place among the
/// query's candidates.
struct ReplayJudgedDocument : JudgedDocument
{
    qint32 candidate = -1; ///< index into QueryReplay::candidates()
};

/// A finished query of a stored run, loaded so that its refinement can be computed again with
/// changed feedback: the explanations (leave-one-out influence, drift), the feedback inspector's
/// "re-refine with these judgments" and the trajectory view all replay the computation the run
/// engine did — same initial vector, same judged rows in the same order, same refiner, through
/// the same QueryRefinement — so replaying the stored scores reproduces the stored row bit for bit.
///
/// A plain value after load(); refine() and evaluate() are const and thread-safe (the corpus
/// index is shared read-only), so leave-one-out loops may run on several threads.
class QueryReplay
{
    Q_DECLARE_TR_FUNCTIONS(tare::QueryReplay)

public:
    /// Loads the corpus of a run's dataset and space (the expensive part; share it between the
    /// queries of one run).
    static std::shared_ptr<const CorpusIndex> loadIndex(ProjectStore& store, qint64 runId);
    /// Loads one query of a run. Throws TareError(Usage) when the run or its result for the query
    /// is missing, TareError(Input) when the query failed in that run (nothing to replay).
    static QueryReplay load(ProjectStore& store, qint64 runId, qint64 queryId,
                            std::shared_ptr<const CorpusIndex> index = {});

    /// The outcome of refining with a given set of judge scores.
    struct Outcome
    {
        Eigen::VectorXf query;       ///< the refined query vector
        std::vector<float> losses;   ///< per step, as RefineResult
        float finalLoss = 0.0f;      ///< as RefineResult
        QueryMetrics after;          ///< metrics of the refined query over the candidates
        std::vector<qint32> judgedRanks; ///< 1-based rank of each judged() entry under the refined query
    };

    qint64 runId() const { return m_runId; }
    qint64 queryId() const { return m_queryId; }
    const RunSettings& settings() const { return m_settings; }
    const CorpusIndex& index() const { return *m_index; }
    std::shared_ptr<const CorpusIndex> sharedIndex() const { return m_index; }
    const CandidateSet& candidates() const { return m_candidates; }
    const Eigen::VectorXf& initialQuery() const { return m_initialQuery; }
    const std::vector<ReplayJudgedDocument>& judged() const { return m_judged; }
    /// The AP stored for the run after refinement (for checking a replay).
    double storedApAfter() const { return m_storedApAfter; }
    const std::vector<float>& storedRefinedVector() const { return m_storedRefined; }

    /// The judge scores as stored, one per judged() entry (empty for failed judgments).
    std::vector<std::optional<double>> storedScores() const;

    /// Refines the initial query with these scores (one per judged() entry; an empty entry leaves
    /// that document out), with the run's refiner and parameters. Throws TareError(Input) when no
    /// document is left (the engine records such a query as failed).
    Outcome refine(const std::vector<std::optional<double>>& scores, const StepObserver& observer = {},
                   const std::function<bool()>& cancelled = {}) const;

    /// The row the run engine would store for this query refined with these scores (as
    /// refine()): metrics before and after with separation, the judged documents in order with
    /// their ranks and these scores, the refined vector, and the curve (loss every step, AP and
    /// AUC every RunSettings::evalInterval() steps and at the last). Entries flagged in `human`
    /// are a person's labels: stored with status "ok" and "human": true. runId is the replayed
    /// run's; a caller storing the row elsewhere sets it. Throws like refine().
    RunQueryRecord record(const std::vector<std::optional<double>>& scores, const std::vector<bool>& human = {}) const;

    /// Metrics of a query vector over the candidates; with `ranks`, also every candidate's rank,
    /// with `scores` every candidate's score.
    QueryMetrics evaluate(const Eigen::VectorXf& query, std::vector<qint32>* ranks = nullptr,
                          std::vector<float>* scores = nullptr) const;

private:
    QueryRefinement::Input refinementInput() const;
    std::vector<QueryRefinement::Judged> judgedWith(const std::vector<std::optional<double>>& scores,
                                                    const std::vector<bool>& human) const;

    qint64 m_runId = 0;
    qint64 m_queryId = 0;
    RunSettings m_settings;
    std::shared_ptr<const CorpusIndex> m_index;
    std::shared_ptr<const Refiner> m_refiner;
    CandidateSet m_candidates;
    Eigen::VectorXf m_initialQuery;
    std::vector<ReplayJudgedDocument> m_judged;
    double m_storedApAfter = 0.0;
    std::vector<float> m_storedRefined;
};

} // namespace tare
