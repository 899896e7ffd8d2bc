// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/eigentypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace tare {

class QueryReplay;

/// One candidate's rank under the initial and the refined query.
struct RankMove
{
    qint64 documentId = 0;
    QString extId;
    int grade = 0;
    bool judged = false;
    std::optional<double> judgeScore; ///< judged documents with a score only
    int rankBefore = 0;               ///< 1-based
    int rankAfter = 0;

    /// Positions gained (> 0: the document rose).
    int rise() const { return rankBefore - rankAfter; }
};

/// The candidates of one group (judged, or never judged) and how they moved.
///
/// AP contribution: AP = (1/R) Σ_{relevant d} P@rank(d), with R the query's relevant documents
/// (trec_eval's num_rel) and P@k the precision of the whole ranking at rank k. A group's
/// contribution is the same sum over the group's relevant documents only — P@k still counts
/// every relevant document above rank k — so the judged and the never-judged contributions add up
/// to the query's AP exactly, before and after, and their Δs add up to ΔAP.
struct RankMoverGroup
{
    qint64 documents = 0;    ///< candidates in the group
    qint64 relevant = 0;     ///< of them relevant (grade > 0)
    qint64 relevantUp = 0;   ///< relevant documents that rose
    qint64 relevantDown = 0; ///< relevant documents that fell
    double apBefore = 0.0;   ///< the group's AP contribution under the initial query
    double apAfter = 0.0;    ///< ... under the refined query
    std::vector<RankMove> risers;  ///< the largest rises first (rise > 0 only)
    std::vector<RankMove> fallers; ///< the largest falls first (rise < 0 only)

    double apDelta() const { return apAfter - apBefore; }
};

/// Rank movers of one query split into the judged documents and those the judge never saw: does
/// the gain reach documents the judge did not score? A plain value; compute() is pure.
struct RankMovers
{
    RankMoverGroup judged;
    RankMoverGroup unjudged;

    /// Ranks every candidate under the replay's initial query and `refined`; keeps the `limit`
    /// largest rises and falls of each group (ties: better final rank first).
    static RankMovers compute(const QueryReplay& replay, const Eigen::VectorXf& refined, int limit = 10);

    /// The AP contribution (see RankMoverGroup) of the candidates with inGroup[i] set, given every
    /// candidate's 1-based rank, its grade and R. Relevant means grade >= 1.
    static double apContribution(const std::vector<qint32>& ranks, const std::vector<int>& grades,
                                 const std::vector<bool>& inGroup, qint64 numRelevant);
};

} // namespace tare
