// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentcell.h"
#include "core/experiment/experimentresult.h"
#include "core/run/runengine.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace tare {

class JobThread;
class ProgressThrottle;

/// Runs an experiment in the background for the GUI, as RunJob runs a run: the job owns a
/// JobThread; each start() opens a fresh ProjectStore on the project path on that thread and runs
/// an ExperimentRunner there (its runs go through the RunEngine's worker threads). cancel() sets
/// the RunControl's atomic directly from the caller's thread, so the run in flight stops within
/// one refinement step; every finished run is kept, and running the same definition again
/// continues the experiment.
///
/// The job lives on the GUI thread. started() and cellStarted() are emitted on the worker thread
/// and reach GUI receivers queued; progress() (throttled to about 10 a second, the latest count
/// always arrives), finished() and failed() are emitted on the job's own thread, in that order.
class ExperimentJob : public QObject
{
    Q_OBJECT

public:
    explicit ExperimentJob(QObject* parent = nullptr);
    /// Cancels an experiment in flight, then stops and joins the worker thread.
    ~ExperimentJob() override;

    /// True from start() until finished() or failed() has been emitted.
    bool isRunning() const { return m_running.load(); }

    /// Runs (or continues) the experiment on the project. With `firstQueries` > 0 and no query
    /// ids in the settings, it runs on the dataset's first that many queries. Returns false when
    /// an experiment is already going.
    bool start(const QString& projectPath, const ExperimentSettings& settings, int firstQueries = 0);
    /// How HTTP judges are reached by the following experiments' runs (RunEngine::
    /// setJudgeConnection): key source, concurrency, timeouts. Endpoint and model come from the
    /// settings; the key is read on the worker when a judge is built, never kept here.
    void setJudgeConnection(const RemoteJudgeSettings& connection) { m_connection = connection; }
    void cancel();

Q_SIGNALS:
    /// The experiment was created, or an earlier one with the same definition is continued.
    void started(qint64 experimentId, bool resumed);
    /// A cell's run begins (index among count), or is reused when it had finished before.
    void cellStarted(int index, int count, const tare::ExperimentCell& cell, bool reused);
    /// Queries done over all the experiment's runs.
    void progress(qint64 done, qint64 total);
    /// The experiment ended: status Finished (with its analysis) or Cancelled.
    void finished(const tare::ExperimentResult& result);
    void failed(const QString& message);

private:
    void execute(const QString& projectPath, const ExperimentSettings& settings, int firstQueries,
                 const RemoteJudgeSettings& connection);

    std::unique_ptr<JobThread> m_thread;
    RunControl m_control;
    std::atomic<bool> m_running{false};
    RemoteJudgeSettings m_connection; ///< GUI thread; copied into each start()
    ProgressThrottle* m_progress; ///< lives on the job's thread; the worker posts to it
};

} // namespace tare
