// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judgefactory.h"
#include "core/run/runsettings.h"
#include "core/util/progress.h"

namespace tare {

class ProjectStore;

/// What a prefetch did, in judgments (one per selected (query, document) pair).
struct PrefetchSummary
{
    int queries = 0;        ///< queries of the run
    int queriesSkipped = 0; ///< queries that fail before judging (no vector, no relevant candidate, ...)
    qint64 selected = 0;    ///< judged documents the run will use
    qint64 cached = 0;      ///< of those, already stored under the judge's identity
    qint64 fetched = 0;     ///< asked now and stored with a score
    qint64 failed = 0;      ///< asked now and stored as failures (a run asks for them again)
    QString firstError;     ///< the reason of the first failure, empty when none failed
    double seconds = 0.0;
};

/// Fetches and stores ahead of refinement every judgment a run with these settings will need:
/// the same selection as RunEngine (JudgingInputs, ScoredPool, JudgedSlots), so a following run
/// with the same settings finds all of them cached and asks the judge nothing. Requests of many
/// queries go to the judge together, in batches large enough to keep its concurrency busy; each
/// batch is stored in one transaction as it ends, so a cancel keeps what was fetched. Runs on the
/// calling thread, which owns `store`.
class JudgmentPrefetch
{
public:
    /// Progress is reported in judgments to fetch (done, total). Throws TareError(Cancelled) when
    /// `sink` asks to stop (finished batches are kept), and TareError for bad settings.
    static PrefetchSummary run(ProjectStore& store, const RunSettings& settings, const RemoteJudgeSettings& remote,
                               const ProgressSink& sink = {});
};

} // namespace tare
