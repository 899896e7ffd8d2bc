// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/run/querycurvepoint.h"
#include "core/run/runengine.h"
#include "core/run/runsettings.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace tare {

class JobThread;
class ProgressThrottle;

/// Runs a RunEngine in the background for the GUI. The job owns a JobThread; each start() opens a
/// fresh ProjectStore on the project path on that thread (one SQLite connection per thread) and
/// executes the run there. Pause and cancel set RunControl's atomics directly from the caller's
/// thread, so work in flight sees them within one refinement step; finished queries are kept.
///
/// The job itself lives on the GUI thread. started(), queryFinished() and curvePointsAvailable()
/// are emitted on the worker thread and reach GUI receivers queued; progress(), finished() and
/// failed() are emitted on the job's own thread, so progress is throttled (ProgressThrottle) with
/// a trailing update (the latest count always arrives, before finished()). Curve points go into a
/// mutex-protected buffer: the first point after a takeCurvePoints() emits curvePointsAvailable()
/// once, later ones only append (coalescing).
class RunJob : public QObject
{
    Q_OBJECT

public:
    explicit RunJob(const QString& projectPath, QObject* parent = nullptr);
    /// Cancels a run in flight, then stops and joins the worker thread.
    ~RunJob() override;

    const QString& projectPath() const { return m_projectPath; }
    /// True from start() until finished() or failed() has been emitted.
    bool isRunning() const { return m_running.load(); }
    bool isPaused() const { return m_control.pause.load(); }

    /// How HTTP judges are reached by the following runs (RunEngine::setJudgeConnection): API
    /// key source, concurrency, max_completion_tokens, timeouts. Endpoint and model come from
    /// RunSettings. The key is read on the worker when the judge is built, never kept here.
    void setJudgeConnection(const RemoteJudgeSettings& connection);
    const RemoteJudgeSettings& judgeConnection() const { return m_connection; }

    /// Prepares (or, with resume, continues the newest unfinished run with the same definition)
    /// and executes a run on the worker thread. Returns false when a run is already going. A run
    /// that does not fit into the memory available ends with doesNotFit() before anything is
    /// written, unless `force`.
    bool start(const RunSettings& settings, bool resume = false, bool force = false);
    void pause();
    void resume();
    void cancel();

    /// Moves the buffered curve points out (any thread; the GUI calls it once per redraw tick).
    QList<QueryCurvePoint> takeCurvePoints();

Q_SIGNALS:
    void started(qint64 runId);
    /// A query's result after it is committed to the project.
    void queryFinished(const tare::RunQueryRecord& result, const QString& queryExtId);
    /// Queries done of total; at most about 10 per second, and the latest count always arrives.
    void progress(int done, int total);
    /// New points wait in the buffer; emitted once until takeCurvePoints() empties it.
    void curvePointsAvailable();
    /// The run ended: Finished or Cancelled.
    void finished(tare::RunStatus status);
    void failed(const QString& message);
    /// The run was not started: it needs more memory than is available (the refusal with the
    /// figures, RunFitCheck). start() with `force` runs it anyway.
    void doesNotFit(const QString& message);

private:
    void execute(const RunSettings& settings, const RemoteJudgeSettings& connection, bool resume, bool force);
    void end(RunStatus status, const QString& error);

    QString m_projectPath;
    std::unique_ptr<JobThread> m_thread;
    RunControl m_control;
    RemoteJudgeSettings m_connection; ///< GUI thread; copied into each start()
    std::atomic<bool> m_running{false};
    ProgressThrottle* m_progress; ///< lives on the job's thread; the worker posts to it

    QMutex m_bufferMutex; ///< guards m_buffer and m_notifyPending
    QList<QueryCurvePoint> m_buffer;
    bool m_notifyPending = false;
};

} // namespace tare
