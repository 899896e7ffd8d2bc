// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>

#include <span>
#include <vector>

namespace tare {

class ProjectStore;

/// The paper's "rerank only" baseline: the judged documents move above the rest of the ranking,
/// ordered by their judge scores (ties keep their original order), and nothing else changes; no
/// vector is refined. Its AP shows how much of a refinement's gain the judged documents alone
/// would have given.
class RerankOnly
{
public:
    /// AP of the reranked list. `order` is the original ranking (candidate indices, best first),
    /// `grades` each candidate's grade, `qrelsGrades` every label of the query, `judgeScores`
    /// each candidate's judge score (NaN: not judged). Pure; any thread.
    static double averagePrecision(std::span<const quint32> order, std::span<const int> grades,
                                   std::span<const int> qrelsGrades, std::span<const double> judgeScores);

    /// The rerank-only AP of every finished query of a run, from the judgments the run stored
    /// and the original ranking in the run's space. Runs on the store's thread.
    static QHash<qint64, double> averagePrecisions(ProjectStore& store, qint64 runId);
};

} // namespace tare
