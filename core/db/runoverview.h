// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"

#include <QList>
#include <QString>

#include <limits>

namespace tare {

/// Where a run came from: started in the workbench, by tare-cli, as a cell of an experiment,
/// or as the re-refined queries of a person's labels (a run derived from another).
enum class RunOrigin
{
    Workbench,
    CommandLine,
    Experiment,
    HumanFeedback,
};

/// A run as the run list shows it: the record with the names of its dataset, space and judge,
/// where it came from, and MAP before and after over its finished queries. Read in one pass by
/// ProjectStore::runOverviews(). A plain value.
struct RunOverview
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    RunRecord run;
    QString datasetName;
    QString spaceName;
    QString judgeName;           ///< as the judge names itself ("gold labels", "yes/no qwen3", …)
    QString judgeKind;           ///< gold, simulated, llm, reranker, human
    RunOrigin origin = RunOrigin::CommandLine;
    QList<qint64> experimentIds; ///< the experiments it is a cell of (a finished run can serve several)
    qint64 baselineRunId = 0;    ///< the run it was derived from (human feedback), 0: none
    qint64 derivedRunCount = 0;  ///< runs derived from it
    qint64 plannedQueries = 0;   ///< the queries it covers: its query list, else the dataset's
    double mapBefore = nan;      ///< over the finished queries; NaN when none finished
    double mapAfter = nan;
};

} // namespace tare
