// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/judge/judgefactory.h"
#include "core/run/runsettings.h"

#include <algorithm>
#include <atomic>
#include <functional>

namespace tare {

class ProjectStore;

/// Flags the caller sets from any thread while a run executes. Workers check them between
/// queries and between refinement steps, so a cancel is honoured within one step.
struct RunControl
{
    std::atomic<bool> cancel{false};
    std::atomic<bool> pause{false};

    /// Clears both flags, as a job does before it starts the next run.
    void clear()
    {
        cancel = false;
        pause = false;
    }
};

/// What a run reports while it goes. queryFinished and progress are called on the thread that
/// called execute() (after the query's results are committed); stepEvaluated is called on worker
/// threads and must be thread-safe and cheap (append to a locked buffer, emit one signal).
struct RunCallbacks
{
    std::function<void(const RunQueryRecord& result, const QString& queryExtId)> queryFinished;
    std::function<void(qint64 queryId, const CurvePoint& point)> stepEvaluated;
    std::function<void(int done, int total)> progress;
};

/// Runs refinement over a dataset's queries: for each query, score its candidate pool, select the
/// documents to judge, judge them (cached judgments are reused; new ones are stored), refine with
/// a step observer that records loss and AP/AUC, re-score, and store metrics before and after,
/// the judged documents, the refined vector and the curve — one transaction per query, so an
/// interruption keeps every finished query.
///
/// Queries run in parallel on worker threads; every query's computation depends only on its own
/// inputs, so results are bit-identical for any thread count. The engine lives on the thread
/// that owns `store` (the only thread that touches SQLite); worker threads never do.
class RunEngine
{
public:
    explicit RunEngine(ProjectStore& store);

    /// How to reach an HTTP judge: the API key's variable and the concurrency (not part of a
    /// run's definition, so they are given here rather than stored).
    void setJudgeConnection(const QString& apiKeyEnv, int concurrency, bool useMaxCompletionTokens = false);
    /// The same with timeouts: key source, concurrency, max_completion_tokens and timeouts of
    /// `connection` are used; its endpoint and model are ignored (they come from RunSettings).
    void setJudgeConnection(const RemoteJudgeSettings& connection);

    /// Creates a run for these settings, or with `resume` returns the newest unfinished run with
    /// the same definition (then `resumed` is set). Validates dataset, space, judge, refiner and
    /// the query ids (an unknown id is a TareError(Usage), before anything is written).
    qint64 prepare(const RunSettings& settings, bool resume = false, bool* resumed = nullptr);

    /// Executes (or continues) a run until every query is recorded, or until cancelled. Returns
    /// the run's final status: Finished, or Cancelled (finished queries kept). Throws TareError
    /// for failures of the whole run, after marking it Failed with the reason: I/O, a run that
    /// cannot start (its inputs fail to load), and a run of which no query could be refined (every
    /// judgment failed, say). A failing query is recorded with its reason instead. Throws
    /// TareError(Usage) when another process is executing the run (RunClaim).
    RunStatus execute(qint64 runId, RunControl& control, const RunCallbacks& callbacks = {}, int threads = 0);

    /// Whether prepare() first checks that the run fits into the memory available (RunFitCheck)
    /// and refuses it with the figures when it does not; on by default. Off: run anyway (--force).
    /// `overrule` ends the refusal: how the front end runs it anyway.
    void setFitCheck(bool enabled, const QString& overrule = {})
    {
        m_fitCheck = enabled;
        m_fitOverrule = overrule;
    }
    /// Queries scored together in one pass over the corpus (the before and the after pass of a
    /// corpus pool with a judge that answers at once). Results are bit-identical for any block
    /// size; larger blocks read the corpus fewer times and hold more score arrays (2 × block ×
    /// documents floats) and report their queries in bursts. 0 (the default): automatic, 16 for
    /// a space of 64 MB or more, else one query per thread (a small corpus is cheap to score
    /// and its queries are reported one by one).
    void setScoringBlock(int queries) { m_scoringBlock = std::max(0, queries); }
    int scoringBlock() const { return m_scoringBlock; }
    /// The block size used for a space of `spaceBytes` in memory (float16 counts half) with
    /// `threads` workers.
    int scoringBlock(qint64 spaceBytes, int threads) const;

    /// Why a run with these settings would not fit into the memory available (RunFitCheck's
    /// refusal with the figures), or an empty string when it fits. Reads the space's size.
    QString fitRefusal(const RunSettings& settings);

    /// The identity a run with these settings judges under: the judge built as the engine builds
    /// it, with the dataset's task (a classification dataset's instruction is part of it).
    JudgeInfo judgeInfo(const RunSettings& settings) const;

private:
    RemoteJudgeSettings remoteSettings(const RunSettings& settings) const;

    ProjectStore& m_store;
    RemoteJudgeSettings m_connection; ///< endpoint and model unused (RunSettings has them)
    bool m_fitCheck = true;
    QString m_fitOverrule;
    int m_scoringBlock = 0;
};

} // namespace tare
