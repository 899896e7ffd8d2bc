// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runjob.h"

#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <exception>

namespace tare {

namespace {
constexpr qint64 s_progressIntervalMs = 100; // about 10 progress signals per second
}

RunJob::RunJob(const QString& projectPath, QObject* parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_thread(new QThread(this))
    , m_context(new QObject)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &RunJob::emitProgress);
    m_thread->setObjectName(QStringLiteral("RunJob"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

RunJob::~RunJob()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_context; // the thread has stopped; nothing else refers to it
}

bool RunJob::start(const RunSettings& settings, bool resume)
{
    bool expected = false;
    if (!m_running.compare_exchange_strong(expected, true))
        return false;
    m_control.cancel = false;
    m_control.pause = false;
    m_progressTimer->stop();
    m_progressScheduled = false;
    m_sinceProgress.invalidate();
    {
        QMutexLocker lock(&m_bufferMutex);
        m_buffer.clear();
        m_notifyPending = false;
    }
    QMetaObject::invokeMethod(
        m_context, [this, settings, connection = m_connection, resume] { execute(settings, connection, resume); }, Qt::QueuedConnection);
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

// On the job's thread: emit now, or when 100 ms have passed since the last emission.
void RunJob::scheduleProgress()
{
    if (m_progressTimer->isActive())
        return; // the timer emits the latest count
    const qint64 since = m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : s_progressIntervalMs;
    if (since >= s_progressIntervalMs)
        emitProgress();
    else
        m_progressTimer->start(int(s_progressIntervalMs - since));
}

void RunJob::emitProgress()
{
    m_progressScheduled = false; // before reading, so a newer count schedules again
    m_sinceProgress.start();
    Q_EMIT progress(m_progressDone.load(), m_progressTotal.load());
}

void RunJob::end(RunStatus status, const QString& error)
{
    m_progressTimer->stop();
    if (m_progressScheduled)
        emitProgress(); // the final count comes before the end
    m_running = false;
    if (error.isEmpty())
        Q_EMIT finished(status);
    else
        Q_EMIT failed(error);
}

// Runs on m_thread.
void RunJob::execute(const RunSettings& settings, const RemoteJudgeSettings& connection, bool resume)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    RunStatus status = RunStatus::Failed;
    QString error;
    try {
        ProjectStore store(m_projectPath);
        RunEngine engine(store);
        engine.setJudgeConnection(connection);
        const qint64 runId = engine.prepare(settings, resume);
        Q_EMIT started(runId);

        RunCallbacks callbacks;
        callbacks.queryFinished = [this](const RunQueryRecord& result, const QString& extId) {
            Q_EMIT queryFinished(result, extId);
        };
        callbacks.progress = [this](int done, int total) {
            m_progressTotal = total;
            m_progressDone = done;
            if (!m_progressScheduled.exchange(true))
                QMetaObject::invokeMethod(this, &RunJob::scheduleProgress, Qt::QueuedConnection);
        };
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
