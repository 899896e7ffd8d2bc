// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace tare {

class QueryReplay;
struct ReplayTrajectory;

/// How much one judged document shaped a query's refinement.
struct JudgedInfluence
{
    qint64 documentId = 0;
    QString extId;
    int grade = 0;
    std::optional<double> score; ///< the judge's score; empty when the judgment failed (not used)
    int rankBefore = 0;
    int rankAfter = 0;
    /// AP after refining again without this document; NaN when it is the only scored one or unused.
    double apWithout = std::numeric_limits<double>::quiet_NaN();
    /// Leave-one-out contribution to ΔAP: AP_full − AP_without (> 0: the document helped). NaN as apWithout.
    double deltaAp = std::numeric_limits<double>::quiet_NaN();
    /// The document's part of the update, summed over the steps (see JudgedInfluenceAnalysis).
    /// > 0: the query was pulled towards the document, < 0: pushed away from it.
    double pull = 0.0;
    /// |pull| / Σ_j |pull_j|: the document's share of all pulling and pushing (0 when nothing moved).
    double pullShare = 0.0;
};

/// The influence of each judged document on one query's refinement.
///
/// - Leave-one-out: the query is refined again with the run's refiner and parameters and the same
///   feedback minus one document (QueryReplay::refine), giving ΔAP contribution = AP_full − AP_without.
/// - Pull: for KL-Adam and ReFIT, the gradient splits into one term per document
///   (GradientTerms); pull_k = Σ_t −h_k(t) √(1 − c_k(t)²) / ‖q_{t−1}‖ over the steps t of the
///   replayed trajectory, the signed length of the document's descent term along the direction
///   towards it. For Rocchio, whose update is α q + Σ_k w_k V_k (w_k = β/n_rel or −γ/n_nonrel),
///   pull_k = w_k √(1 − c_k²) / ‖q_0‖, the same tangential length for its one step. "none": 0.
///
/// A plain value; compute() is pure (refinements run on the calling thread).
struct JudgedInfluenceAnalysis
{
    double apBefore = 0.0;
    double apFull = 0.0;       ///< AP after refining with all the feedback
    /// Every judged document, sorted by |deltaAp| descending (NaN last), then by |pull| descending.
    std::vector<JudgedInfluence> documents;

    /// `full` is the trajectory of the stored feedback (ReplayTrajectory::record with storedScores()).
    static JudgedInfluenceAnalysis compute(const QueryReplay& replay, const ReplayTrajectory& full,
                                           const std::function<bool()>& cancelled = {});
};

} // namespace tare
