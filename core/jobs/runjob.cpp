// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/jobs/runjob.h"

#include "core/db/projectstore.h"
#include "core/jobs/jobthread.h"
#include "core/jobs/progressthrottle.h"
#include "core/util/tareerror.h"

#include <QMetaObject>

#include <exception>

namespace tare {

RunJob::RunJob(const QString& projectPath, QObject* parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_thread(std::make_unique<JobThread>(QStringLiteral("RunJob")))
    , m_progress(new ProgressThrottle(this))
{
    connect(m_progress, &ProgressThrottle::progress, this, [this](qint64 done, qint64 total) { Q_EMIT progress(int(done), int(total)); });
}

RunJob::~RunJob()
{
    cancel();
    m_thread->stop(); // before the members the worker uses go
}

bool RunJob::start(const RunSettings& settings, bool resume, bool force)
{
    bool expected = false;
    if (!m_running.compare_exchange_strong(expected, true))
        return false;
    m_control.clear();
    m_progress->reset();
    {
        QMutexLocker lock(&m_bufferMutex);
        m_buffer.clear();
        m_notifyPending = false;
    }
    m_thread->post([this, settings, connection = m_connection, resume, force] { execute(settings, connection, resume, force); });
    return true;
}

void RunJob::setJudgeConnection(const RemoteJudgeSettings& connection)
{
    m_connection = connection;
}

void RunJob::pause()
{
    m_control.pause = true;
}

void RunJob::resume()
{
    m_control.pause = false;
}

void RunJob::cancel()
{
    m_control.cancel = true;
}

QList<QueryCurvePoint> RunJob::takeCurvePoints()
{
    QMutexLocker lock(&m_bufferMutex);
    m_notifyPending = false;
    return std::exchange(m_buffer, {});
}

void RunJob::end(RunStatus status, const QString& error)
{
    m_progress->flush(); // the final count comes before the end
    m_running = false;
    if (error.isEmpty())
        Q_EMIT finished(status);
    else
        Q_EMIT failed(error);
}

// Runs on m_thread.
void RunJob::execute(const RunSettings& settings, const RemoteJudgeSettings& connection, bool resume, bool force)
{
    Q_ASSERT(m_thread->isCurrent());
    RunStatus status = RunStatus::Failed;
    QString error;
    try {
        ProjectStore store(m_projectPath);
        RunEngine engine(store);
        engine.setJudgeConnection(connection);
        engine.setFitCheck(false); // asked here, so the window can offer to run anyway
        if (!force) {
            if (const QString refused = engine.fitRefusal(settings); !refused.isEmpty()) {
                QMetaObject::invokeMethod(
                    this,
                    [this, refused] {
                        m_progress->flush();
                        m_running = false;
                        Q_EMIT doesNotFit(refused);
                    },
                    Qt::QueuedConnection);
                return;
            }
        }
        const qint64 runId = engine.prepare(settings, resume);
        Q_EMIT started(runId);

        RunCallbacks callbacks;
        callbacks.queryFinished = [this](const RunQueryRecord& result, const QString& extId) {
            Q_EMIT queryFinished(result, extId);
        };
        callbacks.progress = [this](int done, int total) { m_progress->post(done, total); };
        // Called on the engine's worker threads.
        callbacks.stepEvaluated = [this](qint64 queryId, const CurvePoint& point) {
            bool notify = false;
            {
                QMutexLocker lock(&m_bufferMutex);
                m_buffer.append({queryId, point});
                notify = !std::exchange(m_notifyPending, true);
            }
            if (notify)
                Q_EMIT curvePointsAvailable();
        };
        status = engine.execute(runId, m_control, callbacks, settings.threads);
    } catch (const TareError& e) {
        error = e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    // Queued behind every queryFinished() posted above, so receivers see the results first.
    QMetaObject::invokeMethod(this, [this, status, error] { end(status, error); }, Qt::QueuedConnection);
}

} // namespace tare
