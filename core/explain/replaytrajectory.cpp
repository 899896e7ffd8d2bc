// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/replaytrajectory.h"

namespace tare {

ReplayTrajectory ReplayTrajectory::record(const QueryReplay& replay, const std::vector<std::optional<double>>& scores,
                                          const std::function<bool()>& cancelled)
{
    ReplayTrajectory trajectory;
    trajectory.states.push_back(replay.initialQuery());
    trajectory.outcome = replay.refine(
        scores, [&](int, float, const Eigen::VectorXf& query) { trajectory.states.push_back(query); }, cancelled);

    // The same rows QueryReplay::refine hands the refiner (it checked the sizes already).
    for (size_t i = 0; i < scores.size(); ++i) {
        if (scores[i])
            trajectory.judgedIndex.push_back(i);
    }
    const Eigen::Index n = Eigen::Index(trajectory.judgedIndex.size());
    trajectory.documents.resize(n, replay.index().dim());
    trajectory.scores.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const ReplayJudgedDocument& document = replay.judged()[trajectory.judgedIndex[size_t(i)]];
        trajectory.documents.row(i) = replay.index().documentRow(replay.candidates().rows[size_t(document.candidate)]);
        trajectory.scores[i] = float(*scores[trajectory.judgedIndex[size_t(i)]]);
    }
    return trajectory;
}

} // namespace tare
