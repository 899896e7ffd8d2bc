// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace tare {

namespace detail {

/// What a JobTracker and its jobs share: ids and the stop requests, read by workers (atomics),
/// and the count of jobs in flight (GUI thread only).
struct JobTrackerState
{
    bool latestWins = true;
    std::atomic<quint64> lastId{0};        ///< the newest job's id
    std::atomic<quint64> abandonedUpTo{0}; ///< jobs up to this id stop and deliver nothing
    std::atomic<quint64> cancelledUpTo{0}; ///< jobs up to this id stop; what they return is delivered
    std::atomic<bool> closed{false};       ///< the tracker is gone: nothing is delivered any more
    int inFlight = 0;                      ///< started and not yet delivered or dropped (GUI thread)

    /// A newer job replaced it, or it was abandoned: its result goes nowhere.
    bool superseded(quint64 id) const
    {
        return (latestWins && (id != lastId.load() || closed.load())) || id <= abandonedUpTo.load();
    }
};

} // namespace detail

/// What a job knows about itself while it works on a pool thread: its id, and whether it should
/// stop. The token is the "cancelled?" callable that core algorithms take (a newer request
/// superseded it, it was cancelled or abandoned, or its latest-wins tracker is gone). Copyable,
/// any thread.
class JobToken
{
public:
    JobToken() = default;
    JobToken(std::shared_ptr<const detail::JobTrackerState> state, quint64 id)
        : m_state(std::move(state))
        , m_id(id)
    {
    }

    quint64 id() const { return m_id; }
    bool isCancelled() const
    {
        return m_state && (m_state->superseded(m_id) || m_id <= m_state->cancelledUpTo.load());
    }
    bool operator()() const { return isCancelled(); }

private:
    std::shared_ptr<const detail::JobTrackerState> m_state;
    quint64 m_id = 0;
};

/// How a job ended when it did not return a value: the TareError it threw (its kind and
/// message; any other exception is an Internal error with its what()), or Cancelled when it was
/// stopped before it began.
class JobFailure
{
public:
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    /// The error message, empty when the job succeeded.
    const QString& error() const { return m_error; }
    TareError::Kind errorKind() const { return m_kind; }
    bool wasCancelled() const { return !m_ok && m_kind == TareError::Kind::Cancelled; }

protected:
    void fail(TareError::Kind kind, QString message)
    {
        m_ok = false;
        m_kind = kind;
        m_error = std::move(message);
    }
    bool m_ok = true;

private:
    TareError::Kind m_kind = TareError::Kind::Internal;
    QString m_error;
};

/// A job's outcome as a value: what the work returned, or the error it ended with. Errors
/// travel as values so the receiver decides what to show; nothing is thrown across threads.
template<typename T>
class JobResult : public JobFailure
{
public:
    JobResult() { fail(TareError::Kind::Internal, {}); }
    static JobResult success(T value)
    {
        JobResult result;
        result.m_ok = true;
        result.m_value = std::move(value);
        return result;
    }
    static JobResult failure(TareError::Kind kind, QString message)
    {
        JobResult result;
        result.fail(kind, std::move(message));
        return result;
    }

    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
};

template<>
class JobResult<void> : public JobFailure
{
public:
    static JobResult success() { return {}; }
    static JobResult failure(TareError::Kind kind, QString message)
    {
        JobResult result;
        result.fail(kind, std::move(message));
        return result;
    }
};

/// The project a job opens on its worker thread: its own ProjectStore (one SQLite connection
/// per thread), created and destroyed there. Converts from a path (OpenExisting).
struct JobProject
{
    JobProject(QString path, ProjectStore::OpenMode mode = ProjectStore::OpenMode::OpenExisting)
        : path(std::move(path))
        , mode(mode)
    {
    }

    QString path;
    ProjectStore::OpenMode mode;
};

/// The one way the GUI runs one-shot background work (STYLE.md §4, patterns A and B; after
/// hotspot's JobTracker). run() gives each job an increasing id and a JobToken, runs it on a
/// thread pool (QtConcurrent::run; a QFutureWatcher brings the result back, as Qt 6.4's
/// QFuture::then(context) lost or misrouted results), opens the job's own ProjectStore on the
/// project path on the worker when one is named, turns exceptions into error values, and
/// delivers the JobResult on the receiver's thread, only while the receiver (a QPointer) and the
/// tracker are alive.
///
/// Policy::LatestWins (views that reload on every selection): a new run() supersedes the jobs
/// before it; their tokens report cancelled and their results are dropped. Policy::EveryResult
/// (writes, one-off actions): every job's result is delivered. A pool with one thread (passed to
/// the constructor) makes jobs run in the order they were started, so reads see earlier writes.
///
/// Destroying the tracker tells its latest-wins jobs to stop and drops every result; jobs
/// already queued still run (a write is never lost). Work captures its inputs by value and never
/// touches the receiver. Lives on the receiver's (GUI) thread.
class JobTracker
{
public:
    enum class Policy
    {
        LatestWins,
        EveryResult,
    };

    /// `pool` defaults to workerPool().
    explicit JobTracker(QObject* receiver, Policy policy = Policy::LatestWins, QThreadPool* pool = nullptr);
    ~JobTracker();
    JobTracker(const JobTracker&) = delete;

    /// The application's pool for background jobs, one thread per core. Not Qt's global pool:
    /// Qt's raster paint engine hands parts of a paint to the global pool and the GUI thread waits
    /// for them, so long jobs there (a trajectory over a million documents) froze the window for
    /// seconds while it painted a table header.
    static QThreadPool* workerPool();
    JobTracker& operator=(const JobTracker&) = delete;

    /// Runs `work(store, token)` (or `work(store)`) on a worker with its own ProjectStore on the
    /// project; `done(JobResult<R>)` follows on the receiver's thread. Returns the job's id.
    template<typename Work, typename Done>
    quint64 run(const JobProject& project, Work work, Done done)
    {
        using R = decltype(callWithStore(std::declval<Work&>(), std::declval<ProjectStore&>(), std::declval<const JobToken&>()));
        return launch<R>(
            [project, work = std::move(work)](const JobToken& token) mutable -> R {
                ProjectStore store(project.path, project.mode);
                return callWithStore(work, store, token);
            },
            std::move(done));
    }

    /// Runs `work(token)` (or `work()`) on a worker without a project (files, HTTP, keychain).
    template<typename Work, typename Done>
    quint64 run(Work work, Done done)
    {
        using R = decltype(callWithToken(std::declval<Work&>(), std::declval<const JobToken&>()));
        return launch<R>([work = std::move(work)](const JobToken& token) mutable -> R { return callWithToken(work, token); },
                         std::move(done));
    }

    /// Tells every job in flight to stop (their tokens report cancelled); what they then return
    /// (often a Cancelled error) is still delivered.
    void cancel();
    /// Tells every job in flight to stop and drops their results, as a newer request would.
    void abandon();
    /// True while a job started here has not been delivered or dropped.
    bool isRunning() const { return m_state->inFlight > 0; }

private:
    template<typename Work>
    static decltype(auto) callWithStore(Work& work, ProjectStore& store, const JobToken& token)
    {
        if constexpr (std::is_invocable_v<Work&, ProjectStore&, const JobToken&>)
            return work(store, token);
        else
            return work(store);
    }

    template<typename Work>
    static decltype(auto) callWithToken(Work& work, const JobToken& token)
    {
        if constexpr (std::is_invocable_v<Work&, const JobToken&>)
            return work(token);
        else
            return work();
    }

    /// The body's outcome as a value, on the worker.
    template<typename R, typename Body>
    static JobResult<R> execute(Body& body, const JobToken& token)
    {
        if (token.isCancelled())
            return JobResult<R>::failure(TareError::Kind::Cancelled, cancelledMessage());
        try {
            if constexpr (std::is_void_v<R>) {
                body(token);
                return JobResult<R>::success();
            } else {
                return JobResult<R>::success(body(token));
            }
        } catch (const TareError& error) {
            return JobResult<R>::failure(error.kind(), error.message());
        } catch (const std::exception& error) {
            return JobResult<R>::failure(TareError::Kind::Internal, QString::fromUtf8(error.what()));
        } catch (...) {
            return JobResult<R>::failure(TareError::Kind::Internal, unknownErrorMessage());
        }
    }

    template<typename R, typename Body, typename Done>
    quint64 launch(Body body, Done done)
    {
        Q_ASSERT(m_receiver && QThread::currentThread() == m_receiver->thread());
        const JobToken token = issue();
        auto* watcher = new QFutureWatcher<JobResult<R>>(m_receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_receiver,
                         [watcher, state = m_state, receiver = m_receiver, id = token.id(), done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             --state->inFlight;
                             QFuture<JobResult<R>> future = watcher->future();
                             if (!receiver || state->closed.load() || state->superseded(id) || future.resultCount() == 0)
                                 return;
                             done(future.takeResult());
                         });
        watcher->setFuture(QtConcurrent::run(m_pool, [body = std::move(body), token]() mutable { return execute<R>(body, token); }));
        return token.id();
    }

    JobToken issue();
    static QString cancelledMessage();
    static QString unknownErrorMessage();

    QPointer<QObject> m_receiver;
    QThreadPool* m_pool;
    std::shared_ptr<detail::JobTrackerState> m_state;
};

} // namespace tare
