// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/queryreplay.h"

#include <optional>
#include <vector>

namespace tare {

/// A query's refinement replayed with given judge scores, keeping every query state: states[0] is
/// the initial query and states[t] the query after update t. Also keeps the refiner's exact input
/// (the scored judged documents in selection order), which the per-document gradient terms need.
/// A plain value; record() is const on the replay and may run on any thread.
struct ReplayTrajectory
{
    std::vector<Eigen::VectorXf> states;
    QueryReplay::Outcome outcome;
    /// The refiner's input: unit document rows and scores of the judged documents that had a score.
    RowMatrixXf documents;
    Eigen::VectorXf scores;
    /// For each row of `documents`, its index into QueryReplay::judged().
    std::vector<size_t> judgedIndex;

    /// Replays `scores` (one per judged document; empty leaves it out), as QueryReplay::refine.
    static ReplayTrajectory record(const QueryReplay& replay, const std::vector<std::optional<double>>& scores,
                                   const std::function<bool()>& cancelled = {});
};

} // namespace tare
