// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tare {

class ProjectStore;
class QueryReplay;

/// Where "Re-refine with these judgments" stores its results: one derived run per source run and
/// annotator, labelled "<source label> · human feedback" (for a named annotator or the
/// adjudication, their name follows in parentheses), with the source's dataset, space, refiner
/// and parameters, the annotator's human judge (HumanJudgmentStore) as its judge and the source
/// run as its baseline (runs.baseline_run_id). It holds only the queries that were re-refined; each
/// re-refine replaces that query's row (AP before and after, metrics, the judged documents with
/// the scores used — a person's labels marked "human": true —, refined vector and curve) in one
/// transaction. So the derived run is compared, exported and inspected like any run, and the
/// source run stays as the judge left it. Re-refining a query of a derived run stores into that
/// same run. Same thread rule as ProjectStore; methods throw TareError.
class HumanFeedbackRun
{
    Q_DECLARE_TR_FUNCTIONS(tare::HumanFeedbackRun)

public:
    /// What a re-refine stored.
    struct Stored
    {
        qint64 runId = 0;      ///< the derived run
        RunQueryRecord record; ///< the query's row as stored
    };

    /// The source run of a derived run; empty when `runId` is not one.
    static std::optional<qint64> sourceOf(ProjectStore& store, qint64 runId);
    /// The derived run of a source run for a human judge (0: the newest of any person), if it
    /// exists yet (a derived run is its own).
    static std::optional<qint64> find(ProjectStore& store, qint64 sourceRunId, qint64 humanJudgeId = 0);
    /// The derived run of a source run for a human judge (0: the unnamed default person),
    /// created on first use.
    static qint64 ensure(ProjectStore& store, qint64 sourceRunId, qint64 humanJudgeId = 0);

    /// Refines the replayed query with `scores` (one per judged document, as QueryReplay) and
    /// stores the row in the derived run of the replay's run for that human judge (0: the unnamed
    /// default person), replacing an earlier one. `human` flags the scores that are a person's
    /// labels.
    static Stored reRefine(ProjectStore& store, const QueryReplay& replay, const std::vector<std::optional<double>>& scores,
                           const std::vector<bool>& human, qint64 humanJudgeId = 0);
};

} // namespace tare
